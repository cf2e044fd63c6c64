// Access on a shared server (contract §10), enforced by the server: each role
// connects through the product (the store) and with plain SQL (as with psql)
// and tries what it may not do; every attempt is refused by the server — an
// error, or no row seen or changed — and the data are as they were.
#include "core/storage/postgres/pg_migrations.h"
#include "core/storage/postgres/pg_server_admin.h"
#include "tests/postgres/office_fixture.h"
#include "tests/support/catch_qt.h"
#include "tests/support/fixtures.h"

#include <catch2/catch.hpp>

using namespace nb;
using namespace nb::report;
using nb::storage::pg::Params;
using nb::store::ChangeHint;
using nb::store::CheckSummary;
using nb::test::Office;
using nb::test::outcome;

namespace {

const QString kCell = QStringLiteral("requests.new.natural");

// Rows a statement changed, or -1 when the server refused it with an error.
qint64 changed(const Result<storage::pg::Rows> &r)
{
    return r ? r->affected() : -1;
}

QString cellOf(const Office &office, const QString &agency, int year, const QString &key = kCell)
{
    auto report = office.store()->load({agency, year});
    REQUIRE(report.ok());
    return report->cells.value(key).toString();
}

Report withCell(Report r, qint64 value)
{
    r.cells[kCell] = Decimal::fromInteger(value);
    return r;
}

} // namespace

TEST_CASE("server: a clerk reads and writes only the own agency's reports, through the product and with SQL",
          "[postgres][access]")
{
    Office office;
    auto clerk = office.store(office.clerk);
    QStringList seen;
    const auto listed = clerk->list().value();
    for (const auto &s : listed)
        seen << QStringLiteral("%1 %2").arg(s.id.agency).arg(s.id.year);
    CHECK(seen == QStringList{Office::kEducation + QStringLiteral(" 2022"), Office::kEducation + QStringLiteral(" 2023")});
    CHECK(outcome(clerk->load({Office::kPolice, 2023})) == QStringLiteral("store.not-found"));
    CHECK(clerk->reportStates(2023).value().size() == 1);

    // Through the product: its own report takes the edit, the other is out of reach.
    const QString before = cellOf(office, Office::kPolice, 2023);
    REQUIRE(clerk->write(withCell(test::reportOf(Office::kEducation, 2023), 4321), ChangeHint{{kCell}, {}, false, false}).ok());
    CHECK(cellOf(office, Office::kEducation, 2023) == QStringLiteral("4321"));
    CHECK(office.store()->reportState({Office::kEducation, 2023}).value().updatedBy == office.clerk);
    CHECK(outcome(clerk->write(withCell(test::reportOf(Office::kPolice, 2023), 1), ChangeHint{{kCell}, {}, false, false}))
          == QStringLiteral("store.not-found"));

    // With SQL: nothing of the police's report can be read, changed, added or removed.
    auto sql = office.sql(office.clerk);
    const qint64 police = office.reportId(Office::kPolice, 2023);
    auto read = sql->exec("SELECT count(*) FROM nianbao.cells WHERE report_id = $1", Params() << police);
    REQUIRE(read.ok());
    CHECK(read->int64(0, 0) == 0);
    CHECK(changed(sql->exec("UPDATE nianbao.cells SET value = '999' WHERE report_id = $1", Params() << police)) == 0);
    CHECK(changed(sql->exec("DELETE FROM nianbao.texts WHERE report_id = $1", Params() << police)) == 0);
    CHECK(outcome(sql->exec("INSERT INTO nianbao.cells(report_id, key, value) VALUES ($1, 'requests.new.legal', '5')",
                            Params() << police))
          == QStringLiteral("store.denied"));
    CHECK(outcome(sql->exec("INSERT INTO nianbao.audit_log(report_id, action) VALUES ($1, 'finalise')", Params() << police))
          == QStringLiteral("store.denied"));
    CHECK(outcome(sql->exec("INSERT INTO nianbao.reports(agency_id, year) SELECT agency_id, 2030 FROM nianbao.reports "
                            "WHERE id = $1", Params() << police))
          == QStringLiteral("ok")); // sees no such report: inserts nothing
    CHECK(office.store()->load({Office::kPolice, 2030}).error().code == QStringLiteral("store.not-found"));
    CHECK(cellOf(office, Office::kPolice, 2023) == before);
    CHECK(office.store()->load({Office::kPolice, 2023}).value().texts == test::reportOf(Office::kPolice, 2023).texts);
}

