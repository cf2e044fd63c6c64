// Many people at once on a server (contract §10): two clerks' sessions on
// one report, each on its own connection as two computers would be; a
// reviewer's board told of every change; the server going away in the middle
// of edits and coming back. Waits are bounded: "within a second" is a
// qWaitFor of one second, with the sessions' own polling set far slower, so
// that only the server's notifications can make it.
#include "core/session/draft_session.h"
#include "core/storage/postgres/pg_report_store.h"
#include "core/storage/postgres/pg_server_admin.h"
#include "tests/postgres/office_fixture.h"
#include "tests/postgres/private_server.h"
#include "tests/support/catch_qt.h"
#include "tests/support/fixtures.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

using namespace nb;
using nb::session::DraftSession;
using nb::session::Resolution;
using nb::store::ReportId;
using nb::store::StoreLink;
using nb::test::Office;
using nb::test::PrivateServer;

namespace {

// (A function: Office's names are defined in another file, initialised in no set order.)
ReportId education2023()
{
    return {Office::kEducation, 2023};
}
const QString kOverview = QStringLiteral("overview");

std::unique_ptr<DraftSession> openSession(store::ReportStore &store, const ReportId &id = education2023())
{
    auto opened = DraftSession::open(store, id);
    INFO((opened ? QString() : opened.error().message).toStdString());
    REQUIRE(opened.ok());
    return std::move(opened.value());
}

int cellIndex(const DraftSession &s, const char *key)
{
    const int i = s.definition().cellIndex(QString::fromLatin1(key));
    REQUIRE(i >= 0);
    return i;
}

QString shown(const DraftSession &s, const char *key)
{
    const auto v = s.engine().value(cellIndex(s, key));
    return v ? v->toString() : QString();
}

std::unique_ptr<storage::PgReportStore> storeWithJournal(const QString &uri, const QString &journal)
{
    storage::ServerOptions options;
    options.connect.conninfo = uri;
    options.journalPath = journal;
    auto opened = storage::PgReportStore::open(options);
    INFO((opened ? QString() : opened.error().message).toStdString());
    REQUIRE(opened.ok());
    return std::move(opened.value());
}

// The input cells of the report, in definition order.
QStringList inputCells(const DraftSession &s, int count)
{
    QStringList keys;
    for (const auto &cell : s.definition().cells())
        if (!cell.derived && cell.type == report::ValueType::Count && keys.size() < count)
            keys << cell.key;
    REQUIRE(keys.size() == count);
    return keys;
}

} // namespace

TEST_CASE("server: two clerks on one report — both cell edits land and each sees the other's within a second",
          "[postgres][sessions]")
{
    Office office;
    const QString second = office.db.makeRole(QStringLiteral("clerk2"));
    {
        auto c = office.sql();
        REQUIRE(storage::pg::ServerAdmin::grant(*c, storage::pg::Right::Clerk, Office::kEducation, second).ok());
    }
    auto storeA = office.store(office.clerk);
    auto storeB = office.store(second);
    auto a = openSession(*storeA);
    auto b = openSession(*storeB);
    REQUIRE(DraftSession::kLinkedWatchIntervalMs > 2000); // a second can only come from a notification

    REQUIRE(a->setCellText(cellIndex(*a, "requests.new.natural"), QStringLiteral("401")).ok());
    REQUIRE(b->setCellText(cellIndex(*b, "requests.new.legal"), QStringLiteral("402")).ok());
    CHECK(QTest::qWaitFor([&] { return shown(*b, "requests.new.natural") == QStringLiteral("401"); }, 1000));
    CHECK(QTest::qWaitFor([&] { return shown(*a, "requests.new.legal") == QStringLiteral("402"); }, 1000));
    CHECK(shown(*a, "requests.new.total") == shown(*b, "requests.new.total"));

    const auto stored = office.store()->load(education2023()).value();
    CHECK(stored.cells.value(QStringLiteral("requests.new.natural")).toString() == QStringLiteral("401"));
    CHECK(stored.cells.value(QStringLiteral("requests.new.legal")).toString() == QStringLiteral("402"));
    CHECK(office.store()->reportState(education2023()).value().updatedBy == second);
}

