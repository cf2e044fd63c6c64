// The collection board: statuses, counts, last change and who, filters, the
// tree order, exports; counts kept by the store and checked again only when a
// report (or its previous year) changed — also when another program changed it.
#include "core/collection/agency_tree.h"
#include "core/collection/board.h"
#include "core/collection/board_export.h"
#include "core/collection/report_checks.h"
#include "core/interchange/package.h"
#include "core/report/definition.h"
#include "tests/collection/collection_fixture.h"
#include "tests/store/store_factories.h"
#include "tests/support/catch_qt.h"
#include "tests/support/fixtures.h"
#include "tests/support/office_names.h"

#include <QProcess>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace nb;
using namespace nb::report;
using nb::collection::Board;
using nb::collection::BoardFilter;
using nb::collection::BoardRow;

using namespace nb::test::office;

namespace {

const BoardRow &rowOf(const Board &board, const QString &agency)
{
    for (const BoardRow &row : board.rows)
        if (row.agency == agency)
            return row;
    FAIL("no board row for " << agency.toStdString());
    return board.rows.first();
}

QStringList agencies(const QList<BoardRow> &rows)
{
    QStringList out;
    for (const BoardRow &r : rows)
        out << r.agency;
    return out;
}

QList<BoardRow> filtered(const Board &board, BoardFilter filter)
{
    QList<BoardRow> out;
    for (const BoardRow &r : board.rows)
        if (collection::matches(r, filter))
            out << r;
    return out;
}

// city ← education (final, submitted), police (draft with an error), district ← district office (none)
void fill(store::ReportStore &store)
{
    REQUIRE(store.addAgency({kCity, AgencyKind::Government, {}}).ok());
    REQUIRE(store.addAgency({kDistrict, AgencyKind::Government, kCity}).ok());
    REQUIRE(store.addAgency({kDistrictOffice, AgencyKind::Department, kDistrict}).ok());
    for (const QString &name : {kEducation, kPolice}) {
        Report r = test::cleanReport(name, 2023);
        r.agencyParent = kCity;
        REQUIRE(store.create(test::cleanReport(name, 2022)).ok());
        REQUIRE(store.create(r).ok());
    }
    REQUIRE(store.setStatus({kEducation, 2023}, ReportStatus::Final, {}).ok());
    REQUIRE(store.submit({kEducation, 2023}).ok());
    Report broken = store.load({kPolice, 2023}).value();
    broken.cells[QStringLiteral("requests.new.natural")] = test::plus(broken.cells[QStringLiteral("requests.new.natural")], Decimal::fromInteger(2));
    broken.texts.remove(QStringLiteral("problems")); // RS-TEXT-EMPTY: a warning without 说明
    REQUIRE(store.write(broken, {{}, {}, false, true}).ok());
}

} // namespace