TEST_CASE("server: a final report cannot be changed, not even with SQL — only a reason reopens it, never once submitted",
          "[postgres][access]")
{
    Office office;
    auto clerk = office.store(office.clerk);
    const store::ReportId id{Office::kEducation, 2023};
    REQUIRE(clerk->setStatus(id, ReportStatus::Final, {}).ok());
    const QString before = cellOf(office, Office::kEducation, 2023);
    CHECK(outcome(clerk->write(withCell(test::reportOf(Office::kEducation, 2023), 1), ChangeHint{{kCell}, {}, false, false}))
          == QStringLiteral("store.final"));

    auto sql = office.sql(office.clerk);
    const qint64 report = office.reportId(Office::kEducation, 2023);
    CHECK(changed(sql->exec("UPDATE nianbao.cells SET value = '1' WHERE report_id = $1", Params() << report)) == 0);
    CHECK(changed(sql->exec("DELETE FROM nianbao.cells WHERE report_id = $1", Params() << report)) == 0);
    CHECK(changed(sql->exec("UPDATE nianbao.report_info SET document_number = '改过' WHERE report_id = $1",
                            Params() << report)) == 0);
    CHECK(outcome(sql->exec("INSERT INTO nianbao.texts(report_id, section, text) VALUES ($1, 'extra', '加一段')",
                            Params() << report))
          == QStringLiteral("store.denied"));
    CHECK(outcome(sql->exec("INSERT INTO nianbao.audit_log(report_id, action) VALUES ($1, 'reopen')", Params() << report))
          == QStringLiteral("store.denied")); // without a reason
    CHECK(cellOf(office, Office::kEducation, 2023) == before);
    CHECK(clerk->reportState(id).value().status == ReportStatus::Final);

    // Submitted: the clerk cannot take it back, with the product or with SQL.
    REQUIRE(clerk->submit(id).ok());
    CHECK(outcome(clerk->setStatus(id, ReportStatus::Draft, QStringLiteral("想改"))) == QStringLiteral("store.submitted"));
    CHECK(outcome(sql->exec("INSERT INTO nianbao.audit_log(report_id, action, reason) VALUES ($1, 'reopen', '想改')",
                            Params() << report))
          == QStringLiteral("store.denied"));
    CHECK(outcome(sql->exec("INSERT INTO nianbao.audit_log(report_id, action, reason) VALUES ($1, 'return', '自己退回')",
                            Params() << report))
          == QStringLiteral("store.denied"));
    CHECK(clerk->reportState(id).value().collectionStatus() == CollectionStatus::Submitted);

    // The 2022 report, final but not submitted, reopens with a reason, also with SQL, logged as the clerk.
    REQUIRE(clerk->setStatus({Office::kEducation, 2022}, ReportStatus::Final, {}).ok());
    const qint64 older = office.reportId(Office::kEducation, 2022);
    CHECK(outcome(sql->exec("INSERT INTO nianbao.audit_log(report_id, action, reason) VALUES ($1, 'reopen', '补充说明')",
                            Params() << older))
          == QStringLiteral("ok"));
    CHECK(clerk->reportState({Office::kEducation, 2022}).value().status == ReportStatus::Draft);
    CHECK(clerk->auditLog({Office::kEducation, 2022}).value().constLast().who == office.clerk);
}

