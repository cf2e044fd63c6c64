#include "ui/aggregate_window.h"

#include "core/collection/agency_tree.h"
#include "core/collection/collection_text.h"
#include "core/collection/compare.h"
#include "core/collection/explain.h"
#include "core/store/store_link.h"
#include "ui/agency_choice_dialog.h"
#include "ui/compare_window.h"
#include "ui/explain_dialog.h"
#include "ui/print_settings.h"
#include "ui/report_export.h"
#include "ui/report_preview.h"
#include "ui/screen_fit.h"
#include "ui/table_page.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>
#include <functional>

namespace nb::ui {

namespace {
QPushButton *button(const QString &text, const char *name)
{
    auto *b = new QPushButton(text);
    b->setObjectName(QLatin1String(name));
    return b;
}
} // namespace

AggregateWindow::AggregateWindow(store::ReportStore &store, QWidget *parent)
    : QWidget(parent, Qt::Window), m_store(store)
{
    setObjectName(QStringLiteral("aggregateWindow"));
    setWindowTitle(tr("汇总"));
    m_node = new QComboBox;
    m_node->setObjectName(QStringLiteral("aggregateNode"));
    m_year = new QComboBox;
    m_year->setObjectName(QStringLiteral("aggregateYear"));
    auto *nodeLabel = new QLabel(tr("汇总机关(&N)："));
    nodeLabel->setBuddy(m_node);
    auto *yearLabel = new QLabel(tr("年度(&Y)："));
    yearLabel->setBuddy(m_year);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("aggregateSummary"));
    m_summary->setWordWrap(true);

    QPushButton *refresh = button(tr("刷新(&R)"), "aggregateRefresh");
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setToolTip(tr("按数据库中现在的报告重新汇总（F5）"));
    connect(refresh, &QPushButton::clicked, this, [this] {
        if (Status s = recompute(); !s)
            showProblem(s.error().message);
    });
    m_choose = button(tr("选择机关(&A)…"), "aggregateChoose");
    m_choose->setToolTip(tr("只汇总该机关下选定的机关（默认全部）"));
    connect(m_choose, &QPushButton::clicked, this, [this] { chooseAgencies(); });
    QPushButton *explain = button(tr("查看构成(&E)…"), "aggregateExplain");
    explain->setToolTip(tr("当前单元格由哪些机关的多少构成（在表格中按 Ctrl+E）"));
    connect(explain, &QPushButton::clicked, this, &AggregateWindow::explainCurrent);
    QPushButton *compare = button(tr("对比上年(&P)…"), "aggregateCompare");
    connect(compare, &QPushButton::clicked, this, [this] { showCompare(); });
    QPushButton *exportButton = button(tr("导出(&X)…"), "aggregateExport");
    connect(exportButton, &QPushButton::clicked, this, &AggregateWindow::onExport);
    QPushButton *close = button(tr("关闭"), "aggregateClose");
    connect(close, &QPushButton::clicked, this, &QWidget::close);
    auto *closeKey = new QAction(this);
    closeKey->setShortcut(QKeySequence::Close);
    connect(closeKey, &QAction::triggered, this, &QWidget::close);
    addAction(closeKey);

    auto *choices = new QHBoxLayout;
    choices->addWidget(nodeLabel);
    choices->addWidget(m_node, 2);
    choices->addWidget(yearLabel);
    choices->addWidget(m_year);
    choices->addWidget(m_choose);
    choices->addWidget(refresh);
    choices->addStretch(1);
    choices->addWidget(explain);
    choices->addWidget(compare);
    choices->addWidget(exportButton);
    choices->addWidget(close);
    m_body = new QVBoxLayout;
    m_body->setContentsMargins(0, 0, 0, 0);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choices);
    layout->addWidget(m_summary);
    layout->addLayout(m_body, 1);

    fillChoices();
    connect(m_node, &QComboBox::currentIndexChanged, this, &AggregateWindow::onChoiceChanged);
    connect(m_year, &QComboBox::currentIndexChanged, this, &AggregateWindow::onChoiceChanged);

    // A server says when reports change; a file is asked every few seconds.
    m_poll = new QTimer(this);
    m_poll->setInterval(kPollMs);
    connect(m_poll, &QTimer::timeout, this, &AggregateWindow::pollStore);
    if (store::StoreLink *link = m_store.link())
        connect(link, &store::StoreLink::yearChanged, this, [this](int year) {
            if (year == this->year() || year == this->year() - 1)
                pollStore();
        });
    else
        m_poll->start();
    screen_fit::resizeToFit(this, QSize(1400, 900));
    onChoiceChanged();
}

