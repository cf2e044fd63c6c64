#pragma once
// A ReportStore kept in memory: for tests and for trying the application
// without a database. It passes the same contract suite as the SQLite store
// (tests/store) and counts writes so tests can see that autosave happened.
#include "core/store/report_store.h"

#include <QCoreApplication>
#include <QMap>

namespace nb::store {

class MemoryReportStore : public ReportStore {
    Q_DECLARE_TR_FUNCTIONS(MemoryReportStore)
public:
    Result<QList<ReportSummary>> list() override;
    Result<report::Report> load(const ReportId &id) override;
    Status create(const report::Report &report) override;
    Status write(const report::Report &report, const ChangeHint &changed) override;
    Status setStatus(const ReportId &id, report::ReportStatus status, const QString &reason) override;
    Status renameAgency(const QString &from, const QString &to) override;
    Status importReport(const report::Report &report, bool replace) override;
    Result<QList<SnapshotInfo>> snapshots(const ReportId &id) override;
    Result<qint64> takeSnapshot(const ReportId &id, const QString &reason) override;
    Result<report::Report> snapshot(qint64 snapshotId) override;
    Status restore(qint64 snapshotId) override;
    Result<report::Report> newYear(const QString &agency, int year, bool replace) override;
    Result<QList<AuditEntry>> auditLog(const ReportId &id) override;
    Result<qint64> revision(const ReportId &id) override;

    // For tests.
    int writeCount() const { return m_writes; }
    ChangeHint lastHint() const { return m_lastHint; }
    void failWrites(bool fail) { m_failWrites = fail; }

private:
    struct Stored {
        report::Report report;
        QDateTime updated;
        qint64 revision = 0;
    };
    struct Snapshot {
        SnapshotInfo info;
        report::Report report;
    };
    struct Logged {
        ReportId report;
        AuditEntry entry;
    };
    static QString keyOf(const ReportId &id);
    Stored *find(const ReportId &id);
    void put(const report::Report &report);
    qint64 snapshotNow(const ReportId &id, const QString &reason);
    void log(const ReportId &id, const QString &action, const QString &reason, qint64 snapshotId = 0);

    QMap<QString, Stored> m_reports;
    QList<Snapshot> m_snapshots;
    QList<Logged> m_audit;
    qint64 m_nextSnapshot = 1;
    qint64 m_nextRevision = 1;
    int m_writes = 0;
    ChangeHint m_lastHint;
    bool m_failWrites = false;
};

} // namespace nb::store