TEST_CASE("server: nobody can claim to be someone else or rewrite the history", "[postgres][access]")
{
    Office office;
    auto clerk = office.store(office.clerk);
    const store::ReportId id{Office::kEducation, 2023};
    REQUIRE(clerk->setStatus(id, ReportStatus::Final, {}).ok());
    REQUIRE(clerk->submit(id).ok());
    const auto log = clerk->auditLog(id).value();
    REQUIRE(log.size() == 3);
    CHECK(log[0].action == QStringLiteral("import"));
    CHECK(log[0].who == office.store()->user()); // the owner who set the office up
    CHECK(log[1].who == office.clerk); // the role the server knows, not a name the program sent
    CHECK(log[2].who == office.clerk);
    CHECK(clerk->snapshots(id).value().size() == 2); // imported, finalised

    auto sql = office.sql(office.clerk);
    const qint64 report = office.reportId(Office::kEducation, 2022);
    CHECK(outcome(sql->exec("INSERT INTO nianbao.audit_log(report_id, action, who) VALUES ($1, 'finalise', $2)",
                            Params() << report << office.policeClerk))
          == QStringLiteral("store.denied"));
    CHECK(outcome(sql->exec("INSERT INTO nianbao.audit_log(report_id, action, at) VALUES ($1, 'finalise', '2020-01-01')",
                            Params() << report))
          == QStringLiteral("store.denied"));
    CHECK(outcome(sql->exec("INSERT INTO nianbao.snapshots(report_id, reason, content, taken_by) VALUES ($1, 'x', '{}', 'x')",
                            Params() << report))
          == QStringLiteral("store.denied"));
    CHECK(outcome(sql->exec("UPDATE nianbao.reports SET updated_by = 'somebody', updated = now() WHERE id = $1",
                            Params() << report))
          == QStringLiteral("store.denied"));
    CHECK(outcome(sql->exec("UPDATE nianbao.reports SET updated_by = current_user, updated = '2020-01-01' WHERE id = $1",
                            Params() << report))
          == QStringLiteral("store.denied"));
    CHECK(outcome(sql->exec("UPDATE nianbao.audit_log SET who = 'somebody'")) == QStringLiteral("store.denied"));
    CHECK(outcome(sql->exec("DELETE FROM nianbao.audit_log")) == QStringLiteral("store.denied"));
    CHECK(outcome(sql->exec("DELETE FROM nianbao.snapshots")) == QStringLiteral("store.denied"));
    CHECK(outcome(sql->exec("UPDATE nianbao.snapshots SET content = '{}'")) == QStringLiteral("store.denied"));
    CHECK(clerk->auditLog(id).value().size() == 3);
    CHECK(office.store()->reportState({Office::kEducation, 2022}).value().updatedBy != QStringLiteral("somebody"));
}

TEST_CASE("server: a reviewer reads the node and below, returns a submitted report, never changes a figure",
          "[postgres][access]")
{
    Office office;
    auto clerk = office.store(office.clerk);
    const store::ReportId id{Office::kEducation, 2023};
    REQUIRE(clerk->setStatus(id, ReportStatus::Final, {}).ok());
    REQUIRE(clerk->submit(id).ok());

    auto reviewer = office.store(office.reviewer);
    QStringList board;
    const auto states = reviewer->reportStates(2023).value();
    for (const auto &s : states)
        board << s.id.agency;
    board.sort();
    CHECK(board == QStringList{Office::kPolice, Office::kEducation}); // not the other city's
    CHECK(outcome(reviewer->load({Office::kOtherOffice, 2023})) == QStringLiteral("store.not-found"));
    CHECK(reviewer->loadMany({id, {Office::kPolice, 2023}}).value().size() == 2);

    // Figures: refused by the server, through the product and with SQL.
    const store::ReportId police{Office::kPolice, 2023};
    const QString before = cellOf(office, Office::kPolice, 2023);
    CHECK(outcome(reviewer->write(withCell(test::reportOf(Office::kPolice, 2023), 1), ChangeHint{{kCell}, {}, false, false}))
          == QStringLiteral("store.denied"));
    auto sql = office.sql(office.reviewer);
    const qint64 policeId = office.reportId(Office::kPolice, 2023);
    CHECK(outcome(sql->exec("UPDATE nianbao.cells SET value = '1' WHERE report_id = $1", Params() << policeId))
          == QStringLiteral("store.denied"));
    CHECK(outcome(sql->exec("INSERT INTO nianbao.audit_log(report_id, action) VALUES ($1, 'finalise')", Params() << policeId))
          == QStringLiteral("store.denied"));
    CHECK(cellOf(office, Office::kPolice, 2023) == before);
    CHECK(outcome(reviewer->setStatus(police, ReportStatus::Final, {})) == QStringLiteral("store.denied"));

    // Returning: only a submitted report below the node, with a reason; logged as the reviewer.
    CHECK(outcome(reviewer->returnReport(police, QStringLiteral("数据有误"))) == QStringLiteral("store.not-submitted"));
    auto educationReviewer = office.store(office.educationReviewer);
    CHECK(educationReviewer->load(id).ok()); // reads its node …
    CHECK(outcome(educationReviewer->returnReport(id, QStringLiteral("不归我退"))) == QStringLiteral("store.denied"));
    REQUIRE(reviewer->returnReport(id, QStringLiteral("第三部分与上年不符")).ok());
    const auto state = clerk->reportState(id).value();
    CHECK(state.collectionStatus() == CollectionStatus::Returned);
    CHECK(state.returnReason == QStringLiteral("第三部分与上年不符"));
    CHECK(clerk->auditLog(id).value().constLast().who == office.reviewer);
    // A returned report is a draft again: its clerk edits it.
    CHECK(clerk->write(withCell(test::reportOf(Office::kEducation, 2023), 77), ChangeHint{{kCell}, {}, false, false}).ok());
}