AggregateWindow::~AggregateWindow()
{
    watchYears(0);
    delete m_preview; // its pages point into its session
}

// Nodes: the agencies with agencies below them, after 全部机关; years: those
// with a report, the latest first.
void AggregateWindow::fillChoices()
{
    m_filling = true;
    const QString node = this->node();
    const int year = this->year();
    m_node->clear();
    m_year->clear();
    m_node->addItem(tr("全部机关"), QString());
    if (auto agencies = m_store.agencies()) {
        const collection::AgencyTree tree(agencies.value());
        for (const QString &name : tree.below(QString()))
            if (!tree.children(name).isEmpty())
                m_node->addItem(QString(tree.depth(name) * 2, u' ') + name, name);
    }
    QList<int> years;
    if (auto reports = m_store.list())
        for (const store::ReportSummary &s : reports.value())
            if (!years.contains(s.id.year))
                years << s.id.year;
    std::sort(years.begin(), years.end(), std::greater<>());
    for (int y : years)
        m_year->addItem(tr("%1年").arg(y), y);
    if (const int i = m_node->findData(node); i >= 0)
        m_node->setCurrentIndex(i);
    if (const int i = m_year->findData(year); i >= 0)
        m_year->setCurrentIndex(i);
    m_filling = false;
}

QString AggregateWindow::node() const { return m_node->currentData().toString(); }

int AggregateWindow::year() const { return m_year->currentData().toInt(); }

bool AggregateWindow::choose(const QString &node, int year)
{
    fillChoices();
    const int n = m_node->findData(node), y = m_year->findData(year);
    if (n < 0 || y < 0)
        return false;
    m_filling = true;
    m_node->setCurrentIndex(n);
    m_year->setCurrentIndex(y);
    m_filling = false;
    onChoiceChanged();
    return bool(m_aggregate);
}

// A server announces changes per year: the aggregate reads its year and, for
// AGG-CARRY, the year before, so both are watched.
void AggregateWindow::watchYears(int year)
{
    store::StoreLink *link = m_store.link();
    if (!link || year == m_watchedYear)
        return;
    if (m_watchedYear) {
        link->unwatchYear(m_watchedYear);
        link->unwatchYear(m_watchedYear - 1);
    }
    m_watchedYear = year;
    if (m_watchedYear) {
        link->watchYear(m_watchedYear);
        link->watchYear(m_watchedYear - 1);
    }
}

void AggregateWindow::onChoiceChanged()
{
    if (m_filling)
        return;
    if (node() != m_chosenNode) { // a choice of agencies belongs to its node
        m_chosen.clear();
        m_chosenNode = node();
    }
    watchYears(year());
    if (Status s = recompute(); !s)
        showProblem(s.error().message);
}

Status AggregateWindow::recompute()
{
    if (year() == 0) {
        m_aggregate.reset();
        showAggregate();
        return Error{QStringLiteral("ui.no-year"), tr("数据库中还没有报告，无从汇总。")};
    }
    m_fingerprint = storeFingerprint();
    // Chosen agencies moved away or removed since are no longer summed;
    // when none is left, every agency below the node is.
    if (!m_chosen.isEmpty()) {
        const QStringList below = agenciesBelow();
        QStringList kept;
        for (const QString &name : below)
            if (m_chosen.contains(name))
                kept << name;
        m_chosen = kept.size() == below.size() ? QStringList() : kept;
    }
    auto made = collection::Aggregation::fromStore(m_store, node(), year(), m_chosen);
    if (!made) {
        m_aggregate.reset();
        showAggregate();
        return made.error();
    }
    m_aggregate = std::move(made.value());
    showAggregate();
    return success();
}

QStringList AggregateWindow::agenciesBelow() const
{
    auto agencies = m_store.agencies();
    if (!agencies)
        return {};
    return collection::AgencyTree(agencies.value()).below(node());
}

