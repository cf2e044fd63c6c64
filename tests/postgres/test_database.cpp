#include "tests/postgres/test_database.h"

#include "core/storage/postgres/pg_connection.h"
#include "core/storage/postgres/pg_server_admin.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QUrl>
#include <QUrlQuery>
#include <catch2/catch.hpp>

namespace nb::test {

namespace {

std::unique_ptr<storage::pg::Connection> connectTo(const QString &uri)
{
    auto c = storage::pg::Connection::open({uri});
    INFO((c ? QString() : c.error().message).toStdString());
    REQUIRE(c.ok());
    return std::move(c.value());
}

QString uniqueName(const QString &stem)
{
    return QStringLiteral("%1_%2_%3").arg(stem).arg(QCoreApplication::applicationPid()).arg(QRandomGenerator::global()->generate() % 100000000);
}

} // namespace

QString testServerUri()
{
    const QString uri = qEnvironmentVariable("NB_TEST_PG");
    INFO("NB_TEST_PG is not set: run the PostgreSQL tests through ctest, whose fixture nb_pg starts the throwaway "
         "server (tests/postgres/test_server.sh), or set NB_TEST_PG to the URI that `test_server.sh start DIR` prints");
    REQUIRE_FALSE(uri.isEmpty());
    return uri;
}

QString databaseUri(const QString &serverUri, const QString &database, const QString &user)
{
    QUrl url(serverUri);
    url.setPath(QLatin1Char('/') + database);
    if (!user.isEmpty()) {
        QUrlQuery query(url);
        query.removeAllQueryItems(QStringLiteral("user"));
        query.addQueryItem(QStringLiteral("user"), user);
        url.setQuery(query);
    }
    return url.toString();
}

TestDatabase::TestDatabase() : m_server(testServerUri())
{
    create();
}

TestDatabase::TestDatabase(const QString &serverUri) : m_server(serverUri)
{
    create();
}

void TestDatabase::create()
{
    m_name = uniqueName(QStringLiteral("nb_test"));
    auto admin = connectTo(m_server);
    auto quoted = admin->quoteIdentifier(m_name);
    REQUIRE(quoted.ok());
    const Status made = admin->script(QStringLiteral("CREATE DATABASE %1").arg(quoted.value()));
    INFO((made ? QString() : made.error().message).toStdString());
    REQUIRE(made.ok());
    auto db = connectTo(uri());
    auto init = storage::pg::ServerAdmin::init(*db);
    INFO((init ? QString() : init.error().message).toStdString());
    REQUIRE(init.ok());
}

TestDatabase::~TestDatabase()
{
    auto admin = storage::pg::Connection::open({m_server});
    if (!admin)
        return;
    if (auto quoted = admin.value()->quoteIdentifier(m_name))
        static_cast<void>(admin.value()->script(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(quoted.value())));
    for (const QString &role : std::as_const(m_roles))
        if (auto quoted = admin.value()->quoteIdentifier(role))
            static_cast<void>(admin.value()->script(QStringLiteral("DROP ROLE IF EXISTS %1").arg(quoted.value())));
}

QString TestDatabase::makeRole(const QString &stem)
{
    const QString role = uniqueName(stem);
    m_roles << role;
    return role;
}

void TestDatabase::superuserSql(const QString &sql) const
{
    auto c = connectTo(uri());
    const Status done = c->script(sql);
    INFO((done ? QString() : done.error().message).toStdString());
    REQUIRE(done.ok());
}

} // namespace nb::test
