#include "core/storage/transaction.h"

#include <sqlite3.h>
#include <utility>

namespace nb::storage {

Result<Transaction> Transaction::begin(Database &db, Kind kind)
{
    auto begun = db.exec(kind == Kind::Write ? "BEGIN IMMEDIATE" : "BEGIN DEFERRED");
    if (!begun)
        return begun.error();
    return Transaction(db);
}

Transaction::Transaction(Transaction &&other) noexcept
    : m_db(other.m_db), m_open(std::exchange(other.m_open, false))
{
}

Transaction::~Transaction()
{
    if (m_open && sqlite3_get_autocommit(m_db->handle()) == 0)
        m_db->exec("ROLLBACK");
}

Status Transaction::commit()
{
    auto done = m_db->exec("COMMIT");
    if (!done)
        return done; // the destructor rolls back
    m_open = false;
    return success();
}

} // namespace nb::storage