bool AggregateWindow::setChosen(const QStringList &agencies)
{
    const QStringList below = agenciesBelow();
    QStringList chosen;
    for (const QString &name : below) // in the tree's order, as the contributors are
        if (agencies.contains(name))
            chosen << name;
    if (chosen.size() != QSet<QString>(agencies.begin(), agencies.end()).size())
        return false;
    m_chosen = chosen.size() == below.size() ? QStringList() : chosen;
    m_chosenNode = node();
    if (Status s = recompute(); !s)
        showProblem(s.error().message);
    return true;
}

AgencyChoiceDialog *AggregateWindow::chooseAgencies()
{
    auto agencies = m_store.agencies();
    if (!agencies) {
        showProblem(agencies.error().message);
        return nullptr;
    }
    const collection::AgencyTree tree(agencies.value());
    const int top = node().isEmpty() ? 0 : tree.depth(node()) + 1;
    QList<QPair<QString, int>> below;
    for (const QString &name : tree.below(node()))
        below.append({name, tree.depth(name) - top});
    if (below.isEmpty()) {
        showProblem(tr("%1下没有机关。").arg(m_node->currentText().trimmed()));
        return nullptr;
    }
    auto *dialog = new AgencyChoiceDialog(node(), below, m_chosen, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { setChosen(dialog->checked()); });
    dialog->open();
    return dialog;
}

// "示例市人民政府（汇总） 2023年", and how many are chosen when not all.
QString AggregateWindow::what() const
{
    const QString name = tr("%1 %2年").arg(m_aggregate->report.agencyName).arg(year());
    if (m_chosen.isEmpty())
        return name;
    return tr("%1（选定的 %2 个机关）").arg(name).arg(m_chosen.size());
}

// A new preview of the aggregate replaces the old one, on the same page and cell.
void AggregateWindow::showAggregate()
{
    const QString cell = currentCellKey();
    const int tab = m_preview ? m_preview->tabs()->currentIndex() : 0;
    const bool hadFocus = m_preview && m_preview->isAncestorOf(QApplication::focusWidget());
    delete m_preview;
    m_preview = nullptr;
    if (!m_aggregate) {
        showSummary();
        return;
    }
    m_preview = new ReportPreview(m_aggregate->report, m_aggregate->previous, nullptr, ReportPreview::Texts::Hidden);
    m_preview->setObjectName(QStringLiteral("aggregatePreview"));
    for (TablePage *page : m_preview->tablePages())
        for (ReportTableView *view : page->views()) {
            view->setTotalsTakeCursor(true);
            view->addCellAction(tr("查看构成(&E)…"), QKeySequence(Qt::CTRL | Qt::Key_E),
                                [this](int cell) {
                                    explainCell(m_preview->engine().definition().cells()[cell].key);
                                });
        }
    m_body->addWidget(m_preview);
    m_preview->tabs()->setCurrentIndex(tab);
    if (!cell.isEmpty()) {
        report::Finding at;
        at.cells = {cell};
        m_preview->showFinding(at);
    }
    if (!hadFocus)
        m_node->setFocus();
    showSummary();
}

void AggregateWindow::showSummary()
{
    if (!m_aggregate) {
        m_summary->clear();
        setWindowTitle(tr("汇总"));
        return;
    }
    const auto &contributors = m_aggregate->report.aggregate->contributors;
    QMap<report::CollectionStatus, int> counts;
    for (const report::Contributor &c : contributors)
        ++counts[c.status];
    QStringList parts;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        parts << tr("%1 %2 个").arg(collection::CollectionText::status(it.key())).arg(it.value());
    setWindowTitle(tr("汇总：%1").arg(what()));
    const QString scope =
        m_chosen.isEmpty()
            ? tr("范围内 %1 个机关").arg(contributors.size())
            : tr("只汇总选定的 %1 个机关（共 %2 个，其余不计入数字和检查）").arg(contributors.size()).arg(agenciesBelow().size());
    m_summary->setText(tr("%1 %2年：%3，%4 个有报告（%5）。汇总只读；在单元格上按 Ctrl+E 查看构成。")
                           .arg(m_aggregate->report.agencyName)
                           .arg(year())
                           .arg(scope)
                           .arg(m_aggregate->contributions.size())
                           .arg(parts.join(QStringLiteral("，"))));
    m_choose->setText(m_chosen.isEmpty() ? tr("选择机关(&A)…")
                                         : tr("选择机关(&A)…（%1/%2）").arg(m_chosen.size()).arg(agenciesBelow().size()));
}

