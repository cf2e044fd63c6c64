// 汇总 in the desktop: the aggregate window's figures against sums added up
// here, its AGG findings, read-only, 查看构成 (lines summing to the cell, a
// line opening that agency's report at that cell) and its exports with the
// contributors appended.
#include "core/interchange/package.h"
#include "tests/support/fixtures.h"
#include "tests/ui/aggregate_fixture.h"
#include "ui/agency_choice_dialog.h"
#include "ui/aggregate_window.h"
#include "ui/explain_dialog.h"
#include "ui/findings_panel.h"
#include "ui/report_editor.h"
#include "ui/report_preview.h"
#include "ui/report_table_view.h"
#include "ui/table_page.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QDialogButtonBox>
#include <QMenu>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QTest>
#include <QTreeWidget>
#include <catch2/catch.hpp>

using nb::test::AggregateFixture;
using namespace nb;

namespace {

ui::AggregateWindow *openAggregate(AggregateFixture &f)
{
    f.window->findChild<QAction *>(QStringLiteral("actionAggregate"))->trigger();
    auto *w = f.window->findChild<ui::AggregateWindow *>();
    REQUIRE(w);
    REQUIRE(QTest::qWaitForWindowExposed(w));
    w->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(w));
    REQUIRE(w->choose(AggregateFixture::kCity, 2023));
    return w;
}

// The table view of the aggregate holding the cell, with the cell current.
ui::ReportTableView *aggregateCell(ui::AggregateWindow *w, const QString &key)
{
    const report::Definition &def = w->preview()->engine().definition();
    const int cell = def.cellIndex(key);
    REQUIRE(cell >= 0);
    ui::TablePage *page = w->preview()->tablePage(def.tables().at(def.cells()[cell].table).section);
    REQUIRE(page);
    w->preview()->tabs()->setCurrentWidget(page);
    ui::ReportTableView *view = page->viewForCell(cell);
    REQUIRE(view);
    view->focusCell(cell);
    QCoreApplication::processEvents();
    return view;
}

// The figure the table shows (blank read as 0, as the sums here count it).
report::Decimal shownIn(ui::ReportTableView *view, const QString &key)
{
    const int cell = view->reportModel()->session()->definition().cellIndex(key);
    const QString text = view->reportModel()->indexOfCell(cell).data(Qt::DisplayRole).toString();
    if (text.isEmpty())
        return {};
    const auto value = report::Decimal::fromString(text);
    REQUIRE(value);
    return *value;
}

QStringList findingTexts(ui::AggregateWindow *w)
{
    QStringList texts;
    QTreeWidget *tree = w->preview()->findingsPanel()->tree();
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        for (int j = 0; j < tree->topLevelItem(i)->childCount(); ++j) {
            const QTreeWidgetItem *item = tree->topLevelItem(i)->child(j);
            texts << item->text(1) + QStringLiteral(" ") + item->text(2);
        }
    return texts;
}

QString findingOf(const QStringList &texts, const QString &rule)
{
    for (const QString &t : texts)
        if (t.startsWith(rule + u' '))
            return t;
    return QString();
}

QString fileText(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(30000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput()).remove(QRegularExpression(QStringLiteral("\\s")));
}

// The report open in the main window is `agency`'s of 2023, with `key` the current cell.
void requireOpenAt(AggregateFixture &f, const QString &agency, const QString &key)
{
    REQUIRE(QTest::qWaitFor([&] { return f.window->session() && f.window->session()->id().agency == agency; }));
    CHECK(f.window->session()->id() == store::ReportId{agency, 2023});
    auto *page = qobject_cast<ui::TablePage *>(f.window->editor()->currentPage());
    REQUIRE(page);
    const int cell = f.window->session()->definition().cellIndex(key);
    ui::ReportTableView *opened = page->viewForCell(cell);
    REQUIRE(opened);
    CHECK(opened->reportModel()->cellAt(opened->currentIndex()) == cell);
}

