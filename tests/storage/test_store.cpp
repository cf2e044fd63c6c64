// The store's behaviour: round trips, partial writes, the final lock,
// snapshots and the audit log, renaming, import and new-year.
#include "core/report/engine.h"
#include "tests/storage/storage_fixture.h"

#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace nb;
using namespace nb::report;
using nb::session::ChangeHint;
using nb::session::ReportId;

namespace {

const QString kAgency = QStringLiteral("示例市人民政府");

struct Fixture {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("nianbao.sqlite3"));
    std::unique_ptr<storage::SqliteReportStore> store = test::openOrFail(path);
    Report full = test::packageFixture(QStringLiteral("full-2023.nianbao.json"));
    Report previous = test::packageFixture(QStringLiteral("full-2022.nianbao.json"));
};

QStringList actions(storage::SqliteReportStore &store, const ReportId &id)
{
    QStringList list;
    const auto log = store.auditLog(id).value(); // a copy: the Result is a temporary
    for (const auto &entry : log)
        list << entry.action;
    return list;
}

QStringList reasons(storage::SqliteReportStore &store, const ReportId &id)
{
    QStringList list;
    const auto snapshots = store.snapshots(id).value();
    for (const auto &s : snapshots)
        list << s.reason;
    return list;
}

} // namespace

TEST_CASE("a report is stored and read back exactly", "[storage]")
{
    Fixture f;
    f.full.cells[QStringLiteral("active.fees.amount")] = *Decimal::fromString(QStringLiteral("4166.241600"));
    f.full.documentNumber = QStringLiteral("示政办〔2024〕1号");
    f.full.publishDate = QDate(2024, 3, 20);
    f.full.explanations[QStringLiteral("X-STOCK")] = QStringLiteral("本年修订文件计入制发");
    f.full.textsToRevise = QStringList{QStringLiteral("problems")};
    REQUIRE(f.store->create(f.full).ok());
    const Report back = f.store->load({kAgency, 2023}).value();
    CHECK(back == f.full);
    CHECK(back.cells.value(QStringLiteral("active.fees.amount")).toString() == QStringLiteral("4166.241600"));

    // A second store on the same file (a restart) reads the same.
    f.store.reset();
    CHECK(test::openOrFail(f.path)->load({kAgency, 2023}).value() == f.full);
}

TEST_CASE("creating twice and loading a missing report are refused with codes", "[storage]")
{
    Fixture f;
    REQUIRE(f.store->create(f.full).ok());
    CHECK(f.store->create(f.full).error().code == QStringLiteral("store.exists"));
    const auto missing = f.store->load({kAgency, 1999});
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == QStringLiteral("store.not-found"));
    CHECK(missing.error().message.contains(QStringLiteral("1999")));
}

TEST_CASE("write stores only what the hint names", "[storage]")
{
    Fixture f;
    REQUIRE(f.store->create(f.full).ok());
    const QString changed = QStringLiteral("requests.new.natural");
    const QString cleared = QStringLiteral("requests.new.legal");
    const QString untouched = QStringLiteral("requests.new.research");
    Report edited = f.full;
    edited.cells[changed] = Decimal::fromInteger(1234);
    edited.cells.remove(cleared);
    edited.cells[untouched] = Decimal::fromInteger(777); // changed in memory, but not in the hint
    edited.texts[QStringLiteral("problems")] = QStringLiteral("新的问题");
    REQUIRE(f.store->write(edited, ChangeHint{{changed, cleared}, {QStringLiteral("problems")}, false, false}).ok());

    const Report back = f.store->load({kAgency, 2023}).value();
    CHECK(back.cells.value(changed) == Decimal::fromInteger(1234));
    CHECK_FALSE(back.cells.contains(cleared)); // blank, not 0
    CHECK(back.cells.value(untouched) == f.full.cells.value(untouched));
    CHECK(back.texts.value(QStringLiteral("problems")) == QStringLiteral("新的问题"));
    CHECK(back.cellNotes == f.full.cellNotes);

    edited.cellNotes[changed] = QStringLiteral("其中修订16件");
    edited.agencyKind = AgencyKind::Department;
    REQUIRE(f.store->write(edited, ChangeHint{{}, {}, true, false}).ok());
    const Report meta = f.store->load({kAgency, 2023}).value();
    CHECK(meta.cellNotes.value(changed) == QStringLiteral("其中修订16件"));
    CHECK(meta.agencyKind == AgencyKind::Department);

    REQUIRE(f.store->write(edited, ChangeHint{{}, {}, false, true}).ok());
    CHECK(f.store->load({kAgency, 2023}).value() == edited);
    CHECK(f.store->revision({kAgency, 2023}).value() == 3);
}