void AggregateWindow::showProblem(const QString &text)
{
    m_summary->setText(text);
}

// Revisions and statuses of both years' reports and the tree: any change of
// them can change the aggregate.
qint64 AggregateWindow::storeFingerprint()
{
    size_t seed = 0;
    for (int y : {year(), year() - 1})
        if (auto states = m_store.reportStates(y))
            for (const store::ReportState &s : states.value())
                seed = qHashMulti(seed, s.id.agency, s.revision, int(s.collectionStatus()));
    if (auto agencies = m_store.agencies())
        for (const store::AgencyInfo &a : agencies.value())
            seed = qHashMulti(seed, a.name, a.parent);
    return qint64(seed);
}

void AggregateWindow::pollStore()
{
    if (!isVisible() || year() == 0)
        return;
    if (storeFingerprint() == m_fingerprint)
        return;
    fillChoices();
    if (Status s = recompute(); !s)
        showProblem(s.error().message);
}

QString AggregateWindow::currentCellKey() const
{
    if (!m_preview)
        return QString();
    auto *page = qobject_cast<TablePage *>(m_preview->tabs()->currentWidget());
    if (!page)
        return QString();
    ReportTableView *view = nullptr;
    for (ReportTableView *v : page->views())
        if (v->hasFocus() || (!view && v->selectionModel()->hasSelection()))
            view = v;
    if (!view && !page->views().isEmpty())
        view = page->views().first();
    const int cell = view ? view->reportModel()->cellAt(view->currentIndex()) : -1;
    return cell < 0 ? QString() : m_preview->engine().definition().cells()[cell].key;
}

void AggregateWindow::explainCurrent()
{
    const QString key = currentCellKey();
    if (key.isEmpty()) {
        showProblem(tr("请先在表格中选中一个单元格。"));
        return;
    }
    explainCell(key);
}

ExplainDialog *AggregateWindow::explainCell(const QString &cellKey)
{
    if (!m_aggregate)
        return nullptr;
    auto explained = collection::explain(*m_aggregate, *report::Definition::builtin(), cellKey);
    if (!explained) {
        showProblem(explained.error().message);
        return nullptr;
    }
    auto *dialog = new ExplainDialog(explained.value(), what(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExplainDialog::agencyChosen, this, [this](const QString &agency, const QString &key) {
        emit openReportRequested({agency, year()}, key);
    });
    dialog->show();
    return dialog;
}

Status AggregateWindow::exportTo(const QString &path, render::PageStyle style) const
{
    if (!m_aggregate)
        return Error{QStringLiteral("ui.no-report"), tr("还没有汇总结果。")};
    return report_export::write(m_aggregate->report, *report::Definition::builtin(), path, style);
}

void AggregateWindow::onExport()
{
    if (!m_aggregate)
        return;
    const auto def = report::Definition::builtin();
    QString chosen;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("导出汇总"), def->title(m_aggregate->report.agencyName, year()) + QStringLiteral(".pdf"),
        report_export::filter(true), &chosen);
    if (path.isEmpty())
        return;
    const render::PageStyle style = report_export::styleOfFilter(chosen).value_or(print_settings::style());
    if (Status s = exportTo(path, style); !s)
        QMessageBox::warning(this, tr("导出汇总"), s.error().message);
    else
        showProblem(tr("已导出到 %1").arg(path));
}

CompareWindow *AggregateWindow::showCompare()
{
    if (!m_aggregate)
        return nullptr;
    if (!m_aggregate->previous) {
        showProblem(tr("范围内的机关 %1 年都没有报告，无从对比。").arg(year() - 1));
        return nullptr;
    }
    auto *window = new CompareWindow(
        collection::compare(m_aggregate->report, *m_aggregate->previous, *report::Definition::builtin()), this);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    return window;
}

} // namespace nb::ui