// What a window system sends for a double-click: press, release, double-click, release
// (QTest::mouseDClick on a widget sends the third alone).
void doubleClick(QWidget *viewport, QPoint pos)
{
    QTest::mouseClick(viewport, Qt::LeftButton, {}, pos);
    QTest::mouseDClick(viewport, Qt::LeftButton, {}, pos);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, pos);
}

// 查看构成 of `key` opened with Ctrl+E, shown.
ui::ExplainDialog *explainShown(ui::AggregateWindow *w, const QString &key)
{
    ui::ReportTableView *view = aggregateCell(w, key);
    QTest::keyClick(view, Qt::Key_E, Qt::ControlModifier);
    auto *dialog = w->findChild<ui::ExplainDialog *>();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    dialog->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(dialog));
    return dialog;
}

} // namespace

TEST_CASE("Aggregate window: every figure is the sum of the agencies' reports — added up here", "[ui][aggregate]")
{
    AggregateFixture f;
    ui::AggregateWindow *w = openAggregate(f);
    CHECK(w->aggregate()->report.agencyName == QStringLiteral("示例市人民政府（汇总）"));
    const report::Definition &def = w->preview()->engine().definition();
    int checked = 0;
    for (const report::Cell &cell : def.cells()) {
        if (cell.derived)
            continue;
        CAPTURE(cell.key.toStdString());
        ui::ReportTableView *view = w->preview()->tablePage(def.tables().at(cell.table).section)->viewForCell(
            def.cellIndex(cell.key));
        REQUIRE(view);
        CHECK(shownIn(view, cell.key) == f.inputSum(cell.key));
        ++checked;
    }
    CHECK(checked > 150);
    // Two totals from their rows, added up here: 本年新收 of every applicant; 行政复议 总计.
    report::Decimal newTotal, reviewTotal;
    for (const char *col : {"natural", "commercial", "research", "nonprofit", "legal", "other_org"})
        newTotal = test::plus(newTotal, f.inputSum(QStringLiteral("requests.new.") + QLatin1String(col)));
    for (const char *col : {"upheld", "corrected", "other", "pending"})
        reviewTotal = test::plus(reviewTotal, f.inputSum(QStringLiteral("appeals.review.") + QLatin1String(col)));
    CHECK(shownIn(aggregateCell(w, QStringLiteral("requests.new.total")), QStringLiteral("requests.new.total"))
          == newTotal);
    CHECK(shownIn(aggregateCell(w, QStringLiteral("appeals.review.total")), QStringLiteral("appeals.review.total"))
          == reviewTotal);
    // The node list offers the agencies with agencies below them, and 全部机关.
    CHECK(w->nodeBox()->findData(AggregateFixture::kCity) >= 0);
    CHECK(w->nodeBox()->findData(QString()) == 0);
    CHECK(w->nodeBox()->findData(AggregateFixture::kDraft) < 0);
    CHECK(w->summaryLabel()->text().contains(QStringLiteral("4 个机关，3 个有报告")));
}

TEST_CASE("Aggregate window: the findings name the missing agency — the draft and its error rules", "[ui][aggregate]")
{
    AggregateFixture f;
    ui::AggregateWindow *w = openAggregate(f);
    const QStringList texts = findingTexts(w);
    INFO(texts.join(u'\n').toStdString());
    CHECK(findingOf(texts, QStringLiteral("AGG-MISSING")).contains(AggregateFixture::kMissing));
    CHECK(findingOf(texts, QStringLiteral("AGG-NOT-FINAL")).contains(AggregateFixture::kDraft));
    CHECK_FALSE(findingOf(texts, QStringLiteral("AGG-NOT-FINAL")).contains(QStringLiteral("示例市教育局")));
    const QString errors = findingOf(texts, QStringLiteral("AGG-ERRORS"));
    CHECK(errors.contains(AggregateFixture::kDraft));
    CHECK(errors.contains(QStringLiteral("R3-")));
}

