#include "core/storage/database.h"

#include <QDir>
#include <sqlite3.h>

namespace nb::storage {

namespace {

// SQLite's own busy handler sleeps ever longer (up to 100 ms) between tries.
// Another program that writes one transaction after another — an import, a
// second window saving each keystroke — leaves the lock free for
// microseconds between them, so a waiter that looks ten times a second can
// miss every gap until its timeout and lose the edit. Trying every
// millisecond finds the gap; a try is one file-lock call.
int retryEveryMillisecond(void *context, int tries)
{
    auto *database = static_cast<Database *>(context);
    return database->keepWaiting(tries) ? 1 : 0;
}

} // namespace

Database::Database(sqlite3 *db, QString path, int busyTimeoutMs)
    : m_db(db), m_path(std::move(path)), m_busyTimeoutMs(busyTimeoutMs), m_statements(db)
{
}

Database::~Database()
{
    // Every statement finalised first, so that closing really closes (and checkpoints).
    m_statements.finalizeAll();
    sqlite3_close_v2(m_db);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, int busyTimeoutMs)
{
    sqlite3 *db = nullptr;
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString detail = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString();
        sqlite3_close_v2(db);
        return errorFor(rc, path, detail, busyTimeoutMs);
    }
    sqlite3_extended_result_codes(db, 1);
    std::unique_ptr<Database> database(new Database(db, path, busyTimeoutMs));
    sqlite3_busy_handler(db, retryEveryMillisecond, database.get());
    return database;
}

bool Database::keepWaiting(int tries)
{
    if (tries == 0)
        m_waiting.start();
    if (m_waiting.elapsed() >= m_busyTimeoutMs)
        return false;
    sqlite3_sleep(1);
    return true;
}

Status Database::exec(const char *sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    sqlite3_free(message);
    if (rc != SQLITE_OK)
        return error(rc);
    return success();
}

Result<QString> Database::pragma(const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    int rc = sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr);
    if (rc != SQLITE_OK)
        return error(rc);
    QString value;
    rc = sqlite3_step(stmt);
    if (rc == SQLITE_ROW)
        value = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
    const int done = rc == SQLITE_ROW || rc == SQLITE_DONE ? SQLITE_OK : rc;
    sqlite3_finalize(stmt);
    if (done != SQLITE_OK)
        return error(done);
    return value;
}

qint64 Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

void Database::setCheckpointOnClose(bool enabled)
{
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, enabled ? 0 : 1, nullptr);
}

Error Database::error(int rc) const
{
    return errorFor(rc, m_path, QString::fromUtf8(sqlite3_errmsg(m_db)), m_busyTimeoutMs);
}

Error Database::errorFor(int rc, const QString &path, const QString &detail, int busyTimeoutMs)
{
    const QString file = QDir::toNativeSeparators(path);
    switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return {QStringLiteral("db.locked"),
                tr("数据库文件 %1 正被另一个程序占用（等待 %2 秒后仍未释放）。本次操作没有执行，请稍后重试。")
                    .arg(file).arg(busyTimeoutMs / 1000.0)};
    case SQLITE_FULL:
        return {QStringLiteral("db.full"),
                tr("磁盘已满，无法写入数据库文件 %1。本次修改没有保存，之前保存的内容完好；请腾出磁盘空间后重试。").arg(file)};
    case SQLITE_CORRUPT:
        return {QStringLiteral("db.corrupt"),
                tr("数据库文件 %1 已损坏（%2）。文件未做任何改动；请从备份恢复。").arg(file, detail)};
    case SQLITE_NOTADB:
        return {QStringLiteral("db.not-database"),
                tr("文件 %1 不是年报数据库。文件未做任何改动。").arg(file)};
    case SQLITE_READONLY:
        return {QStringLiteral("db.readonly"),
                tr("数据库文件 %1 是只读的，无法保存修改（%2）。").arg(file, detail)};
    case SQLITE_CANTOPEN:
        return {QStringLiteral("db.cantopen"),
                tr("无法打开数据库文件 %1（%2）。请检查文件夹是否存在、是否可写。").arg(file, detail)};
    case SQLITE_IOERR:
        return {QStringLiteral("db.io"),
                tr("读写数据库文件 %1 时出错（%2）。本次修改没有保存。").arg(file, detail)};
    case SQLITE_CONSTRAINT:
        return {QStringLiteral("db.constraint"),
                tr("数据库文件 %1 拒绝了不一致的数据（%2）。").arg(file, detail)};
    default:
        return {QStringLiteral("db.error"), tr("数据库文件 %1 出错：%2").arg(file, detail)};
    }
}

} // namespace nb::storage
