#include "core/store/memory_report_store.h"


#include "core/report/carry_forward.h"
#include "core/store/store_errors.h"

namespace nb::store {

using report::Report;
using report::ReportStatus;
using report::Submission;
using report::SubmissionRules;

QString MemoryReportStore::keyOf(const ReportId &id)
{
    return id.agency + QLatin1Char('\x1f') + QString::number(id.year);
}

MemoryReportStore::Stored *MemoryReportStore::find(const ReportId &id)
{
    auto it = m_reports.find(keyOf(id));
    return it == m_reports.end() ? nullptr : &it.value();
}

Report MemoryReportStore::withParent(const Report &report) const
{
    Report out = report;
    out.agencyParent = m_agencies.value(report.agencyName).parent;
    return out;
}

void MemoryReportStore::put(const Report &report)
{
    const QString key = keyOf({report.agencyName, report.year});
    Stored stored = m_reports.value(key);
    stored.report = report;
    stored.report.agencyParent.clear();
    stored.updated = QDateTime::currentDateTime();
    stored.updatedBy = currentUserName();
    stored.revision = m_nextRevision++;
    m_reports.insert(key, stored);
    AgencyInfo &agency = m_agencies[report.agencyName];
    agency.name = report.agencyName;
    agency.kind = report.agencyKind;
}

Status MemoryReportStore::placeAgency(const Report &report)
{
    QMap<QString, AgencyInfo> tree = m_agencies;
    if (!tree.contains(report.agencyName))
        tree.insert(report.agencyName, {report.agencyName, report.agencyKind, {}});
    const QString parent = report.agencyParent.trimmed();
    if (!parent.isEmpty()) {
        if (!tree.contains(parent))
            tree.insert(parent, {parent, report::likelyAgencyKind(parent), {}});
        if (Status ok = checkParent(parentsIn(tree.values()), report.agencyName, parent); !ok)
            return ok;
        tree[report.agencyName].parent = parent;
    }
    m_agencies = tree;
    return success();
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
    m_audit << Logged{id, {QDateTime::currentDateTime(), action, reason, snapshotId, currentUserName()}};
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
    return withParent(stored->report);
}

Status MemoryReportStore::create(const Report &report)
{
    if (Status valid = checkIdentity(report.agencyName, report.year); !valid)
        return valid;
    const ReportId id{report.agencyName, report.year};
    if (find(id))
        return alreadyExists(id);
    if (Status placed = placeAgency(report); !placed)
        return placed;
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
    } else if (Status ok = SubmissionRules::checkReopen(reportName(id), stored->submission); !ok) {
        return ok;
    }
    Report changed = find(id)->report;
    changed.status = status;
    put(changed);
    if (status == ReportStatus::Final) {
        Stored *now = find(id);
        now->submission = SubmissionRules::afterFinalise(now->submission);
        if (now->submission == Submission::None)
            now->returnReason.clear();
    }
    log(id, status == ReportStatus::Final ? QStringLiteral("finalise") : QStringLiteral("reopen"), reason.trimmed(),
        snapshotId);
    return success();
}

Status MemoryReportStore::renameAgency(const QString &from, const QString &to)
{
    const QString name = to.trimmed();
    if (Status valid = checkNewAgencyName(name); !valid)
        return valid;
    if (m_agencies.contains(name))
        return agencyNameTaken(name);
    if (!m_agencies.contains(from))
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
    AgencyInfo agency = m_agencies.take(from);
    agency.name = name;
    m_agencies.insert(name, agency);
    for (AgencyInfo &a : m_agencies) // the agencies below follow it
        if (a.parent == from)
            a.parent = name;
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
    }
    if (Status placed = placeAgency(report); !placed)
        return placed;
    if (find(id))
        snapshotNow(id, tr("导入前"));
    Report stored = report;
    stored.status = ReportStatus::Draft;
    stored.imported = {}; // like a package: the layout seen by the importer is not kept
    put(stored);
    log(id, QStringLiteral("import"), QString(), snapshotNow(id, tr("导入")));
    return success();
}