TEST_CASE("Aggregate window: typing changes nothing and says why", "[ui][aggregate]")
{
    AggregateFixture f;
    ui::AggregateWindow *w = openAggregate(f);
    const QString key = QStringLiteral("requests.new.natural");
    ui::ReportTableView *view = aggregateCell(w, key);
    const report::Decimal before = shownIn(view, key);
    QTest::keyClick(view, Qt::Key_7);
    QTest::keyClick(view, Qt::Key_Return);
    QCoreApplication::processEvents();
    CHECK(shownIn(view, key) == before);
    CHECK_FALSE(view->lastMessage().isEmpty());
    QTest::keyClick(view, Qt::Key_Delete);
    QCoreApplication::processEvents();
    CHECK(shownIn(view, key) == before);
    CHECK(w->aggregate()->report.cells.value(key) == before);
}

TEST_CASE("Aggregate window: the keyboard reaches the totals", "[ui][aggregate]")
{
    AggregateFixture f;
    ui::AggregateWindow *w = openAggregate(f);
    // 本年新收 商业企业 … 其他 then 总计: Tab from the last applicant lands on the total.
    ui::ReportTableView *view = aggregateCell(w, QStringLiteral("requests.new.other_org"));
    QTest::keyClick(view, Qt::Key_Tab);
    QCoreApplication::processEvents();
    CHECK(w->currentCellKey() == QStringLiteral("requests.new.total"));
}

TEST_CASE("查看构成: the lines sum to the cell — the missing agency apart — a line opens its report there", "[ui][aggregate]")
{
    AggregateFixture f;
    ui::AggregateWindow *w = openAggregate(f);
    const QString key = QStringLiteral("requests.new.natural");
    ui::ReportTableView *view = aggregateCell(w, key);
    // Ctrl+E in the table.
    QTest::keyClick(view, Qt::Key_E, Qt::ControlModifier);
    auto *dialog = w->findChild<ui::ExplainDialog *>();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    QTreeWidget *lines = dialog->lines();
    REQUIRE(lines->topLevelItemCount() == 3);
    report::Decimal sum;
    bool seenZero = false;
    for (int i = 0; i < lines->topLevelItemCount(); ++i) {
        const auto value = report::Decimal::fromString(lines->topLevelItem(i)->text(1));
        REQUIRE(value);
        CHECK_FALSE((seenZero && !value->isZero())); // non-zero first
        seenZero = seenZero || value->isZero();
        sum = test::plus(sum, *value);
        // Each line is that agency's own figure.
        for (const report::Report &r : f.reports2023)
            if (r.agencyName == lines->topLevelItem(i)->text(0))
                CHECK(r.cells.value(key) == *value);
    }
    CHECK(sum == shownIn(view, key));
    CHECK(dialog->totalLabel()->text().contains(sum.toString()));
    CHECK(dialog->missingLabel()->text().contains(AggregateFixture::kMissing));

    // Enter on a line: that agency's report opens in the main window at that cell.
    const QString agency = lines->topLevelItem(1)->text(0);
    lines->setCurrentItem(lines->topLevelItem(1));
    lines->setFocus();
    QTest::keyClick(lines, Qt::Key_Return);
    requireOpenAt(f, agency, key);
}

TEST_CASE("查看构成 of a total sums its agencies' totals", "[ui][aggregate]")
{
    AggregateFixture f;
    ui::AggregateWindow *w = openAggregate(f);
    const QString key = QStringLiteral("requests.result.total.total");
    ui::ReportTableView *view = aggregateCell(w, key);
    ui::ExplainDialog *dialog = w->explainCell(w->currentCellKey());
    REQUIRE(dialog);
    report::Decimal sum;
    for (int i = 0; i < dialog->lines()->topLevelItemCount(); ++i)
        sum = test::plus(sum, *report::Decimal::fromString(dialog->lines()->topLevelItem(i)->text(1)));
    CHECK(sum == shownIn(view, key));
}

