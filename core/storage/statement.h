#pragma once
// A prepared statement (RAII). Values only ever reach SQL through bind():
// no statement text is ever built from data. Prepared once per connection
// and SQL text: destroying one gives it back to the connection's
// StatementCache, reset, for the next prepare() of the same text.
#include "core/report/result.h"
#include "core/storage/database.h"

#include <QString>

struct sqlite3_stmt;

#include <functional>

namespace nb::storage {

class Statement {
public:
    static Result<Statement> prepare(Database &db, const char *sql);
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement();

    // Parameters are numbered from 1, as in SQL's ?1 ?2 …
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, const QString &value);
    Statement &bindNull(int index);

    // Next row: true when there is one, false when done.
    Result<bool> step();
    // Steps through every row, calling `row` on each; the first error stops it.
    Status forEachRow(const std::function<void(const Statement &)> &row);
    // Runs a statement that returns no rows.
    Status run();
    // Ready to run again with new bindings.
    void reset();

    qint64 int64(int column) const;
    QString text(int column) const;
    bool isNull(int column) const;

private:
    Statement(Database &db, sqlite3_stmt *stmt) : m_db(&db), m_stmt(stmt) {}
    void release();
    Database *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    int m_bindError = 0; // first failed bind, reported by step()
};

} // namespace nb::storage
