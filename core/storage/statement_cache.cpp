#include "core/storage/statement_cache.h"

#include <sqlite3.h>
#include <cstring>

namespace nb::storage {

int StatementCache::take(const char *sql, sqlite3_stmt **out)
{
    // Looked up without copying the text: the key is only read.
    if (auto it = m_kept.find(QByteArray::fromRawData(sql, qsizetype(std::strlen(sql)))); it != m_kept.end()) {
        *out = it.value();
        m_kept.erase(it);
        return SQLITE_OK;
    }
    *out = nullptr;
    const int rc = sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, out, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(*out);
        *out = nullptr;
    }
    return rc;
}

void StatementCache::giveBack(sqlite3_stmt *stmt)
{
    if (!stmt)
        return;
    // Reset: a statement left between rows would hold its read transaction open.
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    // The text it was prepared from, as SQLite keeps it: the key take() looks up.
    const QByteArray sql(sqlite3_sql(stmt));
    if (m_kept.contains(sql))
        sqlite3_finalize(stmt);
    else
        m_kept.insert(sql, stmt);
}

void StatementCache::finalizeAll()
{
    for (sqlite3_stmt *stmt : std::as_const(m_kept))
        sqlite3_finalize(stmt);
    m_kept.clear();
}

} // namespace nb::storage