TEST_CASE("server: finding counts a reviewer kept serve every reader — a clerk's serve only the clerk and cannot be "
          "passed off as a reviewer's",
          "[postgres][access]")
{
    Office office;
    const store::ReportId id{Office::kEducation, 2023};
    auto clerk = office.store(office.clerk);
    auto reviewer = office.store(office.reviewer);
    auto otherReviewer = office.store(office.educationReviewer);
    auto admin = office.store(office.admin);
    const auto state = reviewer->reportState(id).value();
    REQUIRE_FALSE(state.check);
    CheckSummary counted;
    counted.revision = state.revision;
    counted.previousRevision = state.previousRevision;
    counted.errors = 2;
    counted.unexplained = 1;
    counted.errorRules = QStringList{QStringLiteral("R3-BALANCE")};

    // The clerk's counts (here: a flattering "no errors") are its own.
    CheckSummary flattering = counted;
    flattering.errors = 0;
    flattering.errorRules.clear();
    REQUIRE(clerk->recordChecks({{id, flattering}}).ok());
    CHECK(clerk->reportState(id).value().check == flattering);
    for (auto *other : {reviewer.get(), otherReviewer.get(), admin.get()})
        CHECK_FALSE(other->reportState(id).value().check);
    auto sql = office.sql(office.clerk);
    const qint64 report = office.reportId(Office::kEducation, 2023);
    CHECK(outcome(sql->exec("UPDATE nianbao.report_checks SET shared = true WHERE report_id = $1", Params() << report))
          == QStringLiteral("store.denied"));
    CHECK(outcome(sql->exec("INSERT INTO nianbao.report_checks(report_id, checked_by, revision, previous_revision, errors, "
                            "warnings, infos, unexplained, shared) VALUES ($1, $2, $3, $4, 0, 0, 0, 0, true)",
                            Params() << report << office.reviewer << state.revision << state.previousRevision))
          == QStringLiteral("store.denied"));
    CHECK_FALSE(reviewer->reportState(id).value().check);

    // A reviewer's counts serve the other reviewer, the administrator and the clerk, while the report stays as counted.
    REQUIRE(reviewer->recordChecks({{id, counted}}).ok());
    for (auto *other : {otherReviewer.get(), admin.get(), reviewer.get()}) {
        const auto seen = other->reportState(id).value();
        CHECK(seen.check == counted);
        CHECK(seen.checkIsCurrent());
    }
    CHECK(clerk->reportState(id).value().check == flattering); // of two current counts, one's own first
    CHECK(changed(sql->exec("UPDATE nianbao.report_checks SET errors = 0 WHERE checked_by = $1", Params() << office.reviewer))
          == 0);
    CHECK(changed(sql->exec("DELETE FROM nianbao.report_checks WHERE checked_by = $1", Params() << office.reviewer)) == 0);
    CHECK(otherReviewer->reportState(id).value().check == counted);

    // A reviewer who is also clerk of the report counts it only for itself.
    auto both = office.sql();
    REQUIRE(both->run("INSERT INTO nianbao.access SELECT $1, 'clerk', id FROM nianbao.agencies WHERE name = $2",
                      Params() << office.educationReviewer << Office::kEducation)
                .ok());
    CheckSummary own = counted;
    own.errors = 5;
    REQUIRE(otherReviewer->recordChecks({{id, own}}).ok());
    auto sharedFlag = both->exec("SELECT shared FROM nianbao.report_checks WHERE checked_by = $1",
                                 Params() << office.educationReviewer);
    REQUIRE(sharedFlag.ok());
    REQUIRE(sharedFlag->count() == 1);
    CHECK_FALSE(sharedFlag->boolean(0, 0));
    CHECK(otherReviewer->reportState(id).value().check == own);
    CHECK(reviewer->reportState(id).value().check == counted);
    CHECK(admin->reportState(id).value().check == counted);
}

