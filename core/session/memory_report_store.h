#pragma once
// A ReportStore kept in memory: for tests and for trying the application
// without a database. It follows the same contract as the SQLite store (error
// codes, final reports refuse writes, snapshots on finalise and restore) and
// counts writes so tests can see that autosave happened.
#include "core/session/report_store.h"

#include <QCoreApplication>
#include <QMap>

namespace nb::session {

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

    // For tests.
    int writeCount() const { return m_writes; }
    ChangeHint lastHint() const { return m_lastHint; }
    QStringList auditLog() const { return m_audit; }
    void failWrites(bool fail) { m_failWrites = fail; }

private:
    static QString keyOf(const ReportId &id);
    struct Snapshot {
        SnapshotInfo info;
        report::Report report;
    };
    QMap<QString, report::Report> m_reports;
    QMap<QString, QDateTime> m_updated;
    QList<Snapshot> m_snapshots;
    qint64 m_nextSnapshot = 1;
    int m_writes = 0;
    ChangeHint m_lastHint;
    QStringList m_audit;
    bool m_failWrites = false;
};

} // namespace nb::session
