#pragma once
// One open SQLite connection (RAII). Every sqlite3 result code that reaches
// the rest of the program is turned into an nb::Error here, with a message
// that names the database file and says what is wrong.
#include "core/report/result.h"
#include "core/storage/statement_cache.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QString>
#include <memory>

struct sqlite3;

namespace nb::storage {

class Database {
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    // Opens (creating when missing) without reading or writing anything yet.
    static Result<std::unique_ptr<Database>> open(const QString &path, int busyTimeoutMs);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    sqlite3 *handle() const { return m_db; }
    // The connection's prepared statements (Statement takes them from here).
    StatementCache &statements() { return m_statements; }
    const QString &path() const { return m_path; }
    int busyTimeoutMs() const { return m_busyTimeoutMs; }

    // Statements without parameters (pragmas, schema).
    Status exec(const char *sql);
    // A pragma's single result as text ("wal", "ok", "3").
    Result<QString> pragma(const char *sql);
    qint64 lastInsertId() const;
    // Whether closing may checkpoint the WAL into the main file. Off while a
    // file is being inspected, so that refusing it leaves it unchanged.
    void setCheckpointOnClose(bool enabled);

    // Called by SQLite while another connection holds the lock it needs:
    // whether to try again (after a millisecond) or give up with SQLITE_BUSY.
    // `tries` is 0 at the start of each wait.
    bool keepWaiting(int tries);

    // The error for a failed call, from its result code and the connection's message.
    Error error(int rc) const;
    static Error errorFor(int rc, const QString &path, const QString &detail, int busyTimeoutMs);

private:
    Database(sqlite3 *db, QString path, int busyTimeoutMs);
    sqlite3 *m_db = nullptr;
    QString m_path;
    int m_busyTimeoutMs = 0;
    QElapsedTimer m_waiting; // since the current wait for a lock began
    StatementCache m_statements;
};

} // namespace nb::storage
