#include "core/storage/postgres/pg_connection.h"

#include <libpq-fe.h>
#include <poll.h>

namespace nb::storage::pg {

namespace {

QByteArray arrayElement(const QString &text)
{
    QByteArray out = "\"";
    for (const char c : text.toUtf8()) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + '"';
}

// SQLSTATE classes and codes that mean the server went away rather than
// refused: connection exceptions, shutdown, crash, "cannot connect now".
bool isConnectionState(const QByteArray &state)
{
    return state.startsWith("08") || state == "57P01" || state == "57P02" || state == "57P03";
}

} // namespace

Params &Params::operator<<(const QString &text)
{
    m_values.emplace_back(text.toUtf8());
    return *this;
}

Params &Params::operator<<(qint64 number)
{
    m_values.emplace_back(QByteArray::number(number));
    return *this;
}

Params &Params::operator<<(bool yes)
{
    m_values.emplace_back(QByteArray(yes ? "true" : "false"));
    return *this;
}

Params &Params::operator<<(std::nullopt_t)
{
    m_values.emplace_back(std::nullopt);
    return *this;
}

Params &Params::operator<<(const QStringList &texts)
{
    QByteArray out = "{";
    for (int i = 0; i < texts.size(); ++i)
        out += (i ? "," : "") + arrayElement(texts[i]);
    m_values.emplace_back(out + '}');
    return *this;
}

Params &Params::operator<<(const QList<qint64> &numbers)
{
    QByteArray out = "{";
    for (int i = 0; i < numbers.size(); ++i)
        out += (i ? "," : "") + QByteArray::number(numbers[i]);
    m_values.emplace_back(out + '}');
    return *this;
}

Rows::Rows(pg_result *result) : m_result(result) {}

Rows::Rows(Rows &&other) noexcept : m_result(std::exchange(other.m_result, nullptr)) {}

Rows &Rows::operator=(Rows &&other) noexcept
{
    if (this != &other) {
        PQclear(m_result);
        m_result = std::exchange(other.m_result, nullptr);
    }
    return *this;
}

Rows::~Rows()
{
    PQclear(m_result);
}

int Rows::count() const
{
    return m_result ? PQntuples(m_result) : 0;
}

bool Rows::isNull(int row, int column) const
{
    return PQgetisnull(m_result, row, column) != 0;
}

QString Rows::text(int row, int column) const
{
    return QString::fromUtf8(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column));
}

qint64 Rows::int64(int row, int column) const
{
    return QByteArray(PQgetvalue(m_result, row, column)).toLongLong();
}

bool Rows::boolean(int row, int column) const
{
    return PQgetvalue(m_result, row, column)[0] == 't';
}

qint64 Rows::affected() const
{
    return QByteArray(PQcmdTuples(m_result)).toLongLong();
}

namespace {

// libpq's keywords, in order: our defaults first, then the user's URI or
// keyword string (expanded from dbname, so it overrides the defaults), then
// a password typed into the desktop application (overriding everything).
struct Keywords {
    std::vector<QByteArray> keys, values;
    std::vector<const char *> keyPointers, valuePointers;

    explicit Keywords(const ConnectOptions &o)
    {
        add("application_name", o.applicationName.toUtf8());
        add("client_encoding", "UTF8");
        add("connect_timeout", QByteArray::number(o.connectTimeoutSeconds));
        // A network that drops silently is noticed within seconds, not the
        // operating system's two hours: the window then says so and keeps
        // the edits locally.
        add("keepalives", "1");
        add("keepalives_idle", "5");
        add("keepalives_interval", "2");
        add("keepalives_count", "3");
        add("tcp_user_timeout", "10000");
        add("dbname", o.conninfo.toUtf8());
        if (!o.password.isEmpty())
            add("password", o.password.toUtf8());
        for (size_t i = 0; i < keys.size(); ++i) {
            keyPointers.push_back(keys[i].constData());
            valuePointers.push_back(values[i].constData());
        }
        keyPointers.push_back(nullptr);
        valuePointers.push_back(nullptr);
    }
    void add(const char *key, const QByteArray &value)
    {
        keys.emplace_back(key);
        values.push_back(value);
    }
};

// The server's notices ("role is already a member …") are for people typing
// SQL; what matters to the program comes back as results and errors.
void ignoreNotice(void *, const char *) {}

} // namespace

