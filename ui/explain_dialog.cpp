#include "ui/explain_dialog.h"

#include "core/collection/collection_text.h"
#include "ui/screen_fit.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMouseEvent>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace nb::ui {

ExplainDialog::ExplainDialog(const collection::Explanation &explanation, const QString &what, QWidget *parent)
    : QDialog(parent), m_explanation(explanation)
{
    setObjectName(QStringLiteral("explainDialog"));
    setWindowTitle(tr("查看构成：%1").arg(explanation.cellName));
    auto *heading = new QLabel(tr("%1\n%2（%3）= %4")
                                   .arg(what, explanation.cellName, explanation.cellKey, explanation.total.toString()));
    heading->setWordWrap(true);

    m_lines = new QTreeWidget;
    m_lines->setObjectName(QStringLiteral("explainLines"));
    m_lines->setRootIsDecorated(false);
    m_lines->setUniformRowHeights(true);
    m_lines->setHeaderLabels({tr("机关"), tr("数值"), tr("状态")});
    // The agency's name drawn as a link: one click opens its report.
    QFont linkFont = m_lines->font();
    linkFont.setUnderline(true);
    for (const collection::ExplainLine &line : explanation.lines) {
        auto *item = new QTreeWidgetItem(
            m_lines, {line.agency, line.value.toString(), collection::CollectionText::status(line.status)});
        item->setForeground(0, palette().brush(QPalette::Link));
        item->setFont(0, linkFont);
        item->setToolTip(0, tr("单击打开%1的报告，定位到此单元格").arg(line.agency));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        if (line.value.isZero())
            item->setForeground(1, palette().brush(QPalette::Disabled, QPalette::Text));
    }
    m_lines->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_lines->header()->setStretchLastSection(false);
    m_lines->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_lines->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    if (m_lines->topLevelItemCount() > 0)
        m_lines->setCurrentItem(m_lines->topLevelItem(0));
    // A click on the name opens, as a link does; a double-click elsewhere on
    // the line too (on the name the click has already opened it). Enter
    // reaches the default button 打开报告 (the tree leaves it to the dialog).
    m_lines->setMouseTracking(true);
    m_lines->viewport()->installEventFilter(this);
    connect(m_lines, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item, int column) {
        if (column != 0)
            return;
        m_lines->setCurrentItem(item);
        openSelected();
    });
    connect(m_lines, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *, int column) {
        if (column != 0)
            openSelected();
    });
    auto *hint = new QLabel(tr("单击机关名称打开该机关的报告并定位到此单元格；也可用方向键选中后按 Enter。"));
    hint->setObjectName(QStringLiteral("explainHint"));
    hint->setWordWrap(true);

    m_total = new QLabel(tr("合计 %1（%n 个机关）", nullptr, int(explanation.lines.size())).arg(explanation.total.toString()));
    m_total->setObjectName(QStringLiteral("explainTotal"));
    m_missing = new QLabel(explanation.missing.isEmpty()
                               ? tr("范围内的机关都有报告。")
                               : tr("没有报告、未计入的机关（%1 个）：%2")
                                     .arg(explanation.missing.size())
                                     .arg(explanation.missing.join(QStringLiteral("、"))));
    m_missing->setObjectName(QStringLiteral("explainMissing"));
    m_missing->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *open = buttons->addButton(tr("打开报告(&O)"), QDialogButtonBox::ActionRole);
    open->setObjectName(QStringLiteral("explainOpen"));
    open->setEnabled(!explanation.lines.isEmpty());
    open->setDefault(true);
    connect(open, &QPushButton::clicked, this, [this] { openSelected(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_lines, 1);
    layout->addWidget(hint);
    layout->addWidget(m_total);
    layout->addWidget(m_missing);
    layout->addWidget(buttons);
    m_lines->setFocus();
    screen_fit::resizeToFit(this, QSize(640, 560));
}

// The pointing hand over an agency's name, as over a link.
bool ExplainDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_lines->viewport() && event->type() == QEvent::MouseMove) {
        const QModelIndex at = m_lines->indexAt(static_cast<QMouseEvent *>(event)->position().toPoint());
        if (at.isValid() && at.column() == 0)
            m_lines->viewport()->setCursor(Qt::PointingHandCursor);
        else
            m_lines->viewport()->unsetCursor();
    }
    return QDialog::eventFilter(watched, event);
}

bool ExplainDialog::openSelected()
{
    const QTreeWidgetItem *item = m_lines->currentItem();
    if (!item)
        return false;
    emit agencyChosen(item->text(0), m_explanation.cellKey);
    return true;
}

} // namespace nb::ui
