#include "ui/findings_panel.h"

#include "ui/finding_delegate.h"
#include "ui/help_request.h"
#include "ui/severity_style.h"

#include <QKeyEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QMessageBox>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace nb::ui {

static constexpr int kFindingRole = Qt::UserRole + 1;


FindingsPanel::FindingsPanel(session::DraftSession *session, QWidget *parent) : QWidget(parent), m_session(session)
{
    m_tree = new QTreeWidget;
    m_tree->setObjectName(QStringLiteral("findingsTree"));
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("级别"), tr("规则"), tr("问题")});
    m_tree->setWordWrap(true);
    m_tree->setUniformRowHeights(false);
    // Each finding spans the row: severity and rule over its whole message,
    // wrapped (FindingDelegate); so no column headers.
    m_tree->setHeaderHidden(true);
    m_tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *delegate = new FindingDelegate(m_tree);
    delegate->setHelpHandler([this](const QModelIndex &index) {
        if (auto f = findingOf(m_tree->itemFromIndex(index)))
            help::showRule(this, f->rule);
    });
    m_tree->setItemDelegate(delegate);
    m_tree->installEventFilter(this);
    m_explain = new QPushButton(tr("填写说明…"));
    m_explain->setObjectName(QStringLiteral("explainButton"));
    m_help = new QPushButton(tr("规则说明"));
    m_help->setObjectName(QStringLiteral("ruleHelpButton"));
    m_help->setToolTip(tr("这条规则的含义和例子（F1）"));
    m_detail = new QLabel;
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setObjectName(QStringLiteral("findingDetail"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_help);
    buttons->addStretch();
    buttons->addWidget(m_explain);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_detail);
    layout->addLayout(buttons);

    connect(m_tree, &QTreeWidget::itemClicked, this, &FindingsPanel::onItemClicked);
    connect(m_tree, &QTreeWidget::itemActivated, this, &FindingsPanel::onItemClicked);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &FindingsPanel::updateButtons);
    connect(m_explain, &QPushButton::clicked, this, &FindingsPanel::explainSelected);
    connect(m_help, &QPushButton::clicked, this, &FindingsPanel::helpForSelected);
    connect(session, &session::DraftSession::changed, this, [this](const report::ChangeSet &c) {
        if (!c.findings.empty())
            rebuild();
    });
    connect(session, &session::DraftSession::reloaded, this, &FindingsPanel::rebuild);
    connect(session, &session::DraftSession::statusChanged, this, &FindingsPanel::rebuild);
    rebuild();
}

void FindingsPanel::rebuild()
{
    const report::Report &meta = m_session->engine().meta();
    m_shown = m_session->engine().findings();
    m_tree->clear();
    QHash<QString, QTreeWidgetItem *> groups;
    for (const report::Section &s : m_session->definition().sections()) {
        auto *group = new QTreeWidgetItem(m_tree, {s.heading});
        group->setFirstColumnSpanned(true);
        groups.insert(s.key, group);
    }
    auto *elsewhere = new QTreeWidgetItem(m_tree, {tr("整体")});
    elsewhere->setFirstColumnSpanned(true);
    for (int i = 0; i < int(m_shown.size()); ++i) {
        const report::Finding &f = m_shown[i];
        QTreeWidgetItem *parent = groups.value(f.section, elsewhere);
        QString text = f.message;
        if (severity_style::explained(f, meta))
            text += tr("（说明：%1）").arg(meta.explanations.value(f.rule));
        auto *item = new QTreeWidgetItem(parent, {severity_style::label(f, meta), f.rule, text});
        item->setIcon(0, severity_style::icon(severity_style::effective(f, meta)));
        for (int column = 0; column < 3; ++column) // the whole message wherever the pointer rests
            item->setToolTip(column, QStringLiteral("%1 %2：%3").arg(item->text(0), f.rule, text));
        item->setData(0, kFindingRole, i);
        item->setFirstColumnSpanned(true);
    }
    for (int i = m_tree->topLevelItemCount() - 1; i >= 0; --i) {
        QTreeWidgetItem *g = m_tree->topLevelItem(i);
        if (g->childCount() == 0)
            delete g;
        else
            g->setText(0, g->text(0) + QStringLiteral("（%1）").arg(g->childCount()));
    }
    if (m_shown.empty()) {
        auto *none = new QTreeWidgetItem(m_tree, {tr("没有发现问题。")});
        none->setFirstColumnSpanned(true);
    }
    m_tree->expandAll();
    updateButtons();
}

std::optional<report::Finding> FindingsPanel::findingOf(QTreeWidgetItem *item) const
{
    if (!item || !item->data(0, kFindingRole).isValid())
        return std::nullopt;
    return m_shown.at(item->data(0, kFindingRole).toInt());
}

void FindingsPanel::onItemClicked(QTreeWidgetItem *item)
{
    if (auto f = findingOf(item))
        emit findingSelected(*f);
}

void FindingsPanel::updateButtons()
{
    const auto f = findingOf(m_tree->currentItem());
    m_detail->setText(f ? QStringLiteral("%1 %2：%3").arg(m_tree->currentItem()->text(0), f->rule, m_tree->currentItem()->text(2))
                        : QString());
    m_detail->setVisible(bool(f));
    m_explain->setEnabled(f && f->severity == report::Severity::Warning && !m_session->isReadOnly());
    m_help->setEnabled(bool(f));
}

QString FindingsPanel::currentRule() const
{
    const auto f = findingOf(m_tree->currentItem());
    return f ? f->rule : QString();
}

void FindingsPanel::helpForSelected()
{
    if (const QString rule = currentRule(); !rule.isEmpty())
        help::showRule(this, rule);
}

// F1 on a finding opens its rule, here and in the dialogs that show findings
// (the window's F1 would open the manual where the keyboard is, which is the
// same topic in the window but does not reach a dialog).
bool FindingsPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tree && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_F1 && key->modifiers() == Qt::NoModifier && !currentRule().isEmpty()) {
            event->accept();
            if (event->type() == QEvent::KeyPress)
                helpForSelected();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FindingsPanel::explainSelected()
{
    const auto f = findingOf(m_tree->currentItem());
    if (!f || f->severity != report::Severity::Warning)
        return;
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(
        this, tr("说明 %1").arg(f->rule), tr("%1\n\n为什么保留这一情况（说明将随报告保存和导出）：").arg(f->message),
        m_session->engine().meta().explanations.value(f->rule), &ok);
    if (!ok)
        return;
    if (Status s = m_session->setExplanation(f->rule, text); !s)
        QMessageBox::warning(this, tr("说明 %1").arg(f->rule), s.error().message);
}

} // namespace nb::ui
