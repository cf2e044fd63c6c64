#pragma once
// A transaction that rolls back unless committed: an early return or an
// error on the way leaves the database exactly as it was.
#include "core/storage/database.h"

namespace nb::storage {

class Transaction {
public:
    enum class Kind { Read, Write };
    // Write transactions take the write lock at once (BEGIN IMMEDIATE), so a
    // busy database is reported before anything is done, never half-way.
    static Result<Transaction> begin(Database &db, Kind kind);
    Transaction(Transaction &&other) noexcept;
    Transaction &operator=(Transaction &&) = delete;
    Transaction(const Transaction &) = delete;
    ~Transaction();

    Status commit();

private:
    explicit Transaction(Database &db) : m_db(&db) {}
    Database *m_db = nullptr;
    bool m_open = true;
};

} // namespace nb::storage
