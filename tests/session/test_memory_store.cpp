// MemoryReportStore keeps the ReportStore contract the window relies on:
// import with replace (snapshot first, audit) and rename refusals.
#include "tests/session/session_fixture.h"

#include <catch2/catch.hpp>

using nb::session::MemoryReportStore;
using nb::session::ReportId;

namespace {
QStringList reasons(MemoryReportStore &store, const ReportId &id)
{
    QStringList out;
    const auto snapshots = store.snapshots(id).value(); // a copy: the Result is a temporary
    for (const auto &s : snapshots)
        out << s.reason;
    return out;
}
} // namespace

TEST_CASE("importReport creates, refuses an existing report unless replace, and snapshots before replacing", "[session][store]")
{
    MemoryReportStore store;
    nb::report::Report r = nb::test::loadFixture(QStringLiteral("full-2023.nianbao.json"));
    const ReportId id{r.agencyName, r.year};
    REQUIRE(store.importReport(r, false).ok());
    CHECK(store.load(id)->cells == r.cells);
    CHECK(reasons(store, id) == QStringList{QStringLiteral("导入")});

    nb::report::Report changed = r;
    changed.cells.insert(changed.cells.firstKey(), nb::report::Decimal::fromInteger(987654));
    CHECK(store.importReport(changed, false).error().code == QStringLiteral("store.exists"));
    CHECK(store.load(id)->cells == r.cells);

    REQUIRE(store.importReport(changed, true).ok());
    CHECK(store.load(id)->cells == changed.cells);
    const auto snaps = store.snapshots(id).value();
    REQUIRE(snaps.size() == 3);
    CHECK(snaps[1].reason == QStringLiteral("导入前"));
    CHECK(store.snapshot(snaps[1].id)->cells == r.cells);
    CHECK(store.auditLog().count(QStringLiteral("import:%1 %2").arg(id.agency).arg(id.year)) == 2);

    REQUIRE(store.setStatus(id, nb::report::ReportStatus::Final, QString()).ok());
    CHECK(store.importReport(r, true).error().code == QStringLiteral("store.final"));
}

TEST_CASE("renameAgency moves every year and refuses empty, used or unknown names", "[session][store]")
{
    MemoryReportStore store;
    const nb::report::Report r2022 = nb::test::loadFixture(QStringLiteral("full-2022.nianbao.json"));
    const nb::report::Report r2023 = nb::test::loadFixture(QStringLiteral("full-2023.nianbao.json"));
    REQUIRE(store.create(r2022).ok());
    REQUIRE(store.create(r2023).ok());
    nb::report::Report other;
    other.agencyName = QStringLiteral("示例县教育局");
    other.year = 2023;
    REQUIRE(store.create(other).ok());
    REQUIRE(store.takeSnapshot({r2023.agencyName, 2023}, QStringLiteral("手动")).ok());

    CHECK(store.renameAgency(r2023.agencyName, QStringLiteral(" ")).error().code == QStringLiteral("store.invalid"));
    CHECK(store.renameAgency(r2023.agencyName, other.agencyName).error().code == QStringLiteral("store.exists"));
    CHECK(store.renameAgency(QStringLiteral("不存在的局"), QStringLiteral("新名")).error().code == QStringLiteral("store.not-found"));
    CHECK(store.load({r2023.agencyName, 2023}).ok());

    const QString renamed = QStringLiteral("示例市政府");
    REQUIRE(store.renameAgency(r2023.agencyName, renamed).ok());
    CHECK(store.load({renamed, 2022})->cells == r2022.cells);
    CHECK(store.load({renamed, 2023})->agencyName == renamed);
    CHECK_FALSE(store.load({r2023.agencyName, 2023}).ok());
    CHECK(store.snapshots({renamed, 2023})->size() == 1); // the history goes with the reports
}