TEST_CASE("server: only an administrator manages agencies, the tree and rights", "[postgres][access]")
{
    Office office;
    auto clerk = office.store(office.clerk);
    CHECK(outcome(clerk->addAgency({QStringLiteral("示例市新设局"), AgencyKind::Department, Office::kCity}))
          == QStringLiteral("store.denied"));
    CHECK(outcome(clerk->setParent(Office::kEducation, Office::kOtherCity)) == QStringLiteral("store.not-found")); // cannot see it
    CHECK(outcome(clerk->setParent(Office::kEducation, QString())) == QStringLiteral("store.denied"));
    CHECK(outcome(clerk->renameAgency(Office::kEducation, QStringLiteral("改名局"))) == QStringLiteral("store.denied"));
    auto sql = office.sql(office.clerk);
    CHECK(outcome(sql->exec("INSERT INTO nianbao.access(role_name, privilege, agency_id) "
                            "SELECT current_user, 'clerk', id FROM nianbao.agencies"))
          == QStringLiteral("store.denied"));
    CHECK(outcome(storage::pg::ServerAdmin::grant(*sql, storage::pg::Right::Clerk, Office::kEducation, office.policeClerk))
          == QStringLiteral("store.denied"));
    CHECK(office.store(office.policeClerk)->list().value().size() == 2); // still only the police's

    auto admin = office.store(office.admin);
    REQUIRE(admin->addAgency({QStringLiteral("示例市新设局"), AgencyKind::Department, Office::kCity}).ok());
    REQUIRE(admin->setParent(Office::kPolice, Office::kOtherCity).ok());
    CHECK(admin->list().value().size() == 5); // reads everything
    CHECK(outcome(admin->write(withCell(test::reportOf(Office::kPolice, 2023), 1), ChangeHint{{kCell}, {}, false, false}))
          == QStringLiteral("store.denied")); // administers, does not fill in
    REQUIRE(admin->setParent(Office::kPolice, Office::kCity).ok());
    // Not with SQL either: no figure, no history, no entry in somebody else's name.
    auto adminSql = office.sql(office.admin);
    const qint64 policeReport = office.reportId(Office::kPolice, 2023);
    const QString policeCell = cellOf(office, Office::kPolice, 2023);
    CHECK(changed(adminSql->exec("UPDATE nianbao.cells SET value = '1' WHERE report_id = $1", Params() << policeReport)) == 0);
    CHECK(changed(adminSql->exec("DELETE FROM nianbao.cells WHERE report_id = $1", Params() << policeReport)) == 0);
    CHECK(cellOf(office, Office::kPolice, 2023) == policeCell);
    CHECK(outcome(adminSql->exec("INSERT INTO nianbao.audit_log(report_id, action, who) VALUES ($1, 'finalise', $2)",
                                 Params() << policeReport << office.policeClerk))
          == QStringLiteral("store.denied"));
    CHECK(outcome(adminSql->exec("DELETE FROM nianbao.audit_log WHERE report_id = $1", Params() << policeReport))
          == QStringLiteral("store.denied"));

    // An administrator hands out rights to existing login roles …
    REQUIRE(storage::pg::ServerAdmin::grant(*adminSql, storage::pg::Right::Clerk, Office::kEducation, office.policeClerk).ok());
    CHECK(office.store(office.policeClerk)->list().value().size() == 4);
    REQUIRE(storage::pg::ServerAdmin::revoke(*adminSql, storage::pg::Right::Clerk, Office::kEducation, office.policeClerk).ok());
    CHECK(office.store(office.policeClerk)->list().value().size() == 2);
    // … but does not create them: that needs CREATEROLE.
    const QString newcomer = office.db.makeRole(QStringLiteral("newcomer"));
    const auto refused = storage::pg::ServerAdmin::grant(*adminSql, storage::pg::Right::Clerk, Office::kPolice, newcomer);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("CREATEROLE")));

    // Revoking the last right of a clerk leaves no way in, with a message that says so.
    auto owner = office.sql();
    REQUIRE(storage::pg::ServerAdmin::revoke(*owner, storage::pg::Right::Clerk, Office::kEducation, office.clerk).ok());
    storage::ServerOptions revoked;
    revoked.connect.conninfo = office.db.uri(office.clerk);
    const auto noRights = storage::PgReportStore::open(revoked);
    REQUIRE_FALSE(noRights.ok());
    CHECK(noRights.error().code == QStringLiteral("store.denied"));
    CHECK(noRights.error().message.contains(QStringLiteral("server grant")));
    CHECK(outcome(storage::pg::ServerAdmin::revoke(*owner, storage::pg::Right::Clerk, Office::kEducation, office.clerk))
          == QStringLiteral("store.not-found"));
}