Connection::Connection(pg_conn *conn) : m_conn(conn)
{
    if (m_conn)
        PQsetNoticeProcessor(m_conn, ignoreNotice, nullptr);
}

Connection::~Connection()
{
    PQfinish(m_conn);
}

Result<std::unique_ptr<Connection>> Connection::open(const ConnectOptions &options)
{
    const Keywords k(options);
    std::unique_ptr<Connection> c(new Connection(PQconnectdbParams(k.keyPointers.data(), k.valuePointers.data(), 1)));
    if (!c->m_conn)
        return Error{QStringLiteral("store.connect"), tr("无法连接数据库服务器：内存不足。")};
    if (PQstatus(c->m_conn) != CONNECTION_OK)
        return c->connectError();
    return c;
}

std::unique_ptr<Connection> Connection::start(const ConnectOptions &options)
{
    const Keywords k(options);
    return std::unique_ptr<Connection>(new Connection(PQconnectStartParams(k.keyPointers.data(), k.valuePointers.data(), 1)));
}

Connection::Progress Connection::poll()
{
    if (!m_conn || PQstatus(m_conn) == CONNECTION_BAD)
        return Progress::Failed;
    if (PQstatus(m_conn) == CONNECTION_OK)
        return Progress::Ready;
    // libpq is asked again only once the socket is ready for what it waits
    // for, so that no call ever blocks the caller.
    if (const int fd = PQsocket(m_conn); fd >= 0) {
        pollfd ready{fd, short(m_connectWantsWrite ? POLLOUT : POLLIN), 0};
        if (::poll(&ready, 1, 0) == 0)
            return Progress::Waiting;
    }
    switch (PQconnectPoll(m_conn)) {
    case PGRES_POLLING_OK:
        return Progress::Ready;
    case PGRES_POLLING_FAILED:
        return Progress::Failed;
    case PGRES_POLLING_WRITING:
        m_connectWantsWrite = true;
        return Progress::Waiting;
    default:
        m_connectWantsWrite = false;
        return Progress::Waiting;
    }
}

Error Connection::connectError() const
{
    const QString detail = m_conn ? QString::fromUtf8(PQerrorMessage(m_conn)).trimmed() : QString();
    if (m_conn && (PQconnectionNeedsPassword(m_conn) || (PQconnectionUsedPassword(m_conn) && detail.contains(QLatin1String("password")))))
        return {QStringLiteral("store.password"),
                tr("数据库服务器要求输入密码，或者密码不对（%1）。").arg(detail)};
    return {QStringLiteral("store.connect"), tr("无法连接数据库服务器：%1").arg(detail)};
}

bool Connection::isBroken() const
{
    return !m_conn || PQstatus(m_conn) != CONNECTION_OK;
}

int Connection::socket() const
{
    return m_conn ? PQsocket(m_conn) : -1;
}

int Connection::backendPid() const
{
    return m_conn ? PQbackendPID(m_conn) : 0;
}

QString Connection::user() const
{
    return m_conn ? QString::fromUtf8(PQuser(m_conn)) : QString();
}

QString Connection::database() const
{
    return m_conn ? QString::fromUtf8(PQdb(m_conn)) : QString();
}

QString Connection::host() const
{
    return m_conn ? QString::fromUtf8(PQhost(m_conn)) : QString();
}

QString Connection::describe() const
{
    return tr("数据库 %1，服务器 %2，用户 %3").arg(database(), host(), user());
}

Error Connection::brokenError(const QString &detail) const
{
    return {QStringLiteral("store.offline"),
            tr("与数据库服务器 %1 的连接中断了（%2）。").arg(host(), detail.isEmpty() ? tr("没有回应") : detail)};
}

