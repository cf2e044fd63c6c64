// A server that wants a password (scram-sha-256, PostgreSQL 15's default
// encryption): the store is refused without one and with a wrong one, each
// time with the code the desktop's dialog answers by asking (store.password),
// and opens with the right one, given by the program or found by libpq in a
// password file. The cluster is a private one, because its pg_hba.conf is
// changed.
#include "core/storage/postgres/pg_report_store.h"
#include "core/storage/postgres/pg_server_admin.h"
#include "tests/postgres/office_fixture.h"
#include "tests/postgres/private_server.h"
#include "tests/support/catch_qt.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

using namespace nb;
using nb::test::Office;
using nb::test::PrivateServer;

namespace {

const QString kSecret = QStringLiteral("right-secret-2023");

Result<std::unique_ptr<storage::PgReportStore>> openAs(const test::TestDatabase &db, const QString &role,
                                                       const QString &password)
{
    storage::ServerOptions options;
    options.connect.conninfo = db.uri(role);
    options.connect.password = password;
    return storage::PgReportStore::open(options);
}

// Socket logins of `role` need its password from now on (the other lines of
// the file, trust for the tests' superuser, stay as they are).
void requirePasswordOf(const PrivateServer &server, const test::TestDatabase &db, const QString &role)
{
    QFile hba(QDir(server.dir).filePath(QStringLiteral("data/pg_hba.conf")));
    REQUIRE(hba.open(QIODevice::ReadOnly));
    const QByteArray rest = hba.readAll();
    hba.close();
    REQUIRE(hba.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(hba.write("local all \"" + role.toUtf8() + "\" scram-sha-256\n" + rest) > 0);
    hba.close();
    db.superuserSql(QStringLiteral("SELECT pg_reload_conf()"));
    // The server rereads the file when signalled, a moment later.
    REQUIRE(QTest::qWaitFor([&] { return !openAs(db, role, {}).ok(); }, 10000));
}

} // namespace

TEST_CASE("server wanting a password: refused without it or with a wrong one, opened with it or from a password file",
          "[postgres][password]")
{
    PrivateServer server;
    test::TestDatabase db(server.uri);
    test::importAsOwner(db, {test::reportOf(Office::kEducation, 2023)});
    const QString clerk = db.makeRole(QStringLiteral("pw"));
    {
        auto admin = storage::pg::Connection::open(db.uri());
        REQUIRE(admin.ok());
        auto granted = storage::pg::ServerAdmin::grant(*admin.value(), storage::pg::Right::Clerk, Office::kEducation, clerk);
        INFO((granted ? QString() : granted.error().message).toStdString());
        REQUIRE(granted.ok());
    }
    db.superuserSql(QStringLiteral("ALTER ROLE \"%1\" PASSWORD '%2'").arg(clerk, kSecret));
    QTemporaryDir home;
    REQUIRE(home.isValid());
    // No password file of the machine's user may answer for the test.
    qputenv("PGPASSFILE", home.filePath(QStringLiteral("none")).toUtf8());
    REQUIRE(openAs(db, clerk, {}).ok()); // trust, before the change
    requirePasswordOf(server, db, clerk);

    auto without = openAs(db, clerk, {});
    REQUIRE_FALSE(without.ok());
    CHECK(without.error().code == QStringLiteral("store.password"));
    auto wrong = openAs(db, clerk, QStringLiteral("wrong-secret"));
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().code == QStringLiteral("store.password"));
    CHECK(wrong.error().message.contains(clerk)); // the server's words name the login

    auto right = openAs(db, clerk, kSecret);
    INFO((right ? QString() : right.error().message).toStdString());
    REQUIRE(right.ok());
    auto listed = right.value()->list();
    REQUIRE(listed.ok());
    REQUIRE(listed.value().size() == 1);
    CHECK(listed.value().front().id.agency == Office::kEducation);

    // ~/.pgpass's way (documented in docs/server.md): libpq reads it, the program never sees the password.
    const QString passFile = home.filePath(QStringLiteral("pgpass"));
    QFile pass(passFile);
    REQUIRE(pass.open(QIODevice::WriteOnly));
    REQUIRE(pass.write("*:*:*:" + clerk.toUtf8() + ":" + kSecret.toUtf8() + "\n") > 0);
    pass.close();
    REQUIRE(pass.setPermissions(QFile::ReadOwner | QFile::WriteOwner)); // libpq ignores a file others can read
    qputenv("PGPASSFILE", passFile.toUtf8());
    auto fromFile = openAs(db, clerk, {});
    INFO((fromFile ? QString() : fromFile.error().message).toStdString());
    CHECK(fromFile.ok());
    qunsetenv("PGPASSFILE");
}