TEST_CASE("a final report refuses every write until reopened with a reason", "[storage]")
{
    Fixture f;
    REQUIRE(f.store->create(f.full).ok());
    const ReportId id{kAgency, 2023};
    REQUIRE(f.store->setStatus(id, ReportStatus::Final, {}).ok());
    CHECK(f.store->load(id).value().status == ReportStatus::Final);

    Report edited = f.full;
    edited.cells[QStringLiteral("requests.new.natural")] = Decimal::fromInteger(1);
    const auto refused = f.store->write(edited, ChangeHint{{QStringLiteral("requests.new.natural")}, {}, false, false});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == QStringLiteral("store.final"));
    CHECK(f.store->load(id).value().cells == f.full.cells);
    const qint64 manual = f.store->takeSnapshot(id, {}).value();
    CHECK(f.store->restore(manual).error().code == QStringLiteral("store.final"));
    CHECK(f.store->importReports({f.full}, true).error().code == QStringLiteral("store.final"));

    CHECK(f.store->setStatus(id, ReportStatus::Draft, QStringLiteral("  ")).error().code == QStringLiteral("store.reason-required"));
    REQUIRE(f.store->setStatus(id, ReportStatus::Draft, QStringLiteral("发现申请数量填错")).ok());
    CHECK(f.store->write(edited, ChangeHint{{QStringLiteral("requests.new.natural")}, {}, false, false}).ok());

    const auto log = f.store->auditLog(id).value();
    REQUIRE(log.size() == 2);
    CHECK(log[0].action == QStringLiteral("finalise"));
    CHECK(log[0].snapshotId > 0);
    CHECK(f.store->snapshot(log[0].snapshotId).value().status == ReportStatus::Final);
    CHECK(log[1].action == QStringLiteral("reopen"));
    CHECK(log[1].reason == QStringLiteral("发现申请数量填错"));
}

TEST_CASE("finalising needs zero errors and an explanation for each warning", "[storage]")
{
    Fixture f;
    const ReportId id{kAgency, 2023};
    Report broken = f.full;
    broken.cells[QStringLiteral("requests.new.natural")] = broken.cells.value(QStringLiteral("requests.new.natural")) + Decimal::fromInteger(5);
    REQUIRE(f.store->create(broken).ok());
    const auto errors = f.store->setStatus(id, ReportStatus::Final, {});
    REQUIRE_FALSE(errors.ok());
    CHECK(errors.error().code == QStringLiteral("store.has-errors"));
    CHECK(errors.error().message.contains(QStringLiteral("R3-BALANCE")));

    Report warned = f.full;
    warned.texts.remove(QStringLiteral("problems")); // RS-TEXT-EMPTY is a warning
    REQUIRE(f.store->write(warned, ChangeHint{{}, {}, false, true}).ok());
    const auto unexplained = f.store->setStatus(id, ReportStatus::Final, {});
    REQUIRE_FALSE(unexplained.ok());
    CHECK(unexplained.error().code == QStringLiteral("store.unexplained"));
    CHECK(unexplained.error().message.contains(QStringLiteral("RS-TEXT-EMPTY")));
    CHECK(f.store->load(id).value().status == ReportStatus::Draft);

    warned.explanations[QStringLiteral("RS-TEXT-EMPTY")] = QStringLiteral("本年度无需报告的问题");
    REQUIRE(f.store->write(warned, ChangeHint{{}, {}, true, false}).ok());
    CHECK(f.store->setStatus(id, ReportStatus::Final, {}).ok());
}

