#include "core/store/memory_report_store.h"


#include "core/report/carry_forward.h"
#include "core/store/store_errors.h"

namespace nb::store {

using report::Report;
using report::ReportStatus;

QString MemoryReportStore::keyOf(const ReportId &id)
{
    return id.agency + QLatin1Char('\x1f') + QString::number(id.year);
}

MemoryReportStore::Stored *MemoryReportStore::find(const ReportId &id)
{
    auto it = m_reports.find(keyOf(id));
    return it == m_reports.end() ? nullptr : &it.value();
}

// Inserts or replaces, stamping the time and a new revision.
void MemoryReportStore::put(const Report &report)
{
    m_reports.insert(keyOf({report.agencyName, report.year}),
                     Stored{report, QDateTime::currentDateTime(), m_nextRevision++});
}

qint64 MemoryReportStore::snapshotNow(const ReportId &id, const QString &reason)
{
    const Stored *stored = find(id);
    Snapshot s{{m_nextSnapshot++, id, QDateTime::currentDateTime(), reason}, stored->report};
    m_snapshots << s;
    return s.info.id;
}

void MemoryReportStore::log(const ReportId &id, const QString &action, const QString &reason, qint64 snapshotId)
{
    m_audit << Logged{id, {QDateTime::currentDateTime(), action, reason, snapshotId}};
}

Result<QList<ReportSummary>> MemoryReportStore::list()
{
    QList<ReportSummary> out;
    for (const Stored &s : std::as_const(m_reports)) {
        ReportSummary summary;
        summary.id = {s.report.agencyName, s.report.year};
        summary.kind = s.report.agencyKind;
        summary.status = s.report.status;
        summary.updated = s.updated;
        out << summary;
    }
    return out;
}

Result<Report> MemoryReportStore::load(const ReportId &id)
{
    const Stored *stored = find(id);
    if (!stored)
        return notFound(id);
    return stored->report;
}

Status MemoryReportStore::create(const Report &report)
{
    if (Status valid = checkIdentity(report.agencyName, report.year); !valid)
        return valid;
    const ReportId id{report.agencyName, report.year};
    if (find(id))
        return alreadyExists(id);
    Report draft = report;
    draft.status = ReportStatus::Draft; // only setStatus() finalises, after its checks
    put(draft);
    return success();
}

Status MemoryReportStore::write(const Report &report, const ChangeHint &changed)
{
    const ReportId id{report.agencyName, report.year};
    Stored *stored = find(id);
    if (!stored)
        return notFound(id);
    if (stored->report.status == ReportStatus::Final)
        return finalRefusesWrite(id);
    if (m_failWrites)
        return Error{QStringLiteral("store.io"), tr("无法写入（测试中模拟的故障）。")};
    const QMap<QString, QString> texts = stored->report.texts;
    if (Status ok = checkTextBase(id, changed, [&](const QString &section) -> Result<QString> {
            return texts.value(section);
        });
        !ok)
        return ok;
    put(applyHint(stored->report, report, changed));
    ++m_writes;
    m_lastHint = changed;
    return success();
}

Status MemoryReportStore::setStatus(const ReportId &id, ReportStatus status, const QString &reason)
{
    if (Status ok = checkStatusReason(status, reason); !ok)
        return ok;
    Stored *stored = find(id);
    if (!stored)
        return notFound(id);
    if (stored->report.status == status)
        return success();
    qint64 snapshotId = 0;
    if (status == ReportStatus::Final) {
        const Stored *previous = find({id.agency, id.year - 1});
        if (Status ok = checkFinalisable(id, stored->report,
                                         previous ? std::optional<Report>(previous->report) : std::nullopt);
            !ok)
            return ok;
        stored->report.status = status;
        snapshotId = snapshotNow(id, tr("定稿"));
    }
    Report changed = find(id)->report;
    changed.status = status;
    put(changed);
    log(id, status == ReportStatus::Final ? QStringLiteral("finalise") : QStringLiteral("reopen"), reason.trimmed(),
        snapshotId);
    return success();
}

Status MemoryReportStore::renameAgency(const QString &from, const QString &to)
{
    const QString name = to.trimmed();
    if (name.isEmpty())
        return blankAgencyName();
    if (Status valid = checkAgencyName(name); !valid)
        return valid;
    bool found = false;
    for (const Stored &s : std::as_const(m_reports)) {
        if (s.report.agencyName == name)
            return agencyNameTaken(name);
        found = found || s.report.agencyName == from;
    }
    if (!found)
        return agencyNotFound(from);
    QMap<QString, Stored> renamed;
    for (Stored s : std::as_const(m_reports)) {
        if (s.report.agencyName == from) {
            s.report.agencyName = name;
            s.revision = m_nextRevision++;
        }
        renamed.insert(keyOf({s.report.agencyName, s.report.year}), s);
    }
    m_reports = renamed;
    for (Snapshot &s : m_snapshots) // the history goes with the reports
        if (s.info.report.agency == from) {
            s.info.report.agency = name;
            s.report.agencyName = name;
        }
    for (Logged &l : m_audit)
        if (l.report.agency == from)
            l.report.agency = name;
    return success();
}

Status MemoryReportStore::importReport(const Report &report, bool replace)
{
    if (Status valid = checkIdentity(report.agencyName, report.year); !valid)
        return valid;
    const ReportId id{report.agencyName, report.year};
    if (const Stored *existing = find(id)) {
        if (!replace)
            return alreadyExists(id);
        if (existing->report.status == ReportStatus::Final)
            return finalRefusesReplace(id);
        snapshotNow(id, tr("导入前"));
    }
    Report stored = report;
    stored.status = ReportStatus::Draft;
    stored.imported = {}; // like a package: the layout seen by the importer is not kept
    put(stored);
    log(id, QStringLiteral("import"), QString(), snapshotNow(id, tr("导入")));
    return success();
}

Result<QList<SnapshotInfo>> MemoryReportStore::snapshots(const ReportId &id)
{
    if (!find(id))
        return notFound(id);
    QList<SnapshotInfo> out;
    for (const Snapshot &s : std::as_const(m_snapshots))
        if (s.info.report == id)
            out << s.info;
    return out;
}

Result<qint64> MemoryReportStore::takeSnapshot(const ReportId &id, const QString &reason)
{
    if (!find(id))
        return notFound(id);
    return snapshotNow(id, reason.trimmed().isEmpty() ? tr("手动") : reason.trimmed());
}

Result<Report> MemoryReportStore::snapshot(qint64 snapshotId)
{
    for (const Snapshot &s : std::as_const(m_snapshots))
        if (s.info.id == snapshotId)
            return s.report;
    return snapshotNotFound(snapshotId);
}

Status MemoryReportStore::restore(qint64 snapshotId)
{
    const Snapshot *snap = nullptr;
    for (const Snapshot &s : std::as_const(m_snapshots))
        if (s.info.id == snapshotId)
            snap = &s;
    if (!snap)
        return snapshotNotFound(snapshotId);
    const ReportId id = snap->info.report;
    const Stored *stored = find(id);
    if (!stored)
        return notFound(id);
    if (stored->report.status == ReportStatus::Final)
        return finalRefusesWrite(id);
    Report content = snap->report; // copied before snapshotNow() grows the list
    content.agencyName = id.agency;
    content.year = id.year;
    content.status = ReportStatus::Draft;
    snapshotNow(id, tr("恢复前"));
    put(content);
    log(id, QStringLiteral("restore"), tr("恢复到快照 %1").arg(snapshotId), snapshotId);
    return success();
}

// Year Y from Y−1 by the same rules as every store (core/report/carry_forward.h).
Result<Report> MemoryReportStore::newYear(const QString &agency, int year, bool replace)
{
    if (Status valid = checkIdentity(agency, year); !valid)
        return valid.error();
    const Stored *previous = find({agency, year - 1});
    if (!previous)
        return noPrevious(agency, year - 1);
    if (const Stored *existing = find({agency, year})) {
        if (!replace)
            return alreadyExists({agency, year});
        if (existing->report.status == ReportStatus::Final)
            return finalRefusesReplace({agency, year});
        snapshotNow({agency, year}, tr("新年度替换前"));
    }
    const Report next = report::carryForward(previous->report, year);
    put(next);
    log({agency, year}, QStringLiteral("new-year"), tr("由 %1 年度结转").arg(year - 1), snapshotNow({agency, year}, tr("新年度")));
    return next;
}

Result<QList<AuditEntry>> MemoryReportStore::auditLog(const ReportId &id)
{
    bool agencyKnown = false;
    for (const Stored &s : std::as_const(m_reports))
        agencyKnown = agencyKnown || s.report.agencyName == id.agency;
    if (!agencyKnown)
        return agencyNotFound(id.agency);
    QList<AuditEntry> out;
    for (const Logged &l : std::as_const(m_audit))
        if (l.report == id)
            out << l.entry;
    return out;
}

Result<qint64> MemoryReportStore::revision(const ReportId &id)
{
    const Stored *stored = find(id);
    if (!stored)
        return notFound(id);
    return stored->revision;
}

} // namespace nb::store