TEST_CASE("server: a text changed by both clerks is never silently overwritten — the later writer sees both",
          "[postgres][sessions][conflict]")
{
    Office office;
    auto storeA = office.store(office.clerk);
    auto storeB = office.store(office.clerk);
    auto a = openSession(*storeA);
    auto b = openSession(*storeB);
    QSignalSpy conflictB(b.get(), &DraftSession::conflictDetected);

    SECTION("told while still typing")
    {
        REQUIRE(b->setText(kOverview, QStringLiteral("乙正在写的总体情况")).ok()); // typing, not yet written
        REQUIRE(a->setText(kOverview, QStringLiteral("甲写好的总体情况")).ok());
        REQUIRE(a->flush().ok());
        REQUIRE(QTest::qWaitFor([&] { return !b->conflicts().isEmpty(); }, 1000));
    }
    SECTION("both written before either heard of the other")
    {
        REQUIRE(a->setText(kOverview, QStringLiteral("甲写好的总体情况")).ok());
        REQUIRE(b->setText(kOverview, QStringLiteral("乙正在写的总体情况")).ok());
        REQUIRE(a->flush().ok());
        CHECK(b->flush().error().code == QStringLiteral("session.conflict"));
    }
    CHECK(b->conflicts() == QStringList{kOverview});
    CHECK(b->theirText(kOverview) == QStringLiteral("甲写好的总体情况"));
    CHECK(b->engine().text(kOverview) == QStringLiteral("乙正在写的总体情况"));
    CHECK(conflictB.size() >= 1);
    CHECK(office.store()->load(education2023()).value().texts.value(kOverview) == QStringLiteral("甲写好的总体情况"));

    REQUIRE(b->resolveConflict(kOverview, Resolution::Merged, QStringLiteral("甲写好的总体情况。乙补充的一句。")).ok());
    REQUIRE(QTest::qWaitFor([&] { return a->engine().text(kOverview) == QStringLiteral("甲写好的总体情况。乙补充的一句。"); },
                            1000));
    CHECK(office.store()->load(education2023()).value().texts.value(kOverview) == QStringLiteral("甲写好的总体情况。乙补充的一句。"));
}

TEST_CASE("server: a reviewer's board is told of every change of the year as it happens", "[postgres][sessions][board]")
{
    Office office;
    auto reviewer = office.store(office.reviewer);
    StoreLink *link = reviewer->link();
    REQUIRE(link);
    link->watchYear(2023);
    QSignalSpy years(link, &StoreLink::yearChanged);
    const qint64 before = reviewer->reportState(education2023()).value().revision;

    auto clerk = office.store(office.clerk);
    auto session = openSession(*clerk);
    REQUIRE(session->setCellText(cellIndex(*session, "requests.new.natural"), QStringLiteral("77")).ok());
    REQUIRE(QTest::qWaitFor([&] { return years.size() > 0; }, 1000));
    CHECK(years.first().at(0).toInt() == 2023);
    CHECK(reviewer->reportState(education2023()).value().revision > before);

    years.clear();
    auto police = office.store(office.policeClerk);
    REQUIRE(police->setStatus({Office::kPolice, 2023}, report::ReportStatus::Final, {}).ok());
    REQUIRE(QTest::qWaitFor([&] { return years.size() > 0; }, 1000));
    CHECK(reviewer->reportState({Office::kPolice, 2023}).value().status == report::ReportStatus::Final);

    years.clear();
    link->unwatchYear(2023);
    REQUIRE(session->setCellText(cellIndex(*session, "requests.new.natural"), QStringLiteral("78")).ok());
    QTest::qWait(300);
    CHECK(years.isEmpty());
}

