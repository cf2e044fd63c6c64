#pragma once
// One libpq connection (RAII) and the only way SQL reaches the server: every
// value travels as a bound parameter of a prepared statement, never inside the
// statement text. The few statements that must name an identifier (CREATE
// ROLE, GRANT) quote it with PQescapeIdentifier in pg_server_admin.cpp.
//
// Every libpq failure that reaches the rest of the program is turned into an
// nb::Error here: "store.offline" when the server cannot be reached or the
// connection broke (the outcome of a statement in flight is then unknown),
// "store.denied" when the server refused for lack of a right, "db.error"
// otherwise, each with a message for people.
#include "core/report/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>
#include <vector>

struct pg_conn;
struct pg_result;

namespace nb::storage::pg {

// The values of a statement's $1, $2 … in order, as text (the server
// converts them to the column's type; a statement casts where it cannot tell).
class Params {
public:
    Params &operator<<(const QString &text);
    Params &operator<<(const char *text) { return *this << QString::fromUtf8(text); }
    Params &operator<<(qint64 number);
    Params &operator<<(int number) { return *this << qint64(number); }
    Params &operator<<(bool yes);
    Params &operator<<(std::nullopt_t);
    // A text[] literal ({"a","b"}) for = ANY($n::text[]) and unnest().
    Params &operator<<(const QStringList &texts);
    Params &operator<<(const QList<qint64> &numbers);

    int size() const { return int(m_values.size()); }
    const std::vector<std::optional<QByteArray>> &values() const { return m_values; }

private:
    std::vector<std::optional<QByteArray>> m_values;
};

// A result (RAII): rows of text values.
class Rows {
public:
    explicit Rows(pg_result *result);
    Rows(Rows &&other) noexcept;
    Rows &operator=(Rows &&other) noexcept;
    Rows(const Rows &) = delete;
    Rows &operator=(const Rows &) = delete;
    ~Rows();

    int count() const;
    bool isNull(int row, int column) const;
    QString text(int row, int column) const;
    qint64 int64(int row, int column) const;
    bool boolean(int row, int column) const;
    // Rows changed by INSERT/UPDATE/DELETE.
    qint64 affected() const;

private:
    friend class Connection;
    pg_result *m_result = nullptr;
};

// What a connection is made from: a URI (postgresql://…), a keyword string
// (service=NAME, host=… dbname=…), plus a password asked for by the desktop
// (kept in memory only) and the program name the server shows.
struct ConnectOptions {
    ConnectOptions() = default;
    ConnectOptions(QString info) : conninfo(std::move(info)) {} // NOLINT: a URI is the usual way to say where
    QString conninfo;
    QString password; // empty: libpq's own sources (~/.pgpass, PGPASSFILE, the service file)
    QString applicationName = QStringLiteral("nianbao");
    int connectTimeoutSeconds = 5;
};

struct Notification {
    QString channel;
    QString payload;
    int backendPid = 0;
};

class Connection {
    Q_DECLARE_TR_FUNCTIONS(Connection)
public:
    // Connects and waits for the server (at most connectTimeoutSeconds).
    static Result<std::unique_ptr<Connection>> open(const ConnectOptions &options);
    // Starts connecting without waiting: poll() until it answers.
    static std::unique_ptr<Connection> start(const ConnectOptions &options);
    enum class Progress { Waiting, Ready, Failed };
    Progress poll();
    Error connectError() const; // after Failed, or when open() fails

    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    // One statement with bound parameters, prepared once per connection.
    Result<Rows> exec(const char *sql, const Params &params = {});
    Status run(const char *sql, const Params &params = {});
    // Statements without parameters, several at once (migrations, SET …, LISTEN).
    Status script(const QString &sql);

    bool isBroken() const;
    int socket() const;
    int backendPid() const;
    QString user() const;     // the role this connection logged in as
    QString database() const;
    QString host() const;     // host name, or the socket's folder
    // Reads what the server sent meanwhile; false when the connection broke.
    bool consumeInput();
    // Notifications received so far (LISTEN), oldest first; taking them empties the queue.
    QList<Notification> takeNotifications();
    // An identifier quoted for the server (role names in GRANT): the one place
    // where a value becomes statement text.
    Result<QString> quoteIdentifier(const QString &name) const;

    // "数据库 nianbao，服务器 db.example，用户 zhang"
    QString describe() const;

private:
    explicit Connection(pg_conn *conn);
    Error errorOf(pg_result *result, const char *sql) const;
    Error brokenError(const QString &detail) const;

    pg_conn *m_conn = nullptr;
    bool m_connectWantsWrite = true; // what a connection being made waits for
    QHash<QByteArray, QByteArray> m_prepared; // statement text → name
};

// Runs `body` in a transaction (BEGIN … COMMIT); rolls back when it fails.
class Transaction {
public:
    static Result<Transaction> begin(Connection &connection, const char *sql = "BEGIN");
    Transaction(Transaction &&other) noexcept;
    Transaction(const Transaction &) = delete;
    ~Transaction();
    Status commit();

private:
    explicit Transaction(Connection &connection) : m_connection(&connection) {}
    Connection *m_connection = nullptr;
};

// Whether an error means the server was out of reach (rather than a refusal).
bool isOffline(const Error &error);

} // namespace nb::storage::pg
