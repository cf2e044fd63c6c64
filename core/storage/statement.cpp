#include "core/storage/statement.h"

#include <sqlite3.h>
#include <utility>

namespace nb::storage {

Result<Statement> Statement::prepare(Database &db, const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    if (const int rc = db.statements().take(sql, &stmt); rc != SQLITE_OK)
        return db.error(rc);
    return Statement(db, stmt);
}

Statement::Statement(Statement &&other) noexcept
    : m_db(other.m_db), m_stmt(std::exchange(other.m_stmt, nullptr)), m_bindError(other.m_bindError)
{
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        release();
        m_db = other.m_db;
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_bindError = other.m_bindError;
    }
    return *this;
}

Statement::~Statement()
{
    release();
}

void Statement::release()
{
    if (m_stmt)
        m_db->statements().giveBack(std::exchange(m_stmt, nullptr));
}

Statement &Statement::bind(int index, qint64 value)
{
    const int rc = sqlite3_bind_int64(m_stmt, index, value);
    if (rc != SQLITE_OK && !m_bindError)
        m_bindError = rc;
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    const int rc = sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK && !m_bindError)
        m_bindError = rc;
    return *this;
}

Statement &Statement::bindNull(int index)
{
    const int rc = sqlite3_bind_null(m_stmt, index);
    if (rc != SQLITE_OK && !m_bindError)
        m_bindError = rc;
    return *this;
}

Result<bool> Statement::step()
{
    if (m_bindError)
        return m_db->error(m_bindError);
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    Error e = m_db->error(rc);
    sqlite3_reset(m_stmt);
    return e;
}

Status Statement::forEachRow(const std::function<void(const Statement &)> &row)
{
    for (;;) {
        auto more = step();
        if (!more)
            return more.error();
        if (!*more)
            return success();
        row(*this);
    }
}

Status Statement::run()
{
    auto r = step();
    if (!r)
        return r.error();
    sqlite3_reset(m_stmt);
    return success();
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_bindError = 0;
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

} // namespace nb::storage
