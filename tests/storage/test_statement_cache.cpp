// The connection's prepared statements, kept by SQL text (statement_cache.h):
// a statement comes back clean, one SQL text can be in use twice at once, and
// a kept statement neither holds a read open nor keeps the connection open.
#include "core/storage/database.h"
#include "core/storage/statement.h"
#include "tests/storage/storage_fixture.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <sqlite3.h>

using namespace nb;
using storage::Database;
using storage::Statement;

namespace {

std::unique_ptr<Database> openOrFail(const QTemporaryDir &dir)
{
    auto db = Database::open(dir.filePath(QStringLiteral("cache.sqlite3")), 1000);
    REQUIRE(db);
    return std::move(db.value());
}

// A statement that is not given back, or not reset, keeps its read open.
bool anyStatementBusy(const Database &db)
{
    for (sqlite3_stmt *s = sqlite3_next_stmt(db.handle(), nullptr); s; s = sqlite3_next_stmt(db.handle(), s))
        if (sqlite3_stmt_busy(s))
            return true;
    return false;
}

int statementCount(const Database &db)
{
    int count = 0;
    for (sqlite3_stmt *s = sqlite3_next_stmt(db.handle(), nullptr); s; s = sqlite3_next_stmt(db.handle(), s))
        ++count;
    return count;
}

} // namespace

TEST_CASE("a statement is prepared once per SQL text and comes back without its bindings", "[storage]")
{
    QTemporaryDir dir;
    auto db = openOrFail(dir);
    {
        auto st = Statement::prepare(*db, "SELECT ?1");
        REQUIRE(st);
        CHECK(db->statements().keptCount() == 0); // out while in use
        REQUIRE(st.value().bind(1, 5).step().value());
        CHECK(st.value().int64(0) == 5);
    }
    CHECK(db->statements().keptCount() == 1);
    auto again = Statement::prepare(*db, "SELECT ?1");
    REQUIRE(again);
    REQUIRE(again.value().step().value());
    CHECK(again.value().isNull(0)); // the earlier binding is gone
    CHECK_FALSE(Statement::prepare(*db, "SELEC nothing")); // a wrong text is an error, not kept
    CHECK(db->statements().keptCount() == 0);
}

TEST_CASE("the same SQL text in use inside itself gets a statement of its own", "[storage]")
{
    QTemporaryDir dir;
    auto db = openOrFail(dir);
    REQUIRE(db->exec("CREATE TABLE t(n INTEGER); INSERT INTO t VALUES(1), (2), (3)"));
    const char *sql = "SELECT n FROM t WHERE n >= ?1 ORDER BY n";
    QList<qint64> pairs;
    {
        auto outer = Statement::prepare(*db, sql);
        REQUIRE(outer);
        const Status done = outer.value().bind(1, 2).forEachRow([&](const Statement &row) {
            auto inner = Statement::prepare(*db, sql);
            REQUIRE(inner);
            REQUIRE(inner.value().bind(1, row.int64(0)).forEachRow([&](const Statement &r) { pairs << row.int64(0) * 10 + r.int64(0); }));
        });
        REQUIRE(done);
        CHECK(db->statements().keptCount() == 1); // the inner one, back; the outer still out
    }
    CHECK(pairs == QList<qint64>{22, 23, 33});
    // The outer one back too: one of the two kept, the other finalised.
    CHECK(db->statements().keptCount() == 1);
    CHECK(statementCount(*db) == 1);
}

TEST_CASE("a statement given back between rows ends its read", "[storage]")
{
    QTemporaryDir dir;
    auto db = openOrFail(dir);
    REQUIRE(db->exec("CREATE TABLE t(n INTEGER); INSERT INTO t VALUES(1), (2), (3)"));
    {
        auto st = Statement::prepare(*db, "SELECT n FROM t");
        REQUIRE(st);
        REQUIRE(st.value().step().value()); // one row of three read, then given back
        CHECK(anyStatementBusy(*db));
    }
    CHECK(db->statements().keptCount() == 1);
    CHECK_FALSE(anyStatementBusy(*db));
}

TEST_CASE("closing a store with kept statements closes its database file", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("closed.sqlite3"));
    auto store = test::openOrFail(path);
    const auto report = test::packageFixture(QStringLiteral("full-2022.nianbao.json"));
    REQUIRE(store->create(report));
    REQUIRE(store->load({report.agencyName, report.year}));
    REQUIRE(QFileInfo::exists(path + QStringLiteral("-wal")));
    store.reset();
    // The last connection closed: SQLite checkpointed and removed its write-ahead log.
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
}
