#include "core/session/memory_report_store.h"

#include "core/report/carry_forward.h"

namespace nb::session {

using report::Report;
using report::ReportStatus;

QString MemoryReportStore::keyOf(const ReportId &id)
{
    return id.agency + QLatin1Char('\x1f') + QString::number(id.year);
}

static Error notFound(const ReportId &id)
{
    return Error{QStringLiteral("store.not-found"),
                 MemoryReportStore::tr("没有%1 %2年的报告。").arg(id.agency).arg(id.year)};
}

Result<QList<ReportSummary>> MemoryReportStore::list()
{
    QList<ReportSummary> out;
    for (auto it = m_reports.begin(); it != m_reports.end(); ++it) {
        ReportSummary s;
        s.id = {it->agencyName, it->year};
        s.kind = it->agencyKind;
        s.status = it->status;
        s.updated = m_updated.value(it.key());
        out << s;
    }
    return out;
}

Result<Report> MemoryReportStore::load(const ReportId &id)
{
    auto it = m_reports.find(keyOf(id));
    if (it == m_reports.end())
        return notFound(id);
    return *it;
}

Status MemoryReportStore::create(const Report &report)
{
    const QString key = keyOf({report.agencyName, report.year});
    if (m_reports.contains(key))
        return Error{QStringLiteral("store.exists"), tr("%1 %2年的报告已经存在。").arg(report.agencyName).arg(report.year)};
    m_reports.insert(key, report);
    m_updated.insert(key, QDateTime::currentDateTime());
    return success();
}

Status MemoryReportStore::write(const Report &report, const ChangeHint &changed)
{
    const QString key = keyOf({report.agencyName, report.year});
    auto it = m_reports.find(key);
    if (it == m_reports.end())
        return notFound({report.agencyName, report.year});
    if (it->status == ReportStatus::Final)
        return Error{QStringLiteral("store.final"), tr("报告已定稿，不能写入。")};
    if (m_failWrites)
        return Error{QStringLiteral("store.io"), tr("无法写入（测试中模拟的故障）。")};
    Report stored = report;
    stored.status = it->status; // status changes only through setStatus
    *it = stored;
    m_updated.insert(key, QDateTime::currentDateTime());
    ++m_writes;
    m_lastHint = changed;
    return success();
}

Status MemoryReportStore::setStatus(const ReportId &id, ReportStatus status, const QString &reason)
{
    auto it = m_reports.find(keyOf(id));
    if (it == m_reports.end())
        return notFound(id);
    if (status == ReportStatus::Draft && reason.trimmed().isEmpty())
        return Error{QStringLiteral("store.reason"), tr("重新打开需要填写原因。")};
    if (status == ReportStatus::Final)
        takeSnapshot(id, tr("定稿"));
    it->status = status;
    m_audit << report::reportStatusKey(status) + QLatin1Char(':') + reason;
    return success();
}

Status MemoryReportStore::renameAgency(const QString &from, const QString &to)
{
    const QString name = to.trimmed();
    if (name.isEmpty())
        return Error{QStringLiteral("store.invalid"), tr("机关名称不能为空。")};
    bool found = false;
    for (const Report &r : std::as_const(m_reports)) {
        if (r.agencyName == name)
            return Error{QStringLiteral("store.exists"), tr("机关 %1 已经存在，不能改成这个名称。").arg(name)};
        found = found || r.agencyName == from;
    }
    if (!found)
        return Error{QStringLiteral("store.not-found"), tr("没有机关 %1。").arg(from)};
    QMap<QString, Report> renamed;
    QMap<QString, QDateTime> updated;
    for (auto it = m_reports.cbegin(); it != m_reports.cend(); ++it) {
        Report r = it.value();
        if (r.agencyName == from)
            r.agencyName = name;
        renamed.insert(keyOf({r.agencyName, r.year}), r);
        updated.insert(keyOf({r.agencyName, r.year}), m_updated.value(it.key()));
    }
    for (Snapshot &s : m_snapshots) // the history goes with the reports
        if (s.info.report.agency == from) {
            s.info.report.agency = name;
            s.report.agencyName = name;
        }
    m_reports = renamed;
    m_updated = updated;
    m_audit << QStringLiteral("rename:") + from + QStringLiteral("->") + name;
    return success();
}

Status MemoryReportStore::importReport(const Report &report, bool replace)
{
    const ReportId id{report.agencyName, report.year};
    auto it = m_reports.find(keyOf(id));
    if (it != m_reports.end()) {
        if (!replace)
            return Error{QStringLiteral("store.exists"), tr("%1 %2年的报告已经存在。").arg(id.agency).arg(id.year)};
        if (it->status == ReportStatus::Final)
            return Error{QStringLiteral("store.final"), tr("%1 %2年的报告已定稿，不能替换。").arg(id.agency).arg(id.year)};
        takeSnapshot(id, tr("导入前"));
    }
    Report stored = report;
    stored.status = ReportStatus::Draft;
    stored.imported = {}; // like a package: the layout seen by the importer is not kept
    m_reports.insert(keyOf(id), stored);
    m_updated.insert(keyOf(id), QDateTime::currentDateTime());
    takeSnapshot(id, tr("导入"));
    m_audit << QStringLiteral("import:") + id.agency + QLatin1Char(' ') + QString::number(id.year);
    return success();
}

Result<QList<SnapshotInfo>> MemoryReportStore::snapshots(const ReportId &id)
{
    QList<SnapshotInfo> out;
    for (const Snapshot &s : std::as_const(m_snapshots))
        if (s.info.report == id)
            out << s.info;
    return out;
}

Result<qint64> MemoryReportStore::takeSnapshot(const ReportId &id, const QString &reason)
{
    Result<Report> current = load(id);
    if (!current)
        return current.error();
    Snapshot s{{m_nextSnapshot++, id, QDateTime::currentDateTime(), reason}, current.value()};
    m_snapshots << s;
    return s.info.id;
}

Result<Report> MemoryReportStore::snapshot(qint64 snapshotId)
{
    for (const Snapshot &s : std::as_const(m_snapshots))
        if (s.info.id == snapshotId)
            return s.report;
    return Error{QStringLiteral("store.not-found"), tr("没有编号为 %1 的快照。").arg(snapshotId)};
}

Status MemoryReportStore::restore(qint64 snapshotId)
{
    Result<Report> old = snapshot(snapshotId);
    if (!old)
        return old.error();
    const ReportId id{old->agencyName, old->year};
    takeSnapshot(id, tr("恢复前"));
    m_reports.insert(keyOf(id), old.value());
    return success();
}

// Year Y from Y−1 by the same rules as the SQLite store (core/report/carry_forward.h).
Result<Report> MemoryReportStore::newYear(const QString &agency, int year, bool replace)
{
    Result<Report> previous = load({agency, year - 1});
    if (!previous)
        return Error{QStringLiteral("store.no-previous"), tr("没有%1 %2年的报告，无法结转。").arg(agency).arg(year - 1)};
    if (m_reports.contains(keyOf({agency, year}))) {
        if (!replace)
            return Error{QStringLiteral("store.exists"), tr("%1 %2年的报告已经存在。").arg(agency).arg(year)};
        takeSnapshot({agency, year}, tr("新年度"));
    }
    const Report next = report::carryForward(previous.value(), year);
    m_reports.insert(keyOf({agency, year}), next);
    m_updated.insert(keyOf({agency, year}), QDateTime::currentDateTime());
    return next;
}

} // namespace nb::session