TEST_CASE("Aggregate export: PDF in both styles — HTML — ODT — CSV and the package — each with the contributors",
          "[ui][aggregate]")
{
    AggregateFixture f;
    ui::AggregateWindow *w = openAggregate(f);
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QStringList everyone{"示例市教育局", "示例市财政局", "示例市公安局", "示例市民政局"};
    for (const auto style : {render::PageStyle::Official, render::PageStyle::Gongwen}) {
        const QString pdf = dir.filePath(QStringLiteral("汇总-%1.pdf").arg(render::pageStyleKey(style)));
        REQUIRE(w->exportTo(pdf, style).ok());
        const QString text = pdfText(pdf);
        CHECK(text.contains(QStringLiteral("示例市人民政府（汇总）")));
        CHECK(text.contains(QStringLiteral("附：参与汇总的机关（共4个，有报告的3个）")));
        for (const QString &name : everyone)
            CHECK(text.contains(name));
        CHECK(text.contains(QStringLiteral("示例市民政局未开始")));
    }
    const QString html = dir.filePath(QStringLiteral("汇总.html"));
    REQUIRE(w->exportTo(html, render::PageStyle::Official).ok());
    const QString page = fileText(html);
    CHECK(page.contains(QStringLiteral("附：参与汇总的机关")));
    for (const QString &name : everyone)
        CHECK(page.contains(name));
    CHECK(page.contains(QStringLiteral("已定稿")));
    const QString csv = dir.filePath(QStringLiteral("汇总.csv"));
    REQUIRE(w->exportTo(csv, render::PageStyle::Official).ok());
    CHECK(fileText(csv).contains(QStringLiteral("示例市民政局,未开始")));
    const QString odt = dir.filePath(QStringLiteral("汇总.odt"));
    REQUIRE(w->exportTo(odt, render::PageStyle::Official).ok());
    CHECK(QFile(odt).size() > 0);
    const QString package = dir.filePath(QStringLiteral("汇总.nianbao.json"));
    REQUIRE(w->exportTo(package, render::PageStyle::Official).ok());
    auto read = interchange::Package::readFile(package, *report::Definition::builtin());
    REQUIRE(read.ok());
    REQUIRE(read->aggregate);
    CHECK(read->aggregate->contributors.size() == 4);
    CHECK(read->aggregate->contributors == w->aggregate()->report.aggregate->contributors);
}

TEST_CASE("Aggregate window: 刷新 and a change in the store compute again", "[ui][aggregate]")
{
    AggregateFixture f;
    ui::AggregateWindow *w = openAggregate(f);
    const QString key = QStringLiteral("requests.new.natural");
    const report::Decimal before = w->aggregate()->report.cells.value(key);
    report::Report r = f.reports2023.last(); // the draft (a final report is never replaced)
    REQUIRE(r.agencyName == AggregateFixture::kDraft);
    r.cells.insert(key, test::plus(r.cells.value(key), report::Decimal::fromInteger(1000)));
    REQUIRE(f.store.importReport(r, true).ok());
    // Asked every kPollMs: seen without pressing 刷新.
    REQUIRE(QTest::qWaitFor([&] { return w->aggregate()->report.cells.value(key) != before; },
                            3 * ui::AggregateWindow::kPollMs));
    CHECK(w->aggregate()->report.cells.value(key) == test::plus(before, report::Decimal::fromInteger(1000)));
    // 全部机关 is offered and computes.
    REQUIRE(w->choose(QString(), 2023));
    CHECK(w->aggregate()->report.agencyName == QStringLiteral("全部机关（汇总）"));
}