Error Connection::errorOf(pg_result *result, const char *sql) const
{
    const QByteArray state = result ? QByteArray(PQresultErrorField(result, PG_DIAG_SQLSTATE)) : QByteArray();
    const QString detail = QString::fromUtf8(result ? PQresultErrorMessage(result) : PQerrorMessage(m_conn)).trimmed();
    if (isBroken() || isConnectionState(state))
        return brokenError(detail);
    if (state == "42501")
        return {QStringLiteral("store.denied"),
                tr("数据库服务器拒绝了这项操作：用户 %1 没有这个权限（%2）。").arg(user(), detail)};
    if (state == "40001" || state == "40P01")
        return {QStringLiteral("db.retry"), tr("与别人的修改同时发生，请再试一次（%1）。").arg(detail)};
    if (state == "23505")
        return {QStringLiteral("db.unique"), tr("数据库服务器报告重复的记录：%1").arg(detail)};
    Q_UNUSED(sql)
    return {QStringLiteral("db.error"), tr("数据库服务器报告错误：%1").arg(detail)};
}

Result<Rows> Connection::exec(const char *sql, const Params &params)
{
    if (isBroken())
        return brokenError({});
    const QByteArray text(sql);
    auto name = m_prepared.constFind(text);
    if (name == m_prepared.constEnd()) {
        const QByteArray fresh = "nb" + QByteArray::number(m_prepared.size() + 1);
        Rows prepared(PQprepare(m_conn, fresh.constData(), sql, 0, nullptr));
        if (PQresultStatus(prepared.m_result) != PGRES_COMMAND_OK)
            return errorOf(prepared.m_result, sql);
        name = m_prepared.insert(text, fresh);
    }
    std::vector<const char *> values;
    for (const auto &v : params.values())
        values.push_back(v ? v->constData() : nullptr);
    Rows rows(PQexecPrepared(m_conn, name->constData(), params.size(), values.data(), nullptr, nullptr, 0));
    const ExecStatusType status = PQresultStatus(rows.m_result);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        return errorOf(rows.m_result, sql);
    return rows;
}

Status Connection::run(const char *sql, const Params &params)
{
    auto done = exec(sql, params);
    return done ? success() : Status(done.error());
}

Status Connection::script(const QString &sql)
{
    if (isBroken())
        return brokenError({});
    const QByteArray text = sql.toUtf8();
    Rows rows(PQexec(m_conn, text.constData()));
    const ExecStatusType status = PQresultStatus(rows.m_result);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        return errorOf(rows.m_result, text.constData());
    return success();
}

bool Connection::consumeInput()
{
    return m_conn && PQconsumeInput(m_conn) == 1 && !isBroken();
}

QList<Notification> Connection::takeNotifications()
{
    QList<Notification> out;
    if (!m_conn)
        return out;
    while (PGnotify *n = PQnotifies(m_conn)) {
        out << Notification{QString::fromUtf8(n->relname), QString::fromUtf8(n->extra), n->be_pid};
        PQfreemem(n);
    }
    return out;
}

Result<QString> Connection::quoteIdentifier(const QString &name) const
{
    const QByteArray utf8 = name.toUtf8();
    char *quoted = PQescapeIdentifier(m_conn, utf8.constData(), size_t(utf8.size()));
    if (!quoted)
        return Error{QStringLiteral("db.error"), tr("名称 %1 无法用于数据库：%2").arg(name, QString::fromUtf8(PQerrorMessage(m_conn)))};
    const QString out = QString::fromUtf8(quoted);
    PQfreemem(quoted);
    return out;
}

Result<Transaction> Transaction::begin(Connection &connection, const char *sql)
{
    if (auto done = connection.run(sql); !done)
        return done.error();
    return Transaction(connection);
}

Transaction::Transaction(Transaction &&other) noexcept : m_connection(std::exchange(other.m_connection, nullptr)) {}

Transaction::~Transaction()
{
    if (m_connection && !m_connection->isBroken())
        static_cast<void>(m_connection->run("ROLLBACK"));
}

Status Transaction::commit()
{
    Connection *c = std::exchange(m_connection, nullptr);
    return c->run("COMMIT");
}

bool isOffline(const Error &error)
{
    return error.code == QLatin1String("store.offline") || error.code == QLatin1String("store.connect");
}

} // namespace nb::storage::pg
