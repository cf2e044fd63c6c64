// Bad files: each is refused (or its write fails) with a message naming the
// file, the file stays byte-for-byte unchanged, and nothing crashes.
#include "core/storage/migrations.h"
#include "tests/storage/storage_fixture.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtEndian>
#include <catch2/catch.hpp>

using namespace nb;

namespace {

// A closed database with one full report: all in the main file (the WAL is
// checkpointed and removed when the last connection closes).
QString makeDatabase(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("reports.sqlite3"));
    auto store = test::openOrFail(path);
    REQUIRE(store->create(test::packageFixture(QStringLiteral("full-2023.nianbao.json"))).ok());
    store.reset();
    REQUIRE_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    return path;
}

void requireRefused(const QString &path, const QString &code)
{
    const bool isFile = QFileInfo(path).isFile();
    const QByteArray before = isFile ? test::fileBytes(path) : QByteArray();
    auto store = storage::SqliteReportStore::open(path);
    REQUIRE_FALSE(store.ok());
    CHECK(store.error().code == code);
    CHECK(store.error().message.contains(QDir::toNativeSeparators(path)));
    if (isFile)
        CHECK(test::fileBytes(path) == before);
}

void setHeaderWord(const QString &path, int offset, quint32 value)
{
    QByteArray bytes = test::fileBytes(path);
    qToBigEndian(value, reinterpret_cast<uchar *>(bytes.data()) + offset);
    test::writeBytes(path, bytes);
}

} // namespace

TEST_CASE("a file that is not a database is refused untouched", "[storage][badfile]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.sqlite3"));
    test::writeBytes(path, QStringLiteral("这不是数据库，是一份会议记录。\n").toUtf8().repeated(300));
    requireRefused(path, QStringLiteral("db.not-database"));
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-shm")));
    requireRefused(dir.path(), QStringLiteral("db.not-database")); // a folder
}

TEST_CASE("a truncated database is refused untouched", "[storage][badfile]")
{
    QTemporaryDir dir;
    const QString path = makeDatabase(dir);
    const QByteArray whole = test::fileBytes(path);
    REQUIRE(whole.size() >= 4 * 4096);
    SECTION("cut inside a page") { test::writeBytes(path, whole.left(whole.size() / 2 + 100)); }
    SECTION("cut at a page boundary") { test::writeBytes(path, whole.left(2 * 4096)); }
    SECTION("only half a header") { test::writeBytes(path, whole.left(60)); }
    const QString code = QFileInfo(path).size() < 100 ? QStringLiteral("db.not-database") : QStringLiteral("db.corrupt");
    requireRefused(path, code);
}

TEST_CASE("a corrupt database gives messages, not crashes, and is not changed", "[storage][badfile]")
{
    QTemporaryDir dir;
    const QString path = makeDatabase(dir);
    QByteArray bytes = test::fileBytes(path);
    for (qsizetype i = 4096; i < bytes.size(); ++i)
        bytes[i] = char(0xA5 ^ (i * 7));
    test::writeBytes(path, bytes);
    auto store = storage::SqliteReportStore::open(path);
    if (store.ok()) {
        // Page 1 survived: the damage shows when the rows are read.
        auto list = store.value()->list();
        REQUIRE_FALSE(list.ok());
        CHECK(list.error().code == QStringLiteral("db.corrupt"));
        CHECK(list.error().message.contains(QDir::toNativeSeparators(path)));
        CHECK_FALSE(store.value()->load({QStringLiteral("示例市人民政府"), 2023}).ok());
        store.value().reset();
    } else {
        CHECK(store.error().message.contains(QDir::toNativeSeparators(path)));
    }
    CHECK(test::fileBytes(path) == bytes);
}

TEST_CASE("a database of a newer version, or of another program, is refused untouched", "[storage][badfile]")
{
    QTemporaryDir dir;
    const QString path = makeDatabase(dir);
    SECTION("newer schema")
    {
        setHeaderWord(path, 60, quint32(storage::Migrations::latestVersion() + 1)); // PRAGMA user_version
        requireRefused(path, QStringLiteral("db.newer"));
    }
    SECTION("another program's database")
    {
        setHeaderWord(path, 68, 0x12345678); // PRAGMA application_id
        requireRefused(path, QStringLiteral("db.foreign"));
    }
}

TEST_CASE("a read-only database file or folder is refused untouched", "[storage][badfile]")
{
    QTemporaryDir dir;
    const QString path = makeDatabase(dir);
    const auto rw = QFile::permissions(path);
    SECTION("file")
    {
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
        requireRefused(path, QStringLiteral("db.readonly"));
        QFile::setPermissions(path, rw);
    }
    SECTION("folder")
    {
        const auto folderRw = QFile::permissions(dir.path());
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        requireRefused(path, QStringLiteral("db.readonly"));
        const QString fresh = dir.filePath(QStringLiteral("new.sqlite3"));
        requireRefused(fresh, QStringLiteral("db.readonly"));
        CHECK_FALSE(QFile::exists(fresh));
        QFile::setPermissions(dir.path(), folderRw);
    }
    SECTION("missing folder")
    {
        requireRefused(dir.filePath(QStringLiteral("no/such/folder/db.sqlite3")), QStringLiteral("db.cantopen"));
    }
}

TEST_CASE("a full disk fails the write with a message and keeps what was saved", "[storage][badfile]")
{
    // Simulated: SQLite's PRAGMA max_page_count makes the database behave
    // exactly as on a full disk (SQLITE_FULL) without needing a tiny filesystem.
    QTemporaryDir dir;
    const QString path = makeDatabase(dir);
    const QByteArray before = test::fileBytes(path);
    storage::OpenOptions options;
    options.maxPageCount = before.size() / 4096;
    auto store = test::openOrFail(path, options);
    const store::ReportId id{QStringLiteral("示例市人民政府"), 2023};
    report::Report edited = store->load(id).value();
    const report::Report saved = edited;
    edited.texts[QStringLiteral("problems")] = QStringLiteral("很长的问题描述。").repeated(40000);
    const auto failed = store->write(edited, store::ChangeHint{{}, {QStringLiteral("problems")}, false, false});
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().code == QStringLiteral("db.full"));
    CHECK(failed.error().message.contains(QDir::toNativeSeparators(path)));
    CHECK(store->load(id).value() == saved);
    CHECK(store->integrityCheck().value() == QStringLiteral("ok"));
    CHECK(test::fileBytes(path) == before);
    // A small edit still fits: the store keeps working after the failure.
    edited = saved;
    edited.cells[QStringLiteral("requests.new.natural")] = report::Decimal::fromInteger(5);
    CHECK(store->write(edited, store::ChangeHint{{QStringLiteral("requests.new.natural")}, {}, false, false}).ok());
}