TEST_CASE("server: a change of the tree changes what reviewers see at once, on connections already open",
          "[postgres][access]")
{
    Office office;
    const QString otherReviewer = office.db.makeRole(QStringLiteral("otherreviewer"));
    {
        auto owner = office.sql();
        REQUIRE(storage::pg::ServerAdmin::grant(*owner, storage::pg::Right::Reviewer, Office::kOtherCity, otherReviewer).ok());
    }
    auto reviewer = office.store(office.reviewer);
    auto other = office.store(otherReviewer);
    auto reviewerSql = office.sql(office.reviewer);
    auto otherSql = office.sql(otherReviewer);
    const qint64 police = office.reportId(Office::kPolice, 2023);
    const auto agencies = [](storage::PgReportStore &s) {
        auto all = s.agencies();
        INFO((all ? QString() : all.error().message).toStdString());
        REQUIRE(all.ok());
        QStringList names;
        for (const auto &a : all.value())
            names << a.name;
        names.sort();
        return names;
    };
    const auto cellsSeen = [&](storage::pg::Connection &c) {
        auto n = c.exec("SELECT count(*) FROM nianbao.cells WHERE report_id = $1", Params() << police);
        REQUIRE(n.ok());
        return n->int64(0, 0);
    };
    REQUIRE(reviewer->reportStates(2023).value().size() == 2);
    REQUIRE(other->reportStates(2023).value().size() == 1);
    REQUIRE(cellsSeen(*reviewerSql) > 0);
    REQUIRE(cellsSeen(*otherSql) == 0);

    // The police moves under the other city: its reviewer sees it, the city's no longer does.
    auto admin = office.store(office.admin);
    REQUIRE(admin->setParent(Office::kPolice, Office::kOtherCity).ok());
    CHECK(reviewer->reportStates(2023).value().size() == 1);
    CHECK(outcome(reviewer->load({Office::kPolice, 2023})) == QStringLiteral("store.not-found"));
    CHECK_FALSE(agencies(*reviewer).contains(Office::kPolice));
    CHECK(cellsSeen(*reviewerSql) == 0);
    CHECK(other->reportStates(2023).value().size() == 2);
    CHECK(other->load({Office::kPolice, 2023}).ok());
    CHECK(agencies(*other).contains(Office::kPolice));
    CHECK(cellsSeen(*otherSql) > 0);
    // Its clerk keeps it, and may still edit it.
    CHECK(office.store(office.policeClerk)
              ->write(withCell(test::reportOf(Office::kPolice, 2023), 55), ChangeHint{{kCell}, {}, false, false})
              .ok());

    // Renamed and moved back: the city's reviewer sees it again, under its new name.
    REQUIRE(admin->renameAgency(Office::kPolice, QStringLiteral("示例市公安分局")).ok());
    REQUIRE(admin->setParent(QStringLiteral("示例市公安分局"), Office::kCity).ok());
    CHECK(reviewer->load({QStringLiteral("示例市公安分局"), 2023}).ok());
    CHECK(cellsSeen(*reviewerSql) > 0);
    CHECK(cellsSeen(*otherSql) == 0);
    // A new agency under the city is the reviewer's at once.
    REQUIRE(admin->addAgency({QStringLiteral("示例市新设局"), AgencyKind::Department, Office::kCity}).ok());
    CHECK(agencies(*reviewer).contains(QStringLiteral("示例市新设局")));
    CHECK_FALSE(agencies(*other).contains(QStringLiteral("示例市新设局")));
}