TEST_CASE("查看构成 in the context menu of an aggregate cell explains that cell", "[ui][aggregate]")
{
    AggregateFixture f;
    ui::AggregateWindow *w = openAggregate(f);
    const QString key = QStringLiteral("requests.result.disclosed.commercial");
    ui::ReportTableView *view = aggregateCell(w, QStringLiteral("requests.new.natural"));
    const report::Definition &def = w->preview()->engine().definition();
    const QModelIndex at = view->reportModel()->indexOfCell(def.cellIndex(key));
    REQUIRE(at.isValid());
    // The menu the view pops up at a right click there: 查看构成 first, chosen as a user does.
    QStringList offered;
    bool closed = false;
    auto *watch = new QTimer(view);
    watch->setInterval(10);
    QObject::connect(watch, &QTimer::timeout, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        watch->stop();
        for (QAction *a : menu->actions())
            if (!a->isSeparator())
                offered << a->text();
        QAction *explain = nullptr;
        for (QAction *a : menu->actions())
            if (a->text().startsWith(QStringLiteral("查看构成")))
                explain = a;
        if (explain) {
            menu->setActiveAction(explain);
            QTest::keyClick(menu, Qt::Key_Return);
        }
        menu->close();
        closed = true;
    });
    watch->start();
    const QPoint pos = view->visualRect(at).center();
    QContextMenuEvent event(QContextMenuEvent::Mouse, pos, view->viewport()->mapToGlobal(pos));
    QApplication::sendEvent(view->viewport(), &event);
    REQUIRE(QTest::qWaitFor([&] { return closed; }));
    delete watch;
    INFO(offered.join(u'|').toStdString());
    REQUIRE_FALSE(offered.isEmpty());
    CHECK(offered.first().startsWith(QStringLiteral("查看构成")));
    CHECK(offered.contains(QStringLiteral("复制(&C)")));
    CHECK(w->currentCellKey() == key);
    auto *dialog = w->findChild<ui::ExplainDialog *>();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    CHECK(dialog->explanation().cellKey == key);
    // The same menu, as the view builds it, on a total too.
    const QModelIndex total = view->reportModel()->indexOfCell(def.cellIndex(QStringLiteral("requests.new.total")));
    std::unique_ptr<QMenu> menu = view->cellMenu(total);
    REQUIRE(menu);
    REQUIRE_FALSE(menu->actions().isEmpty());
    CHECK(menu->actions().first()->text().startsWith(QStringLiteral("查看构成")));
}

TEST_CASE("查看构成: a click on an agency's name opens its report at that cell — a double-click on its line too",
          "[ui][aggregate]")
{
    AggregateFixture f;
    ui::AggregateWindow *w = openAggregate(f);
    const QString key = QStringLiteral("requests.new.natural");
    ui::ExplainDialog *dialog = explainShown(w, key);
    QTreeWidget *lines = dialog->lines();
    REQUIRE(lines->topLevelItemCount() == 3);
    QSignalSpy chosen(dialog, &ui::ExplainDialog::agencyChosen);

    // A click on the second line's value only selects it.
    const QModelIndex value = lines->model()->index(1, 1);
    QTest::mouseClick(lines->viewport(), Qt::LeftButton, {}, lines->visualRect(value).center());
    QCoreApplication::processEvents();
    CHECK(chosen.isEmpty());
    CHECK(lines->currentItem() == lines->topLevelItem(1));

    // One click on the third line's name: that agency's report, at that cell.
    const QString third = lines->topLevelItem(2)->text(0);
    QTest::mouseClick(lines->viewport(), Qt::LeftButton, {}, lines->visualRect(lines->model()->index(2, 0)).center());
    REQUIRE(chosen.size() == 1);
    CHECK(chosen.at(0).at(0).toString() == third);
    CHECK(chosen.at(0).at(1).toString() == key);
    requireOpenAt(f, third, key);

    // A double-click on the second line (on its figure) opens the second agency's.
    const QString second = lines->topLevelItem(1)->text(0);
    doubleClick(lines->viewport(), lines->visualRect(value).center());
    REQUIRE(chosen.size() == 2);
    requireOpenAt(f, second, key);
    // A double-click on a name opens once, not twice.
    const QString first = lines->topLevelItem(0)->text(0);
    const QPoint name = lines->visualRect(lines->model()->index(0, 0)).center();
    doubleClick(lines->viewport(), name);
    CHECK(chosen.size() == 3);
    requireOpenAt(f, first, key);
}

