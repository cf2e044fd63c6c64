// Where the database lives and what a new one looks like.
#include "core/storage/database_path.h"
#include "core/storage/migrations.h"
#include "tests/storage/storage_fixture.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QtEndian>
#include <catch2/catch.hpp>

using namespace nb;

TEST_CASE("a new database carries the current schema version and our application id", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.sqlite3"));
    test::openOrFail(path).reset();
    const QByteArray header = test::fileBytes(path).left(100);
    REQUIRE(header.startsWith(QByteArray("SQLite format 3\0", 16)));
    const auto *bytes = reinterpret_cast<const uchar *>(header.constData());
    CHECK(qFromBigEndian<quint32>(bytes + 60) == quint32(storage::Migrations::latestVersion())); // user_version
    CHECK(qFromBigEndian<quint32>(bytes + 68) == quint32(storage::Migrations::kApplicationId));
    CHECK(bytes[18] == 2); // WAL
    // Opening again runs no migration twice and keeps what is there.
    auto again = test::openOrFail(path);
    CHECK(again->list().value().isEmpty());
    CHECK(again->integrityCheck().value() == QStringLiteral("ok"));
}

TEST_CASE("an empty file becomes a new database", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.sqlite3"));
    test::writeBytes(path, QByteArray());
    auto store = test::openOrFail(path);
    CHECK(store->create(test::packageFixture(QStringLiteral("full-2022.nianbao.json"))).ok());
}

TEST_CASE("the default database is in the user's data folder, shared by the command line", "[storage]")
{
    QTemporaryDir dir;
    const QByteArray saved = qgetenv("XDG_DATA_HOME");
    qputenv("XDG_DATA_HOME", QFile::encodeName(dir.path()));
    const QString path = storage::defaultDatabasePath();
    qputenv("XDG_DATA_HOME", saved);
    CHECK(path.startsWith(dir.path() + u'/'));
    CHECK(path.endsWith(QStringLiteral("/nianbao.sqlite3")));
    CHECK(QFileInfo(QFileInfo(path).absolutePath()).isDir()); // the folder is created

    // nianbao-cli without --db uses <data>/nianbao/nianbao/nianbao.sqlite3.
    QProcess cli;
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.path());
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(NB_CLI_PATH), {QStringLiteral("import"), QStringLiteral(NB_TEST_DATA "/full-2022.nianbao.json")});
    REQUIRE(cli.waitForFinished(30000));
    CHECK(cli.exitCode() == 0);
    const QString cliDefault = dir.filePath(QStringLiteral("nianbao/nianbao/nianbao.sqlite3"));
    REQUIRE(QFile::exists(cliDefault));
    CHECK(test::openOrFail(cliDefault)->list().value().size() == 1);
}