TEST_CASE("server: init upgrades a database of version 1, and its rights stay as they were", "[postgres][access]")
{
    test::TestDatabase db;
    auto owner = storage::pg::Connection::open({db.uri()});
    REQUIRE(owner.ok());
    db.superuserSql(QStringLiteral("DROP SCHEMA nianbao CASCADE"));
    REQUIRE(storage::pg::Migrations::migrate(*owner.value(), 1).ok());
    REQUIRE(storage::pg::Migrations::currentVersion(*owner.value()).value() == 1);
    // Two agencies under a city, a report each, a clerk of one and a reviewer of the city, as version 1 kept them.
    const QString clerk = db.makeRole(QStringLiteral("v1clerk"));
    const QString reviewer = db.makeRole(QStringLiteral("v1reviewer"));
    REQUIRE(owner.value()
                ->script(QStringLiteral(
                    "INSERT INTO nianbao.agencies(name, kind) VALUES ('市', 'government'); "
                    "INSERT INTO nianbao.agencies(name, kind, parent_id) SELECT n, 'department', id "
                    "  FROM nianbao.agencies, unnest(ARRAY['甲局', '乙局']) AS n WHERE name = '市'; "
                    "INSERT INTO nianbao.reports(agency_id, year) SELECT id, 2023 FROM nianbao.agencies WHERE name <> '市'; "
                    "INSERT INTO nianbao.cells(report_id, key, value) SELECT id, 'k', '1' FROM nianbao.reports; "
                    "INSERT INTO nianbao.access VALUES ('%1', 'clerk', (SELECT id FROM nianbao.agencies WHERE name = '甲局')), "
                    "  ('%2', 'reviewer', (SELECT id FROM nianbao.agencies WHERE name = '市')); "
                    "CREATE ROLE %1 LOGIN IN ROLE nianbao_clerk; CREATE ROLE %2 LOGIN IN ROLE nianbao_reviewer")
                              .arg(clerk, reviewer))
                .ok());

    auto upgraded = storage::pg::ServerAdmin::init(*owner.value());
    REQUIRE(upgraded.ok());
    CHECK(upgraded->contains(QStringLiteral("从版本 1 升级到 %1").arg(storage::pg::Migrations::latestVersion())));
    const auto cellsSeen = [&](const QString &role) {
        auto c = storage::pg::Connection::open({db.uri(role)});
        REQUIRE(c.ok());
        auto n = c.value()->exec("SELECT count(*) FROM nianbao.cells");
        REQUIRE(n.ok());
        return n->int64(0, 0);
    };
    CHECK(cellsSeen(clerk) == 1);
    CHECK(cellsSeen(reviewer) == 2);
}

TEST_CASE("server: init sets a database up once — the store refuses a database that is not set up", "[postgres][access]")
{
    test::TestDatabase db;
    auto c = storage::pg::Connection::open({db.uri()});
    REQUIRE(c.ok());
    auto again = storage::pg::ServerAdmin::init(*c.value());
    REQUIRE(again.ok());
    CHECK(again->contains(QStringLiteral("没有改动")));
    CHECK(storage::pg::Migrations::currentVersion(*c.value()).value() == storage::pg::Migrations::latestVersion());

    db.superuserSql(QStringLiteral("CREATE SCHEMA other; DROP SCHEMA nianbao CASCADE"));
    storage::ServerOptions options;
    options.connect.conninfo = db.uri();
    const auto refused = storage::PgReportStore::open(options);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == QStringLiteral("db.not-set-up"));
    CHECK(refused.error().message.contains(QStringLiteral("server init")));
    db.superuserSql(QStringLiteral("CREATE SCHEMA nianbao; CREATE TABLE nianbao.schema_version(version integer PRIMARY KEY); "
                                   "INSERT INTO nianbao.schema_version VALUES (99)"));
    CHECK(outcome(storage::PgReportStore::open(options)) == QStringLiteral("db.newer"));
    CHECK(outcome(storage::pg::ServerAdmin::init(*c.value())) == QStringLiteral("db.newer"));
}
