#pragma once
// The report store over one SQLite database file: every agency's report for
// every year. Every call is one transaction: it commits completely (durably:
// WAL with synchronous=FULL) or leaves the database as it was.
//
// Two programs on one database (two windows, the app and nianbao-cli) share
// it: each write is a short transaction that rewrites only the cells and
// texts it was told changed, so edits of different cells by both are kept,
// and the same cell edited by both ends with the later write. Status is read
// inside each write's transaction: a report one instance finalised refuses
// the other's writes ("store.final"). revision() tells a session that the
// report changed elsewhere so it can reload.
#include "core/store/report_store.h"
#include "core/store/store_errors.h"
#include "core/storage/collection_rows.h"
#include "core/storage/history.h"
#include "core/storage/report_rows.h"

#include <QCoreApplication>
#include <functional>
#include <memory>

namespace nb::storage {

class Database;

struct OpenOptions {
    int busyTimeoutMs = 5000; // how long to wait for another program's write
    // Tests only: a page limit makes SQLite behave as on a full disk.
    qint64 maxPageCount = 0;
};

class SqliteReportStore : public store::ReportStore {
    Q_DECLARE_TR_FUNCTIONS(SqliteReportStore)
public:
    // Creates the file and runs the migrations on first use. Refuses files
    // that are not databases, are damaged, read-only or from a newer version,
    // without changing them.
    static Result<std::unique_ptr<SqliteReportStore>> open(const QString &path);
    static Result<std::unique_ptr<SqliteReportStore>> open(const QString &path, const OpenOptions &options);
    ~SqliteReportStore() override;

    Result<QList<store::ReportSummary>> list() override;
    Result<report::Report> load(const store::ReportId &id) override;
    Status create(const report::Report &report) override;
    Status write(const report::Report &report, const store::ChangeHint &changed) override;
    Status setStatus(const store::ReportId &id, report::ReportStatus status, const QString &reason) override;
    Status renameAgency(const QString &from, const QString &to) override;
    Status importReport(const report::Report &report, bool replace) override;
    Result<QList<store::SnapshotInfo>> snapshots(const store::ReportId &id) override;
    Result<qint64> takeSnapshot(const store::ReportId &id, const QString &reason) override;
    Result<report::Report> snapshot(qint64 snapshotId) override;
    Status restore(qint64 snapshotId) override;
    Result<report::Report> newYear(const QString &agency, int year, bool replace) override;

    // Imports reports as drafts in one transaction: all or none. An existing
    // report of the same agency and year is kept ("store.exists") unless
    // replace, which snapshots it first. Each import is snapshotted and logged.
    Status importEach(qsizetype count, const ReportSource &source, bool replace) override;
    // Creates many reports in one transaction (bulk loading, benchmarks).
    Status createAll(const QList<report::Report> &reports);
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
    // "ok" or SQLite's list of problems.
    Result<QString> integrityCheck();

    // Tests only: later writes fail as they do when the database file turns
    // read-only under the program (ReadOnly: SQLITE_READONLY, through PRAGMA
    // query_only) or the disk fills up (DiskFull: the file may not grow past
    // its present size, through PRAGMA max_page_count: SQLITE_FULL as soon as
    // a write needs space). None lifts it. Reads keep working throughout.
    enum class Fault { None, ReadOnly, DiskFull };
    Status simulateFault(Fault fault);
    QString path() const;

private:
    explicit SqliteReportStore(std::unique_ptr<Database> db);
    static Status configure(Database &db, const OpenOptions &options);
    static Status checkVersion(Database &db);
    // Runs `body` in a write transaction; commits when it succeeds.
    Status inWrite(const std::function<Status()> &body);
    Result<StoredReport> existing(const store::ReportId &id);
    Result<std::optional<report::Report>> previousReport(const store::ReportId &id);
    Result<qint64> put(const report::Report &content, bool replace, const QString &replacedReason,
                       const QString &existsMessage);
    Status replaceWithSnapshot(const StoredReport &stored, const report::Report &content, const QString &reason);
    Status importOne(const report::Report &report, bool replace);
    // Puts a stored report's agency under the parent the report names (adding
    // the parent when new); nothing when it names none.
    Status placeAgency(const report::Report &report);
    store::ParentLookup parentLookup();

    std::unique_ptr<Database> m_db;
    ReportRows m_rows;
    History m_history;
    CollectionRows m_collection;
};

} // namespace nb::storage
