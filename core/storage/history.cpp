#include "core/storage/history.h"

#include "core/storage/report_codec.h"
#include "core/storage/report_rows.h"
#include "core/storage/statement.h"

namespace nb::storage {

Result<qint64> History::takeSnapshot(qint64 reportId, const report::Report &content, const QString &reason)
{
    auto st = Statement::prepare(m_db, "INSERT INTO snapshots(report_id, taken, reason, content) VALUES(?1, ?2, ?3, ?4)");
    if (!st)
        return st.error();
    if (auto done = st.value().bind(1, reportId).bind(2, nowText()).bind(3, reason).bind(4, ReportCodec::encode(content)).run(); !done)
        return done.error();
    return m_db.lastInsertId();
}

Result<QList<store::SnapshotInfo>> History::snapshots(qint64 reportId, const store::ReportId &id)
{
    auto st = Statement::prepare(m_db, "SELECT id, taken, reason FROM snapshots WHERE report_id = ?1 ORDER BY id");
    if (!st)
        return st.error();
    st.value().bind(1, reportId);
    QList<store::SnapshotInfo> list;
    const Status done = st.value().forEachRow([&](const Statement &row) {
        list << store::SnapshotInfo{row.int64(0), id, QDateTime::fromString(row.text(1), Qt::ISODateWithMs), row.text(2)};
    });
    if (!done)
        return done.error();
    return list;
}

Result<StoredSnapshot> History::snapshot(qint64 snapshotId)
{
    auto st = Statement::prepare(m_db, "SELECT report_id, content FROM snapshots WHERE id = ?1");
    if (!st)
        return st.error();
    auto row = st.value().bind(1, snapshotId).step();
    if (!row)
        return row.error();
    if (!*row)
        return Error{QStringLiteral("store.not-found"),
                     QCoreApplication::translate("nb::storage::History", "没有编号为 %1 的快照。").arg(snapshotId)};
    auto content = ReportCodec::decode(st.value().text(1));
    if (!content)
        return content.error();
    return StoredSnapshot{st.value().int64(0), content.value()};
}

Status History::log(qint64 agencyId, int year, const QString &action, const QString &reason, qint64 snapshotId)
{
    auto st = Statement::prepare(m_db, "INSERT INTO audit_log(at, agency_id, year, action, reason, snapshot_id, who) "
                                       "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    if (!st)
        return st.error();
    st.value().bind(1, nowText()).bind(2, agencyId).bind(3, year).bind(4, action).bind(5, reason).bind(7, m_user);
    if (snapshotId)
        st.value().bind(6, snapshotId);
    else
        st.value().bindNull(6);
    return st.value().run();
}

Result<QList<store::AuditEntry>> History::auditLog(qint64 agencyId, int year)
{
    auto st = Statement::prepare(m_db, "SELECT at, action, reason, snapshot_id, who FROM audit_log "
                                       "WHERE agency_id = ?1 AND year = ?2 ORDER BY id");
    if (!st)
        return st.error();
    st.value().bind(1, agencyId).bind(2, year);
    QList<store::AuditEntry> list;
    const Status done = st.value().forEachRow([&](const Statement &row) {
        list << store::AuditEntry{QDateTime::fromString(row.text(0), Qt::ISODateWithMs), row.text(1), row.text(2),
                           row.isNull(3) ? 0 : row.int64(3), row.text(4)};
    });
    if (!done)
        return done.error();
    return list;
}

} // namespace nb::storage