TEST_CASE("server: stopped and started in the middle of edits — the window is told at once, nothing is lost or doubled",
          "[postgres][sessions][offline]")
{
    PrivateServer server;
    test::TestDatabase db(server.uri);
    test::importAsOwner(db, {test::reportOf(Office::kEducation, 2022), test::reportOf(Office::kEducation, 2023)});
    QTemporaryDir journals;
    const QString journal = journals.filePath(QStringLiteral("offline.sqlite3"));
    auto store = storeWithJournal(db.uri(), journal);
    StoreLink *link = store->link();
    auto session = openSession(*store);
    const QStringList keys = inputCells(*session, 40);
    QSignalSpy states(link, &StoreLink::stateChanged);
    const qint64 startRevision = store->revision(education2023()).value();

    for (int k = 0; k < 40; ++k) {
        if (k == 10) {
            server.run(QStringLiteral("pause"));
            // The window learns it from the connection closing, before any edit tries.
            CHECK(QTest::qWaitFor([&] { return link->state() == StoreLink::State::Offline; }, 1000));
            CHECK_FALSE(link->problem().isEmpty());
        }
        if (k == 25)
            server.run(QStringLiteral("resume"));
        const int cell = session->definition().cellIndex(keys[k]);
        REQUIRE(session->setCellText(cell, QString::number(1000 + k)).ok()); // accepted, online or not
        CHECK(session->saveState() == session::SaveState::Saved);
        if (k >= 10 && k < 25)
            CHECK(link->unsentEdits() == k - 9);
        QTest::qWait(20);
    }
    // An edit of a cell edited before, and a text, while it comes back.
    REQUIRE(session->setCellText(session->definition().cellIndex(keys[0]), QStringLiteral("2000")).ok());
    REQUIRE(session->setText(kOverview, QStringLiteral("服务器停过一次之后写的总体情况")).ok());
    REQUIRE(session->flush().ok());
    REQUIRE(QTest::qWaitFor([&] { return link->state() == StoreLink::State::Online && link->unsentEdits() == 0; }, 15000));
    CHECK(link->refusedEdits() == 0);
    CHECK(states.size() >= 2);

    storage::ServerOptions plain;
    plain.connect.conninfo = db.uri();
    auto check = storage::PgReportStore::open(plain);
    REQUIRE(check.ok());
    const auto stored = check.value()->load(education2023()).value();
    for (int k = 1; k < 40; ++k) {
        INFO(keys[k].toStdString());
        CHECK(stored.cells.value(keys[k]).toString() == QString::number(1000 + k));
    }
    CHECK(stored.cells.value(keys[0]).toString() == QStringLiteral("2000"));
    CHECK(stored.texts.value(kOverview) == QStringLiteral("服务器停过一次之后写的总体情况"));
    // Every edit applied once: one revision each (42 writes), none twice.
    CHECK(check.value()->revision(education2023()).value() == startRevision + 42);
}

TEST_CASE("server: an offline edit sent again is applied once — later edits by others and a finalise stay", "[postgres][sessions][offline]")
{
    PrivateServer server;
    test::TestDatabase db(server.uri);
    storage::ServerOptions plain;
    plain.connect.conninfo = db.uri();
    test::importAsOwner(db, {test::reportOf(Office::kEducation, 2023)});
    QTemporaryDir journals;
    const QString journal = journals.filePath(QStringLiteral("offline.sqlite3"));
    const QString copy = journals.filePath(QStringLiteral("copy.sqlite3"));
    {
        auto store = storeWithJournal(db.uri(), journal);
        auto session = openSession(*store);
        server.run(QStringLiteral("pause"));
        REQUIRE(QTest::qWaitFor([&] { return store->link()->state() == StoreLink::State::Offline; }, 1000));
        REQUIRE(session->setCellText(cellIndex(*session, "requests.new.natural"), QStringLiteral("5")).ok());
        REQUIRE(store->link()->unsentEdits() == 1);
        session.reset();
        store.reset();
        // The journal as it was before it was sent: as if the answer to sending it had been lost.
        REQUIRE(QFile::copy(journal, copy));
    }
    server.run(QStringLiteral("resume"));
    {
        auto store = storeWithJournal(db.uri(), journal); // sends it on opening
        CHECK(store->link()->unsentEdits() == 0);
    }
    auto other = storage::PgReportStore::open(plain);
    REQUIRE(other.ok());
    CHECK(other.value()->load(education2023()).value().cells.value(QStringLiteral("requests.new.natural")).toString() == QStringLiteral("5"));
    // Somebody puts the figure back (the report balances again) and finalises it.
    report::Report later = other.value()->load(education2023()).value();
    const report::Decimal original = test::reportOf(Office::kEducation, 2023).cells.value(QStringLiteral("requests.new.natural"));
    later.cells[QStringLiteral("requests.new.natural")] = original;
    REQUIRE(other.value()->write(later, store::ChangeHint{{QStringLiteral("requests.new.natural")}, {}, false, false}).ok());
    // The edit sent again is known as applied, not refused as a change of a final report.
    const Status finalised = other.value()->setStatus(education2023(), report::ReportStatus::Final, {});
    INFO((finalised ? QString() : finalised.error().message).toStdString());
    REQUIRE(finalised.ok());
    const qint64 revision = other.value()->revision(education2023()).value();

    auto again = storeWithJournal(db.uri(), copy); // the same edit, sent a second time
    CHECK(again->link()->unsentEdits() == 0);
    CHECK(again->link()->refusedEdits() == 0);
    CHECK(other.value()->load(education2023()).value().cells.value(QStringLiteral("requests.new.natural")) == original);
    CHECK(other.value()->revision(education2023()).value() == revision);
}

