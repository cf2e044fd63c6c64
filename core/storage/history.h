#pragma once
// Snapshots (a full copy of a report's state, with time and reason) and the
// audit log (finalise, reopen, import, restore, new-year). Callers hold the
// transaction, so a snapshot and the change it accompanies commit together.
#include "core/store/report_store.h"
#include "core/storage/database.h"

namespace nb::storage {

struct StoredSnapshot {
    qint64 reportId = 0;
    report::Report content;
};

class History {
public:
    explicit History(Database &db) : m_db(db) {}

    Result<qint64> takeSnapshot(qint64 reportId, const report::Report &content, const QString &reason);
    Result<QList<store::SnapshotInfo>> snapshots(qint64 reportId, const store::ReportId &id);
    Result<StoredSnapshot> snapshot(qint64 snapshotId);
    Status log(qint64 agencyId, int year, const QString &action, const QString &reason, qint64 snapshotId = 0);
    Result<QList<store::AuditEntry>> auditLog(qint64 agencyId, int year);

private:
    Database &m_db;
    QString m_user = store::currentUserName();
};

} // namespace nb::storage
