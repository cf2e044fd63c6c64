// 汇总 → 报送情况: the board of a node and a year in a window. Its rows and
// counts, the summary, the filters and sorting, opening a report from a row
// (Enter), exports of what is shown (CSV, web page, a PDF whose text can be
// read back), and its counts following an edit made by another program.
#include "core/collection/board_export.h"
#include "tests/collection/collection_fixture.h"
#include "tests/support/fixtures.h"
#include "tests/support/office_names.h"
#include "tests/support/pdf_words.h"
#include "tests/ui/sqlite_window.h"
#include "tests/ui/window_fixture.h"
#include "ui/board_model.h"
#include "ui/board_window.h"

#include <QComboBox>
#include <QFile>
#include <QPdfWriter>
#include <QProcess>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

#include <cmath>

using nb::collection::BoardFilter;
using nb::report::CollectionStatus;
using nb::test::UiFixture;
using nb::ui::BoardModel;
using nb::ui::BoardWindow;

using namespace nb::test::office;

namespace {

// city (the fixture's draft) ← education (submitted), police (an error); district (no report).
void fill(nb::store::ReportStore &store)
{
    REQUIRE(store.create(nb::test::cleanReport(kEducation, 2023)).ok());
    REQUIRE(store.setStatus({kEducation, 2023}, nb::report::ReportStatus::Final, QStringLiteral("定稿")).ok());
    REQUIRE(store.submit({kEducation, 2023}).ok());
    nb::report::Report police = nb::test::cleanReport(kPolice, 2023);
    police.cells.insert(QStringLiteral("requests.new.natural"), nb::report::Decimal::fromInteger(400)); // R3-BALANCE
    REQUIRE(store.create(police).ok());
    REQUIRE(store.addAgency({kDistrict, nb::report::AgencyKind::Government, QString()}).ok());
    REQUIRE(store.setParent(kEducation, kCity).ok());
    REQUIRE(store.setParent(kPolice, kCity).ok());
}

BoardWindow *shownBoard(nb::ui::MainWindow &window)
{
    BoardWindow *board = window.showBoard();
    REQUIRE(board);
    REQUIRE(QTest::qWaitForWindowExposed(board));
    REQUIRE(board->year() == 2023); // the open report's year
    return board;
}

QStringList shownAgencies(const BoardWindow &board)
{
    QStringList out;
    for (const auto &row : board.proxy()->shownRows())
        out << row.agency;
    return out;
}

const nb::collection::BoardRow &rowOf(const BoardWindow &board, const QString &agency)
{
    const auto &rows = board.model()->board().rows;
    for (const auto &row : rows)
        if (row.agency == agency)
            return row;
    FAIL("no board row for " << agency.toStdString());
    return rows.first();
}

QString readText(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

} // namespace

TEST_CASE("报送情况 lists every agency with its status and counts, in tree order, with the summary", "[ui][collection][board]")
{
    UiFixture f;
    fill(f.store);
    BoardWindow *board = shownBoard(*f.window);
    CHECK(board->node().isEmpty());
    CHECK(board->nodeBox()->itemText(0) == QStringLiteral("全部机关"));
    CHECK(board->nodeBox()->findData(kPolice) > 0);
    // Tree order: the top agencies (the district, the city) in name order, each followed by those below it.
    CHECK(shownAgencies(*board) == QStringList{kDistrict, kCity, kPolice, kEducation});
    CHECK(board->model()->columnCount() == nb::collection::boardHeader().size());
    for (int c = 0; c < board->model()->columnCount(); ++c)
        CHECK(board->model()->headerData(c, Qt::Horizontal).toString() == nb::collection::boardHeader().at(c));
    CHECK(rowOf(*board, kEducation).status == CollectionStatus::Submitted);
    CHECK(rowOf(*board, kPolice).errors > 0);
    CHECK(rowOf(*board, kDistrict).status == CollectionStatus::Missing);
    // As shown: the status named.
    const int education = int(shownAgencies(*board).indexOf(kEducation));
    CHECK(board->proxy()->index(education, BoardModel::Status).data().toString() == QStringLiteral("已报送"));
    CHECK(board->summaryText() == nb::collection::boardSummary(board->model()->board()));
    CHECK(board->summaryText().contains(QStringLiteral("共 4 个机关")));

    // A node: only what is below it.
    board->setNode(kCity);
    CHECK(shownAgencies(*board) == QStringList{kPolice, kEducation});
    CHECK(board->summaryText().contains(QStringLiteral("共 2 个机关")));
}

TEST_CASE("报送情况 filters by the board's filters and sorts by value", "[ui][collection][board]")
{
    UiFixture f;
    fill(f.store);
    BoardWindow *board = shownBoard(*f.window);
    REQUIRE(board->filterBox()->count() == nb::collection::allFilters().size());
    for (int i = 0; i < board->filterBox()->count(); ++i)
        CHECK(board->filterBox()->itemText(i) == nb::collection::filterLabel(nb::collection::allFilters().at(i)));

    board->setFilter(BoardFilter::HasErrors);
    CHECK(shownAgencies(*board) == QStringList{kPolice});
    CHECK(board->summaryText().contains(QStringLiteral("显示 1 个")));
    board->setFilter(BoardFilter::NotSubmitted);
    CHECK(shownAgencies(*board) == QStringList{kDistrict, kCity, kPolice});
    board->setFilter(BoardFilter::Missing);
    CHECK(shownAgencies(*board) == QStringList{kDistrict});
    board->setFilter(BoardFilter::All);

    // By the status (in the statuses' order), then by errors, most first.
    board->table()->sortByColumn(BoardModel::Status, Qt::DescendingOrder);
    CHECK(shownAgencies(*board).first() == kEducation);
    CHECK(shownAgencies(*board).last() == kDistrict);
    board->table()->sortByColumn(BoardModel::Errors, Qt::DescendingOrder);
    CHECK(shownAgencies(*board).first() == kPolice);
}

TEST_CASE("报送情况 opens a row's report in the main window with Enter", "[ui][collection][board]")
{
    UiFixture f;
    fill(f.store);
    BoardWindow *board = shownBoard(*f.window);
    QTableView *table = board->table();
    const int education = int(shownAgencies(*board).indexOf(kEducation));
    table->setFocus();
    table->setCurrentIndex(board->proxy()->index(education, 0));
    QTest::keyClick(table, Qt::Key_Return);
    QCoreApplication::processEvents();
    REQUIRE(f.window->session());
    CHECK(f.window->session()->id() == nb::store::ReportId{kEducation, 2023});

    // An agency without a report: said in the board, nothing opened.
    const int district = int(shownAgencies(*board).indexOf(kDistrict));
    CHECK_FALSE(board->openRow(district));
    CHECK(board->messageText().contains(kDistrict));
    CHECK(f.window->session()->id() == nb::store::ReportId{kEducation, 2023});
}

namespace {
// The board's PDF: one landscape A4 page, text at sizes one reads on paper
// (it came out at 1/12 scale once: a 2 pt title in the page's corner), the
// table across the page within its margins.
void requirePrintedSize(const QString &pdf)
{
    const QList<nb::test::PdfPage> pages = nb::test::pdfWords(pdf);
    REQUIRE(pages.size() == 1);
    const nb::test::PdfPage &sheet = pages.first();
    CHECK(sheet.size.width() > sheet.size.height()); // landscape
    const nb::test::PdfWord *rule = sheet.find(QStringLiteral("R3-BALANCE")); // a word of a table cell
    REQUIRE(rule);
    INFO("cell word " << rule->box.height() << " pt high, page " << sheet.size.width() << " pt wide, text to "
                      << sheet.rightmost() << " pt");
    CHECK(rule->box.height() >= 7);
    CHECK(rule->box.height() <= 20);
    const nb::test::PdfWord *title = sheet.find(QStringLiteral("报送情况"));
    REQUIRE(title);
    CHECK(title->box.height() > rule->box.height());
    CHECK(title->box.height() <= 30);
    CHECK(sheet.rightmost() > 0.6 * sheet.size.width());
    CHECK(sheet.rightmost() < sheet.size.width() - 28); // inside a 10 mm margin
}
} // namespace

TEST_CASE("报送情况 exports what it shows as CSV, a web page and a PDF with readable text", "[ui][collection][board]")
{
    UiFixture f;
    fill(f.store);
    BoardWindow *board = shownBoard(*f.window);
    board->setFilter(BoardFilter::NotSubmitted);
    QTemporaryDir dir;
    REQUIRE(dir.isValid());

    const QString csv = dir.filePath(QStringLiteral("board.csv"));
    REQUIRE(board->exportCsv(csv).ok());
    const QString csvText = readText(csv);
    CHECK(csvText.contains(nb::collection::boardHeader().join(QLatin1Char(','))));
    CHECK(csvText.contains(kPolice));
    CHECK(csvText.contains(kDistrict));
    CHECK_FALSE(csvText.contains(kEducation)); // submitted: filtered out
    CHECK(csvText.contains(QStringLiteral("未开始")));

    const QString html = dir.filePath(QStringLiteral("board.html"));
    REQUIRE(board->exportHtml(html).ok());
    const QString page = readText(html);
    CHECK(page.contains(QStringLiteral("2023 年度报告报送情况")));
    CHECK(page.contains(QStringLiteral("<table")));
    CHECK(page.contains(kPolice));
    CHECK_FALSE(page.contains(kEducation));
    CHECK(page.contains(QStringLiteral("审核人")));

    const QString pdf = dir.filePath(QStringLiteral("board.pdf"));
    REQUIRE(board->exportPdf(pdf).ok());
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    REQUIRE_FALSE(pdftotext.isEmpty()); // poppler-utils: the test cannot read the PDF without it
    QProcess read;
    read.start(pdftotext, {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(read.waitForFinished(20000));
    REQUIRE(read.exitCode() == 0);
    // NFKC: Qt writes some ideographs of the CJK fonts as Kangxi radicals (示 as ⽰).
    const QString text = QString::fromUtf8(read.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("报送情况")));
    CHECK(text.contains(kPolice));
    CHECK(text.contains(kDistrict));
    CHECK_FALSE(text.contains(kEducation));
    CHECK(text.contains(QStringLiteral("R3-BALANCE")));
    CHECK(text.count(QChar(0x000C)) <= 1); // one page: at most the form feed that ends it
    requirePrintedSize(pdf);
}

TEST_CASE("报送情况 prints at real text sizes on the landscape page the PDF has", "[ui][collection][board]")
{
    UiFixture f;
    fill(f.store);
    BoardWindow *board = shownBoard(*f.window);
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString pdf = dir.filePath(QStringLiteral("printed.pdf"));
    {
        // Like the print dialog's printer: high resolution, A4 landscape.
        QPdfWriter writer(pdf);
        writer.setResolution(1200);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(QPageLayout::Landscape);
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        board->print(&writer);
    }
    requirePrintedSize(pdf);
}

TEST_CASE("报送情况 of many agencies flows onto more pages with text as large as on one", "[ui][collection][board]")
{
    UiFixture f;
    fill(f.store);
    for (int i = 1; i <= 60; ++i) {
        const QString name = QStringLiteral("示例市第%1局").arg(i);
        REQUIRE(f.store.addAgency({name, nb::report::AgencyKind::Department, QString()}).ok());
        REQUIRE(f.store.setParent(name, kCity).ok());
    }
    BoardWindow *board = shownBoard(*f.window);
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString pdf = dir.filePath(QStringLiteral("board.pdf"));
    REQUIRE(board->exportPdf(pdf).ok());
    const QList<nb::test::PdfPage> pages = nb::test::pdfWords(pdf);
    REQUIRE(pages.size() >= 2); // not shrunk onto one sheet
    double first = 0;
    for (const nb::test::PdfPage &page : pages) {
        const nb::test::PdfWord *agency = page.find(QStringLiteral("示例市第"));
        REQUIRE(agency);
        INFO(agency->text.toStdString() << " " << agency->box.height() << " pt high");
        CHECK(agency->box.height() >= 7);
        CHECK(agency->box.height() <= 20);
        if (first == 0)
            first = agency->box.height();
        CHECK(std::abs(agency->box.height() - first) < 0.1);
        CHECK(page.rightmost() > 0.6 * page.size.width());
    }
    CHECK(pages.last().find(QStringLiteral("审核人")));
}

TEST_CASE("报送情况 follows edits made by another program on the same database", "[ui][collection][board][elsewhere]")
{
    nb::test::SqliteWindow w;
    BoardWindow *board = shownBoard(*w.window);
    REQUIRE(board->model()->rowCount() == 1);
    CHECK(rowOf(*board, w.id.agency).errors == 0);

    auto opened = nb::storage::SqliteReportStore::open(w.path); // another program's connection
    REQUIRE(opened.ok());
    nb::storage::SqliteReportStore &other = *opened.value();
    // A figure that breaks a balance: the board counts the error.
    nb::report::Report edited = other.load(w.id).value();
    edited.cells.insert(QStringLiteral("requests.new.natural"), nb::report::Decimal::fromInteger(400));
    nb::store::ChangeHint hint;
    hint.cells << QStringLiteral("requests.new.natural");
    REQUIRE(other.write(edited, hint).ok());
    REQUIRE(QTest::qWaitFor([&] { return rowOf(*board, w.id.agency).errors > 0; }, 10000));
    CHECK(board->summaryText().contains(QStringLiteral("有错误 1")));

    // A new agency's report: a new row, counted.
    REQUIRE(other.create(nb::test::cleanReport(kEducation, w.id.year)).ok());
    REQUIRE(QTest::qWaitFor([&] { return board->model()->rowCount() == 2; }, 10000));
    CHECK(board->summaryText().contains(QStringLiteral("共 2 个机关")));
}