TEST_CASE("选择机关: an unchecked agency leaves the sums — the contributors — the missing", "[ui][aggregate]")
{
    AggregateFixture f;
    ui::AggregateWindow *w = openAggregate(f);
    const QString left = QStringLiteral("示例市财政局");
    REQUIRE(findingOf(findingTexts(w), QStringLiteral("AGG-MISSING")).contains(AggregateFixture::kMissing));

    // 选择机关…: every agency below the node, all checked.
    QTest::mouseClick(w->chooseButton(), Qt::LeftButton);
    auto *dialog = w->findChild<ui::AgencyChoiceDialog *>();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    dialog->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(dialog));
    QListWidget *list = dialog->list();
    REQUIRE(list->count() == 4);
    CHECK(dialog->checked().size() == 4);
    // Space on a line unchecks it: 财政局, and 民政局 (no report).
    for (const QString &name : {left, AggregateFixture::kMissing}) {
        const auto found = list->findItems(name, Qt::MatchEndsWith);
        REQUIRE(found.size() == 1);
        list->setCurrentItem(found.first());
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Space);
        QCoreApplication::processEvents();
        CHECK(found.first()->checkState() == Qt::Unchecked);
    }
    REQUIRE(dialog->checked() == QStringList({QStringLiteral("示例市公安局"), QStringLiteral("示例市教育局")}));
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QTest::mouseClick(ok, Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return w->aggregate() && w->aggregate()->report.aggregate->contributors.size() == 2; }));

    // The figures are the two agencies' sums, added up here.
    const report::Definition &def = *report::Definition::builtin();
    int checked = 0;
    for (const report::Cell &cell : def.cells()) {
        if (cell.derived)
            continue;
        report::Decimal sum;
        for (const report::Report &r : f.reports2023)
            if (r.agencyName != left)
                sum = test::plus(sum, r.cells.value(cell.key));
        CAPTURE(cell.key.toStdString());
        CHECK(w->aggregate()->report.cells.value(cell.key) == sum);
        ++checked;
    }
    CHECK(checked > 150);
    QStringList contributors;
    for (const report::Contributor &c : w->aggregate()->report.aggregate->contributors)
        contributors << c.agency;
    CHECK_FALSE(contributors.contains(left));
    CHECK_FALSE(contributors.contains(AggregateFixture::kMissing));
    // AGG-MISSING concerns the chosen agencies only; the draft is still named.
    const QStringList texts = findingTexts(w);
    INFO(texts.join(u'\n').toStdString());
    CHECK(findingOf(texts, QStringLiteral("AGG-MISSING")).isEmpty());
    CHECK(findingOf(texts, QStringLiteral("AGG-NOT-FINAL")).contains(AggregateFixture::kDraft));
    // The window says it is a chosen set.
    CHECK(w->windowTitle().contains(QStringLiteral("选定的 2 个机关")));
    CHECK(w->summaryLabel()->text().contains(QStringLiteral("只汇总选定的 2 个机关（共 4 个")));
    // 查看构成 names only the chosen agencies.
    ui::ExplainDialog *explained = w->explainCell(QStringLiteral("requests.new.natural"));
    REQUIRE(explained);
    CHECK(explained->lines()->topLevelItemCount() == 2);
    CHECK(explained->lines()->findItems(left, Qt::MatchExactly).isEmpty());
    CHECK_FALSE(explained->missingLabel()->text().contains(AggregateFixture::kMissing));
    explained->close();

    // Chosen again: the choice is kept; 全选 sums every agency again.
    QTest::mouseClick(w->chooseButton(), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return w->findChild<ui::AgencyChoiceDialog *>() != nullptr; }));
    dialog = w->findChild<ui::AgencyChoiceDialog *>();
    CHECK(dialog->checked().size() == 2);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("agencyChoiceAll")), Qt::LeftButton);
    CHECK(dialog->checked().size() == 4);
    dialog->accept();
    REQUIRE(QTest::qWaitFor([&] { return w->aggregate()->report.aggregate->contributors.size() == 4; }));
    CHECK(w->chosen().isEmpty());
    CHECK_FALSE(w->windowTitle().contains(QStringLiteral("选定")));

    // Another node forgets a choice.
    REQUIRE(w->setChosen({left}));
    CHECK(w->aggregate()->report.aggregate->contributors.size() == 1);
    CHECK_FALSE(w->setChosen({QStringLiteral("没有的机关")}));
    REQUIRE(w->choose(QString(), 2023));
    CHECK(w->chosen().isEmpty());
    CHECK(w->aggregate()->report.aggregate->contributors.size() == 5);
}