TEST_CASE("server: a text written offline that another clerk changed meanwhile comes back as a conflict",
          "[postgres][sessions][offline][conflict]")
{
    Office office;
    const QString second = office.db.makeRole(QStringLiteral("clerk2"));
    auto owner = office.sql();
    REQUIRE(storage::pg::ServerAdmin::grant(*owner, storage::pg::Right::Clerk, Office::kEducation, second).ok());
    QTemporaryDir journals;
    auto storeA = storeWithJournal(office.db.uri(office.clerk), journals.filePath(QStringLiteral("a.sqlite3")));
    auto a = openSession(*storeA);
    const int pid = owner->exec("SELECT pid FROM pg_stat_activity WHERE usename = $1", storage::pg::Params() << office.clerk)
                        .value()
                        .int64(0, 0);

    // A is cut off (and kept off: its role may not log in for now).
    auto quoted = owner->quoteIdentifier(office.clerk).value();
    REQUIRE(owner->script(QStringLiteral("ALTER ROLE %1 NOLOGIN").arg(quoted)).ok());
    REQUIRE(owner->run("SELECT pg_terminate_backend($1)", storage::pg::Params() << pid).ok());
    REQUIRE(QTest::qWaitFor([&] { return storeA->link()->state() == StoreLink::State::Offline; }, 1000));

    REQUIRE(a->setText(kOverview, QStringLiteral("甲离线时写的总体情况")).ok());
    REQUIRE(a->setCellText(cellIndex(*a, "requests.new.natural"), QStringLiteral("555")).ok());
    REQUIRE(a->flush().ok());
    CHECK(storeA->link()->unsentEdits() >= 1);

    auto storeB = office.store(second);
    auto b = openSession(*storeB);
    REQUIRE(b->setText(kOverview, QStringLiteral("乙在线写的总体情况")).ok());
    REQUIRE(b->flush().ok());

    QSignalSpy conflicts(a.get(), &DraftSession::conflictDetected);
    REQUIRE(owner->script(QStringLiteral("ALTER ROLE %1 LOGIN").arg(quoted)).ok());
    REQUIRE(QTest::qWaitFor([&] { return storeA->link()->state() == StoreLink::State::Online; }, 5000));
    REQUIRE(QTest::qWaitFor([&] { return !a->conflicts().isEmpty(); }, 3000));
    CHECK(a->conflicts() == QStringList{kOverview});
    CHECK(a->theirText(kOverview) == QStringLiteral("乙在线写的总体情况"));
    CHECK(a->engine().text(kOverview) == QStringLiteral("甲离线时写的总体情况"));
    CHECK(conflicts.size() >= 1);
    const auto stored = office.store()->load(education2023()).value();
    CHECK(stored.texts.value(kOverview) == QStringLiteral("乙在线写的总体情况")); // not overwritten unseen
    CHECK(stored.cells.value(QStringLiteral("requests.new.natural")).toString() == QStringLiteral("555")); // the rest landed
    CHECK(storeA->link()->unsentEdits() == 0);

    REQUIRE(a->resolveConflict(kOverview, Resolution::KeepMine).ok());
    CHECK(office.store()->load(education2023()).value().texts.value(kOverview) == QStringLiteral("甲离线时写的总体情况"));
}
