#pragma once
// The prepared statements of one connection, kept by their SQL text for the
// connection's lifetime. The store runs the same few dozen small statements
// for every report; preparing one (parsing and planning its SQL) cost as much
// as running it. A Statement takes one out while it is in use and gives it
// back; the same text wanted again while it is out (one statement used inside
// another of the same SQL) is prepared anew, and the spare one finalised when
// both have come back.
#include <QByteArray>
#include <QHash>

struct sqlite3;
struct sqlite3_stmt;

namespace nb::storage {

class StatementCache {
public:
    explicit StatementCache(sqlite3 *db) : m_db(db) {}
    ~StatementCache() { finalizeAll(); }
    StatementCache(const StatementCache &) = delete;
    StatementCache &operator=(const StatementCache &) = delete;

    // A kept statement of this text, or a newly prepared one; SQLite's result
    // code when the text does not prepare.
    int take(const char *sql, sqlite3_stmt **out);
    // Reset, without bindings, and kept (or finalised when one of its text is kept already).
    void giveBack(sqlite3_stmt *stmt);
    // Before the connection closes: a kept statement would keep it open.
    void finalizeAll();
    qsizetype keptCount() const { return m_kept.size(); }

private:
    sqlite3 *m_db;
    QHash<QByteArray, sqlite3_stmt *> m_kept;
};

} // namespace nb::storage