TEST_CASE("finalising checks the cross-year rules against the stored previous year", "[storage]")
{
    Fixture f;
    REQUIRE(f.store->create(f.previous).ok());
    Report wrongCarry = f.full;
    wrongCarry.cells[QStringLiteral("requests.carried_in.natural")] = Decimal::fromInteger(9);
    wrongCarry.cells[QStringLiteral("requests.new.natural")] = wrongCarry.cells.value(QStringLiteral("requests.new.natural")) - Decimal::fromInteger(8);
    REQUIRE(f.store->create(wrongCarry).ok());
    const auto refused = f.store->setStatus({kAgency, 2023}, ReportStatus::Final, {});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("X-CARRY")));
}

TEST_CASE("snapshots are listed, viewable and restorable, and restore is logged", "[storage]")
{
    Fixture f;
    const ReportId id{kAgency, 2023};
    REQUIRE(f.store->create(f.full).ok());
    const qint64 manual = f.store->takeSnapshot(id, QStringLiteral("手动")).value();
    Report edited = f.full;
    edited.texts[QStringLiteral("overview")] = QStringLiteral("改写后的总体情况");
    REQUIRE(f.store->write(edited, ChangeHint{{}, {QStringLiteral("overview")}, false, false}).ok());
    CHECK(f.store->snapshot(manual).value().texts == f.full.texts);

    REQUIRE(f.store->restore(manual).ok());
    CHECK(f.store->load(id).value() == f.full);
    CHECK(reasons(*f.store, id) == QStringList{QStringLiteral("手动"), QStringLiteral("恢复前")});
    // What restore replaced is itself kept.
    const auto list = f.store->snapshots(id).value();
    CHECK(f.store->snapshot(list.last().id).value().texts.value(QStringLiteral("overview")) == QStringLiteral("改写后的总体情况"));
    CHECK(actions(*f.store, id) == QStringList{QStringLiteral("restore")});
    CHECK(f.store->restore(987654).error().code == QStringLiteral("store.not-found"));
}

TEST_CASE("renaming an agency keeps its reports and history", "[storage]")
{
    Fixture f;
    REQUIRE(f.store->importReports({f.previous, f.full}, false).ok());
    const QString renamed = QStringLiteral("示例市人民政府办公室");
    REQUIRE(f.store->renameAgency(kAgency, renamed).ok());
    CHECK(f.store->load({kAgency, 2023}).error().code == QStringLiteral("store.not-found"));
    const Report moved = f.store->load({renamed, 2023}).value();
    CHECK(moved.agencyName == renamed);
    CHECK(moved.cells == f.full.cells);
    CHECK(actions(*f.store, {renamed, 2022}) == QStringList{QStringLiteral("import")});
    CHECK(f.store->renameAgency(QStringLiteral("不存在的局"), QStringLiteral("新名")).error().code == QStringLiteral("store.not-found"));
    Report other = f.full;
    other.agencyName = QStringLiteral("另一个局");
    REQUIRE(f.store->create(other).ok());
    CHECK(f.store->renameAgency(renamed, other.agencyName).error().code == QStringLiteral("store.exists"));
}