TEMPLATE_TEST_CASE("board: every agency below the node with status, counts, last change and who", "[collection][board]",
                   NB_STORE_FACTORIES)
{
    TestType factory;
    auto store = factory.make();
    fill(*store);
    const Board board = collection::loadBoard(*store, kCity, 2023).value();
    QStringList sorted = agencies(board.rows);
    std::sort(sorted.begin(), sorted.end());
    QStringList expected{kEducation, kPolice, kDistrict, kDistrictOffice};
    std::sort(expected.begin(), expected.end());
    CHECK(sorted == expected); // every one below, none twice, not the node
    // Tree order: each agency right after its parent's subtree starts.
    const QStringList order = agencies(board.rows);
    CHECK(order.indexOf(kDistrictOffice) == order.indexOf(kDistrict) + 1);

    const BoardRow &education = rowOf(board, kEducation);
    CHECK(education.status == CollectionStatus::Submitted);
    CHECK(education.errors == 0);
    CHECK(education.depth == 0);
    CHECK(education.parent == kCity);
    CHECK(education.updatedBy == store::currentUserName());
    CHECK(education.updated.isValid());

    const BoardRow &police = rowOf(board, kPolice);
    CHECK(police.status == CollectionStatus::Draft);
    CHECK(police.errors >= 1);
    CHECK(police.errorRules.contains(QStringLiteral("R3-BALANCE")));
    CHECK(police.unexplained >= 1);

    const BoardRow &office = rowOf(board, kDistrictOffice);
    CHECK(office.status == CollectionStatus::Missing);
    CHECK(office.depth == 1);
    CHECK_FALSE(office.updated.isValid());

    CHECK(board.count(CollectionStatus::Submitted) == 1);
    CHECK(board.count(CollectionStatus::Missing) == 2);
    CHECK(board.withErrors() == 1);
    CHECK(agencies(filtered(board, BoardFilter::HasErrors)) == QStringList{kPolice});
    CHECK(agencies(filtered(board, BoardFilter::NotSubmitted)).size() == 3);
    CHECK_FALSE(agencies(filtered(board, BoardFilter::NotSubmitted)).contains(kEducation));
    CHECK(agencies(filtered(board, BoardFilter::Missing)) == QStringList{kDistrict, kDistrictOffice});

    // A subtree's board; the whole tree's.
    CHECK(agencies(collection::loadBoard(*store, kDistrict, 2023).value().rows) == QStringList{kDistrictOffice});
    CHECK(collection::loadBoard(*store, QString(), 2023).value().rows.size() == 5);
    CHECK(collection::loadBoard(*store, QStringLiteral("没有的机关"), 2023).error().code
          == QStringLiteral("collection.node"));

    // A returned report shows its reason.
    REQUIRE(store->returnReport({kEducation, 2023}, QStringLiteral("请补充说明")).ok());
    const Board after = collection::loadBoard(*store, kCity, 2023).value();
    CHECK(rowOf(after, kEducation).status == CollectionStatus::Returned);
    CHECK(rowOf(after, kEducation).returnReason == QStringLiteral("请补充说明"));
    CHECK(agencies(filtered(after, BoardFilter::Returned)) == QStringList{kEducation});
}

TEMPLATE_TEST_CASE("board: counts are kept and checked again only for reports that changed", "[collection][board]",
                   NB_STORE_FACTORIES)
{
    TestType factory;
    auto store = factory.make();
    fill(*store);
    const auto first = collection::checkedStates(*store, 2023).value();
    REQUIRE(first.size() == 2);
    // Kept: the next read finds every count current.
    const auto kept = store->reportStates(2023).value();
    for (const auto &s : kept)
        CHECK(s.checkIsCurrent());

    // Fixing the police report makes only its counts stale; the board shows the fix.
    Report fixed = test::cleanReport(kPolice, 2023);
    REQUIRE(store->write(fixed, {{}, {}, false, true}).ok());
    int stale = 0;
    const auto states = store->reportStates(2023).value();
    for (const auto &s : states)
        stale += s.checkIsCurrent() ? 0 : 1;
    CHECK(stale == 1);
    const Board board = collection::loadBoard(*store, kCity, 2023).value();
    CHECK(rowOf(board, kPolice).errors == 0);
    CHECK(rowOf(board, kPolice).unexplained == 0);

    // A change of last year's report changes this year's X- rules.
    Report last = store->load({kPolice, 2022}).value();
    last.cells[QStringLiteral("requests.carried_out.natural")] = Decimal::fromInteger(30);
    REQUIRE(store->write(last, {{QStringLiteral("requests.carried_out.natural")}, {}, false, false}).ok());
    const Board next = collection::loadBoard(*store, kCity, 2023).value();
    CHECK(rowOf(next, kPolice).errorRules.contains(QStringLiteral("X-CARRY")));
}

TEMPLATE_TEST_CASE("board: several years checked together count as each year checked alone", "[collection][board]",
                   NB_STORE_FACTORIES)
{
    TestType togetherFactory, aloneFactory;
    auto together = togetherFactory.make();
    auto alone = aloneFactory.make();
    for (auto *store : {together.get(), alone.get()}) {
        fill(*store);
        // Last year's report of the police wrong too, and its carry-over into this year.
        Report last = store->load({kPolice, 2022}).value();
        last.cells[QStringLiteral("requests.carried_out.natural")] = Decimal::fromInteger(30);
        last.cells[QStringLiteral("requests.new.natural")] = test::plus(last.cells[QStringLiteral("requests.new.natural")], Decimal::fromInteger(1));
        REQUIRE(store->write(last, {{}, {}, false, true}).ok());
    }
    const auto both = collection::checkedStates(*together, QList<int>{2022, 2023}).value();
    QList<collection::CheckedState> each = collection::checkedStates(*alone, 2022).value();
    each += collection::checkedStates(*alone, 2023).value();
    REQUIRE(both.size() == each.size());
    REQUIRE(both.size() == 4);
    for (qsizetype i = 0; i < both.size(); ++i) {
        INFO(both[i].state.id.agency.toStdString() << " " << both[i].state.id.year);
        CHECK(both[i].state.id == each[i].state.id); // year after year, as given
        CHECK(both[i].check == each[i].check);
    }
    const auto police = std::find_if(both.begin(), both.end(), [](const collection::CheckedState &s) {
        return s.state.id == store::ReportId{kPolice, 2023};
    });
    REQUIRE(police != both.end());
    CHECK(police->check.errorRules.contains(QStringLiteral("X-CARRY")));
    for (int year : {2022, 2023}) {
        const auto states = together->reportStates(year);
        REQUIRE(states.ok());
        for (const auto &s : states.value())
            CHECK(s.checkIsCurrent()); // kept
    }
}