Status MemoryReportStore::importEach(qsizetype count, const ReportSource &source, bool replace)
{
    // All or none: the state before is put back when one is refused.
    const auto reportsBefore = m_reports;
    const auto agenciesBefore = m_agencies;
    const auto snapshotsBefore = m_snapshots;
    const auto auditBefore = m_audit;
    for (qsizetype i = 0; i < count; ++i) {
        auto report = source(i);
        Status done = report ? importReport(report.value(), replace) : Status(report.error());
        if (!done) {
            m_reports = reportsBefore;
            m_agencies = agenciesBefore;
            m_snapshots = snapshotsBefore;
            m_audit = auditBefore;
            return done;
        }
    }
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
    return withParent(next);
}

Result<QList<AuditEntry>> MemoryReportStore::auditLog(const ReportId &id)
{
    if (!m_agencies.contains(id.agency))
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

Result<QList<AgencyInfo>> MemoryReportStore::agencies()
{
    return m_agencies.values();
}

Status MemoryReportStore::addAgency(const AgencyInfo &agency)
{
    const QString name = agency.name.trimmed();
    if (Status valid = checkNewAgencyName(name); !valid)
        return valid;
    if (m_agencies.contains(name))
        return agencyNameTaken(name);
    const QString parent = agency.parent.trimmed();
    if (!parent.isEmpty() && !m_agencies.contains(parent))
        return parentNotFound(parent);
    m_agencies.insert(name, {name, agency.kind, parent});
    return success();
}

Status MemoryReportStore::setParent(const QString &agency, const QString &parent)
{
    if (Status ok = checkParent(parentsIn(m_agencies.values()), agency, parent.trimmed()); !ok)
        return ok;
    m_agencies[agency].parent = parent.trimmed();
    return success();
}

Status MemoryReportStore::submit(const ReportId &id)
{
    Stored *stored = find(id);
    if (!stored)
        return notFound(id);
    if (Status ok = SubmissionRules::checkSubmit(reportName(id), stored->report.status, stored->submission); !ok)
        return ok;
    put(stored->report);
    Stored *now = find(id);
    now->submission = Submission::Submitted;
    now->returnReason.clear();
    log(id, QStringLiteral("submit"), QString());
    return success();
}

Status MemoryReportStore::returnReport(const ReportId &id, const QString &reason)
{
    Stored *stored = find(id);
    if (!stored)
        return notFound(id);
    if (Status ok = SubmissionRules::checkReturn(reportName(id), stored->submission, reason); !ok)
        return ok;
    Report draft = stored->report;
    draft.status = ReportStatus::Draft;
    put(draft);
    Stored *now = find(id);
    now->submission = Submission::Returned;
    now->returnReason = reason.trimmed();
    log(id, QStringLiteral("return"), reason.trimmed());
    return success();
}

ReportState MemoryReportStore::stateOf(const Stored &stored)
{
    ReportState state;
    state.id = {stored.report.agencyName, stored.report.year};
    state.kind = stored.report.agencyKind;
    state.status = stored.report.status;
    state.submission = stored.submission;
    state.returnReason = stored.returnReason;
    state.updated = stored.updated;
    state.updatedBy = stored.updatedBy;
    state.revision = stored.revision;
    const Stored *previous = find({state.id.agency, state.id.year - 1});
    state.previousRevision = previous ? previous->revision : -1;
    state.check = stored.check;
    return state;
}

Result<ReportState> MemoryReportStore::reportState(const ReportId &id)
{
    const Stored *stored = find(id);
    if (!stored)
        return notFound(id);
    return stateOf(*stored);
}

Result<QList<ReportState>> MemoryReportStore::reportStates(int year)
{
    QList<ReportState> out;
    for (const Stored &s : std::as_const(m_reports)) // ordered by agency name, then year
        if (s.report.year == year)
            out << stateOf(s);
    return out;
}

Result<QList<Report>> MemoryReportStore::loadMany(const QList<ReportId> &ids)
{
    QList<Report> out;
    for (const ReportId &id : ids)
        if (const Stored *stored = find(id))
            out << withParent(stored->report);
    return out;
}

Status MemoryReportStore::recordChecks(const QList<std::pair<ReportId, CheckSummary>> &checks)
{
    for (const auto &[id, check] : checks) {
        Stored *stored = find(id);
        if (!stored || stored->revision != check.revision)
            continue; // changed meanwhile: the summary is of an older state
        stored->check = check;
    }
    return success();
}

} // namespace nb::store
