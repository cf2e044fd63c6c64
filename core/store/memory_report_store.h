#pragma once
// A ReportStore kept in memory: for tests, for showing a report that is not
// stored (an aggregate, a preview) and for trying the application without a
// database. It passes the same contract suite as the SQLite store
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

    Result<QList<AgencyInfo>> agencies() override;
    Status addAgency(const AgencyInfo &agency) override;
    Status setParent(const QString &agency, const QString &parent) override;
    Status submit(const ReportId &id) override;
    Status returnReport(const ReportId &id, const QString &reason) override;
    Result<ReportState> reportState(const ReportId &id) override;
    Result<QList<ReportState>> reportStates(int year) override;
    Result<QList<report::Report>> loadMany(const QList<ReportId> &ids) override;
    Status recordChecks(const QList<std::pair<ReportId, CheckSummary>> &checks) override;
    Status importEach(qsizetype count, const ReportSource &source, bool replace) override;

    // For tests.
    int writeCount() const { return m_writes; }
    ChangeHint lastHint() const { return m_lastHint; }
    void failWrites(bool fail) { m_failWrites = fail; }

private:
    struct Stored {
        report::Report report; // agencyParent is not kept here: the tree is m_agencies
        QDateTime updated;
        QString updatedBy;
        qint64 revision = 0;
        report::Submission submission = report::Submission::None;
        QString returnReason;
        std::optional<CheckSummary> check;
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
    report::Report withParent(const report::Report &report) const;
    // Inserts or replaces the content, stamping time, user and a new revision;
    // the collection state of a replaced report stays.
    void put(const report::Report &report);
    // The agency of a report about to be stored, and the parent it names
    // (added when new), validated first: nothing changes when refused.
    Status placeAgency(const report::Report &report);
    qint64 snapshotNow(const ReportId &id, const QString &reason);
    void log(const ReportId &id, const QString &action, const QString &reason, qint64 snapshotId = 0);
    ReportState stateOf(const Stored &stored);

    QMap<QString, Stored> m_reports;
    QMap<QString, AgencyInfo> m_agencies;
    QList<Snapshot> m_snapshots;
    QList<Logged> m_audit;
    qint64 m_nextSnapshot = 1;
    qint64 m_nextRevision = 1;
    int m_writes = 0;
    ChangeHint m_lastHint;
    bool m_failWrites = false;
};

} // namespace nb::store