TEST_CASE("board: counts follow edits made by another program on the same database", "[collection][board]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("office.sqlite3"));
    auto opened = storage::SqliteReportStore::open(path);
    REQUIRE(opened.ok());
    auto &store = *opened.value();
    fill(store);
    REQUIRE(collection::loadBoard(store, kCity, 2023).value().withErrors() == 1);

    // The police send a corrected package; another process imports it.
    Report fixed = test::cleanReport(kPolice, 2023);
    const QString package = dir.filePath(QStringLiteral("police.nianbao.json"));
    REQUIRE(interchange::Package::writeFile(package, fixed, *Definition::builtin()).ok());
    QProcess cli;
    cli.start(QStringLiteral(NB_CLI_PATH), {QStringLiteral("import"), QStringLiteral("--db"), path,
                                            QStringLiteral("--replace"), package});
    REQUIRE(cli.waitForFinished(30000));
    INFO(cli.readAllStandardError().toStdString());
    REQUIRE(cli.exitCode() == 0);

    const Board board = collection::loadBoard(store, kCity, 2023).value();
    CHECK(board.withErrors() == 0);
    CHECK(rowOf(board, kPolice).errors == 0);
    CHECK(rowOf(board, kPolice).status == CollectionStatus::Draft);
}

TEST_CASE("board exports: CSV with a BOM and one line per row, HTML that names every agency", "[collection][board]")
{
    store::MemoryReportStore store;
    fill(store);
    const Board board = collection::loadBoard(store, kCity, 2023).value();
    const QByteArray csv = collection::boardCsv(board, board.rows);
    CHECK(csv.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(csv.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 5);
    CHECK(lines[0].startsWith(QStringLiteral("机关,上级机关,状态,错误,未说明的警告,最后修改,修改人")));
    CHECK(lines.filter(kPolice).constFirst().contains(QStringLiteral("草稿")));
    CHECK(lines.filter(kDistrictOffice).constFirst().contains(QStringLiteral("未开始")));

    const QString html = collection::boardHtml(board, board.rows);
    CHECK(html.contains(QStringLiteral("<title>示例市人民政府 2023 年度报告报送情况</title>")));
    for (const QString &name : {kEducation, kPolice, kDistrict, kDistrictOffice})
        CHECK(html.contains(name));
    CHECK(html.contains(QStringLiteral("class=\"error\"")));
    CHECK(html.contains(QStringLiteral("审核人")));
    CHECK_FALSE(html.contains(QStringLiteral("<script")));
}

TEST_CASE("agency tree: children in name order, everything below a node, depth", "[collection]")
{
    const collection::AgencyTree tree({{"市", AgencyKind::Government, {}},
                                       {"乙局", AgencyKind::Department, "市"},
                                       {"甲区", AgencyKind::Government, "市"},
                                       {"甲区局", AgencyKind::Department, "甲区"},
                                       {"孤儿", AgencyKind::Department, "不存在的上级"}});
    CHECK(tree.children(QString()) == QStringList{"孤儿", "市"});
    CHECK(tree.below("市") == QStringList{"乙局", "甲区", "甲区局"});
    CHECK(tree.below("甲区局").isEmpty());
    CHECK(tree.below(QString()).size() == 5);
    CHECK(tree.depth("甲区局") == 2);
    CHECK(tree.depth("市") == 0);
    CHECK_FALSE(tree.contains("丙"));
}
