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
    if (m_open && sqlite3_get_autocommit(m_db->handle()) == 0) {
        // Nothing was committed, so nothing is lost; a failed ROLLBACK leaves
        // the connection in its transaction, which the next BEGIN reports.
        if (Status rolledBack = m_db->exec("ROLLBACK"); !rolledBack)
            qWarning("%s", qPrintable(rolledBack.error().message));
    }
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