TEST_CASE("import is all or nothing, keeps existing drafts unless replacing, snapshots and logs", "[storage]")
{
    Fixture f;
    REQUIRE(f.store->importReports({f.previous}, false).ok());
    const ReportId id{kAgency, 2022};
    CHECK(reasons(*f.store, id) == QStringList{QStringLiteral("导入")});

    Report changed = f.previous;
    changed.texts[QStringLiteral("other")] = QStringLiteral("新导入的文字");
    const auto refused = f.store->importReports({f.full, changed}, false);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == QStringLiteral("store.exists"));
    CHECK(f.store->load({kAgency, 2023}).error().code == QStringLiteral("store.not-found")); // rolled back
    CHECK(f.store->load(id).value().texts == f.previous.texts);

    REQUIRE(f.store->importReports({changed}, true).ok());
    CHECK(f.store->load(id).value().texts.value(QStringLiteral("other")) == QStringLiteral("新导入的文字"));
    const auto list = f.store->snapshots(id).value();
    CHECK(reasons(*f.store, id) == QStringList{QStringLiteral("导入"), QStringLiteral("导入前"), QStringLiteral("导入")});
    CHECK(f.store->snapshot(list[1].id).value().texts == f.previous.texts);
    CHECK(actions(*f.store, id) == QStringList{QStringLiteral("import"), QStringLiteral("import")});

    Report final = f.previous;
    final.status = ReportStatus::Final;
    final.agencyName = QStringLiteral("定稿导入局");
    REQUIRE(f.store->importReports({final}, false).ok());
    CHECK(f.store->load({final.agencyName, 2022}).value().status == ReportStatus::Draft);
}

TEST_CASE("new-year starts year Y from the stored Y-1 and refuses what it must", "[storage]")
{
    Fixture f;
    REQUIRE(f.store->create(f.previous).ok());
    const auto made = f.store->newYear(kAgency, 2023, false);
    REQUIRE(made.ok());
    const Report stored = f.store->load({kAgency, 2023}).value();
    CHECK(stored == made.value());
    CHECK(stored.cells.value(QStringLiteral("requests.carried_in.natural"))
          == f.previous.cells.value(QStringLiteral("requests.carried_out.natural")));
    CHECK_FALSE(stored.cells.contains(QStringLiteral("requests.new.natural")));
    CHECK_FALSE(stored.textsToRevise.isEmpty());
    CHECK(reasons(*f.store, {kAgency, 2023}) == QStringList{QStringLiteral("新年度")});
    CHECK(actions(*f.store, {kAgency, 2023}) == QStringList{QStringLiteral("new-year")});

    // The cross-year rules find the stored previous year: X-CARRY holds.
    Engine engine;
    engine.setPrevious(f.store->load({kAgency, 2022}).value());
    engine.load(stored);
    for (const auto &finding : engine.findings())
        CHECK(finding.rule != QStringLiteral("X-CARRY"));

    CHECK(f.store->newYear(kAgency, 2023, false).error().code == QStringLiteral("store.exists"));
    Report edited = stored;
    edited.texts[QStringLiteral("overview")] = QStringLiteral("已经写了一半");
    REQUIRE(f.store->write(edited, ChangeHint{{}, {QStringLiteral("overview")}, false, false}).ok());
    REQUIRE(f.store->newYear(kAgency, 2023, true).ok());
    const auto snaps = f.store->snapshots({kAgency, 2023}).value();
    CHECK(reasons(*f.store, {kAgency, 2023}) == QStringList{QStringLiteral("新年度"), QStringLiteral("新年度替换前"), QStringLiteral("新年度")});
    CHECK(f.store->snapshot(snaps[1].id).value().texts.value(QStringLiteral("overview")) == QStringLiteral("已经写了一半"));

    const auto missing = f.store->newYear(kAgency, 2030, false);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == QStringLiteral("store.no-previous"));
    CHECK(f.store->load({kAgency, 2030}).error().code == QStringLiteral("store.not-found"));
}

TEST_CASE("list names every agency and year with status", "[storage]")
{
    Fixture f;
    REQUIRE(f.store->importReports({f.previous, f.full}, false).ok());
    REQUIRE(f.store->setStatus({kAgency, 2022}, ReportStatus::Final, {}).ok());
    const auto list = f.store->list().value();
    REQUIRE(list.size() == 2);
    CHECK(list[0].id == ReportId{kAgency, 2022});
    CHECK(list[0].status == ReportStatus::Final);
    CHECK(list[0].kind == AgencyKind::Government);
    CHECK(list[1].id == ReportId{kAgency, 2023});
    CHECK(list[1].status == ReportStatus::Draft);
    CHECK(list[1].updated.isValid());
}
