#pragma once
// The report store on a shared PostgreSQL server: the same ReportStore as the
// SQLite file, for a whole office at once (contract §10). Each call is one
// transaction; a write locks its report's row, so two clerks' edits of one
// report are applied one after the other, each only the keys it names, and a
// text is refused when it changed since the writer read it (ChangeHint::textBase).
//
// Who may do what is decided by the server (roles and row-level security, see
// pg_migrations.h); the store checks the same rules first only to give a
// clearer message. Every change notifies listeners (LISTEN/NOTIFY) through
// link(). With a journal (the desktop application), edits go on being
// accepted while the server is away and are sent, in order and each once,
// when it is back; without one (the command line) a call fails at once.
#include "core/storage/postgres/pg_connection.h"
#include "core/store/report_store.h"
#include "core/store/store_errors.h"

#include <QCoreApplication>
#include <functional>
#include <memory>

namespace nb::storage {

class OfflineJournal;

namespace pg {
class Link;
class ReportRows;
} // namespace pg

struct ServerOptions {
    pg::ConnectOptions connect;
    // The offline journal (a small SQLite file). Empty: no journal.
    QString journalPath;
};

class PgReportStore : public store::ReportStore {
    Q_DECLARE_TR_FUNCTIONS(PgReportStore)
public:
    // Connects (waiting at most the connect timeout) and checks that the
    // database has our schema at this program's version; never migrates
    // (`nianbao-cli server init` does). A journal left from last time is sent first.
    static Result<std::unique_ptr<PgReportStore>> open(const ServerOptions &options);
    ~PgReportStore() override;

    Result<QList<store::ReportSummary>> list() override;
    Result<report::Report> load(const store::ReportId &id) override;
    Status create(const report::Report &report) override;
    Status write(const report::Report &report, const store::ChangeHint &changed) override;
    Status setStatus(const store::ReportId &id, report::ReportStatus status, const QString &reason) override;
    Status renameAgency(const QString &from, const QString &to) override;
    Status importReport(const report::Report &report, bool replace) override;
    Status importEach(qsizetype count, const ReportSource &source, bool replace) override;
    Result<QList<store::SnapshotInfo>> snapshots(const store::ReportId &id) override;
    Result<qint64> takeSnapshot(const store::ReportId &id, const QString &reason) override;
    Result<report::Report> snapshot(qint64 snapshotId) override;
    Status restore(qint64 snapshotId) override;
    Result<report::Report> newYear(const QString &agency, int year, bool replace) override;
    Result<QList<store::AuditEntry>> auditLog(const store::ReportId &id) override;
    Result<qint64> revision(const store::ReportId &id) override;

    Result<QList<store::AgencyInfo>> agencies() override;
    Status addAgency(const store::AgencyInfo &agency) override;
    Status setParent(const QString &agency, const QString &parent) override;
    Status submit(const store::ReportId &id) override;
    Status returnReport(const store::ReportId &id, const QString &reason) override;
    Result<store::ReportState> reportState(const store::ReportId &id) override;
    Result<QList<store::ReportState>> reportStates(int year) override;
    Result<QList<report::Report>> loadMany(const QList<store::ReportId> &ids) override;
    Status recordChecks(const QList<std::pair<store::ReportId, store::CheckSummary>> &checks) override;

    store::StoreLink *link() override;
    // "数据库 nianbao，服务器 …，用户 …"
    QString describe() const;
    // The role the store connected as (what the audit log records).
    QString user() const;

private:
    friend class pg::Link;
    explicit PgReportStore(const ServerOptions &options);

    // The live connection, connecting again when there is none (without a
    // journal; with one the link reconnects in the background and this
    // fails with "store.offline" meanwhile).
    Result<pg::Connection *> connection();
    // Takes a connection just made: checks the schema, sends the journal.
    Status adopt(std::unique_ptr<pg::Connection> connection);
    void goOffline(const Error &why);
    // Runs `body` in one transaction on the live connection.
    Status inTransaction(const std::function<Status(pg::ReportRows &rows)> &body);
    template <typename T>
    Result<T> read(const std::function<Result<T>(pg::ReportRows &rows)> &body);

    Status writeOnce(const QString &editId, const report::Report &report, const store::ChangeHint &hint);
    Status keepOffline(const QString &editId, const report::Report &report, const store::ChangeHint &hint);
    // Sends the journal in order; stops at the first edit the server cannot take yet.
    Status sendJournal();
    Status sendEntry(const QString &editId, const report::Report &content, const store::ChangeHint &hint, qint64 seq);

    Result<std::optional<report::Report>> previousReport(pg::ReportRows &rows, const store::ReportId &id);
    Result<qint64> put(pg::ReportRows &rows, const report::Report &content, bool replace, const QString &replacedReason,
                       const QString &existsMessage);
    Status replaceWithSnapshot(pg::ReportRows &rows, qint64 reportId, qint64 agencyId, const report::Report &content,
                               const QString &reason);
    Status importOne(pg::ReportRows &rows, const report::Report &report, bool replace);
    Status placeAgency(const report::Report &report);
    store::ParentLookup parentLookup();
    Result<std::optional<QString>> parentOf(const QString &agency);
    Result<QList<store::ReportState>> states(const char *where, const pg::Params &params);

    ServerOptions m_options;
    std::unique_ptr<pg::Connection> m_conn;
    std::unique_ptr<OfflineJournal> m_journal;
    std::unique_ptr<pg::Link> m_link;
    QString m_describe;
    QString m_user;
    bool m_sending = false;
};

} // namespace nb::storage
