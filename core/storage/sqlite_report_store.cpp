#include "core/storage/sqlite_report_store.h"


#include "core/report/carry_forward.h"
#include "core/report/engine.h"
#include "core/storage/database.h"
#include "core/storage/file_check.h"
#include "core/storage/migrations.h"
#include "core/storage/transaction.h"
#include "core/store/store_errors.h"

#include <QDir>

namespace nb::storage {

using namespace nb::report;
using store::ChangeHint;
using store::ReportId;
using namespace nb::store;

namespace {

QString named(const ReportId &id)
{
    return QStringLiteral("%1 %2").arg(id.agency).arg(id.year);
}

} // namespace

SqliteReportStore::SqliteReportStore(std::unique_ptr<Database> db)
    : m_db(std::move(db)), m_rows(*m_db), m_history(*m_db), m_collection(*m_db)
{
}

SqliteReportStore::~SqliteReportStore() = default;

QString SqliteReportStore::path() const
{
    return m_db->path();
}

Result<std::unique_ptr<SqliteReportStore>> SqliteReportStore::open(const QString &path)
{
    return open(path, OpenOptions{});
}

Result<std::unique_ptr<SqliteReportStore>> SqliteReportStore::open(const QString &path, const OpenOptions &options)
{
    if (auto inspected = FileCheck::inspect(path); !inspected)
        return inspected.error();
    auto db = Database::open(path, options.busyTimeoutMs);
    if (!db)
        return db.error();
    // Until the file is known to be ours, closing must not checkpoint into it.
    db.value()->setCheckpointOnClose(false);
    if (auto checked = checkVersion(*db.value()); !checked)
        return checked.error();
    if (auto configured = configure(*db.value(), options); !configured)
        return configured.error();
    if (auto migrated = Migrations::migrate(*db.value()); !migrated)
        return migrated.error();
    db.value()->setCheckpointOnClose(true);
    return std::unique_ptr<SqliteReportStore>(new SqliteReportStore(std::move(db.value())));
}

Status SqliteReportStore::checkVersion(Database &db)
{
    const QString file = QDir::toNativeSeparators(db.path());
    auto appId = db.pragma("PRAGMA application_id");
    if (!appId)
        return appId.error();
    auto version = db.pragma("PRAGMA user_version");
    if (!version)
        return version.error();
    auto tables = db.pragma("SELECT count(*) FROM sqlite_schema");
    if (!tables)
        return tables.error();
    if (version->toInt() > Migrations::latestVersion())
        return Error{QStringLiteral("db.newer"),
                     tr("数据库文件 %1 由更新版本的年报程序创建（数据库版本 %2，本程序只支持到 %3）。请升级程序；文件未做任何改动。")
                         .arg(file).arg(version->toInt()).arg(Migrations::latestVersion())};
    const bool ours = appId->toInt() == Migrations::kApplicationId;
    const bool blank = appId->toInt() == 0 && version->toInt() == 0 && tables->toInt() == 0;
    if (!ours && !blank)
        return Error{QStringLiteral("db.foreign"),
                     tr("文件 %1 是其他程序的 SQLite 数据库，不是年报数据库。文件未做任何改动。").arg(file)};
    return success();
}

Status SqliteReportStore::configure(Database &db, const OpenOptions &options)
{
    if (auto done = db.exec("PRAGMA foreign_keys = ON"); !done)
        return done;
    auto mode = db.pragma("PRAGMA journal_mode = WAL");
    if (!mode)
        return mode.error();
    if (mode->compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return Error{QStringLiteral("db.wal"),
                     tr("数据库文件 %1 无法启用预写日志（%2），为防止丢失数据，不予打开。")
                         .arg(QDir::toNativeSeparators(db.path()), mode.value())};
    if (auto done = db.exec("PRAGMA synchronous = FULL"); !done)
        return done;
    if (options.maxPageCount > 0) {
        const QByteArray limit = "PRAGMA max_page_count = " + QByteArray::number(options.maxPageCount);
        if (auto done = db.pragma(limit.constData()); !done)
            return done.error();
    }
    return success();
}

Status SqliteReportStore::inWrite(const std::function<Status()> &body)
{
    auto tx = Transaction::begin(*m_db, Transaction::Kind::Write);
    if (!tx)
        return tx.error();
    Status done = body();
    if (done)
        done = tx.value().commit();
    if (!done)
        m_rows.forgetUncommitted();
    return done;
}

Result<StoredReport> SqliteReportStore::existing(const ReportId &id)
{
    auto found = m_rows.find(id.agency, id.year);
    if (!found)
        return found.error();
    if (!found.value())
        return notFound(id);
    return *found.value();
}

Result<QList<store::ReportSummary>> SqliteReportStore::list()
{
    return m_rows.summaries();
}

Result<Report> SqliteReportStore::load(const ReportId &id)
{
    // One read transaction: the rows read belong to one committed state.
    auto tx = Transaction::begin(*m_db, Transaction::Kind::Read);
    if (!tx)
        return tx.error();
    auto stored = existing(id);
    if (!stored)
        return stored.error();
    return m_rows.read(stored->id);
}

Status SqliteReportStore::create(const Report &report)
{
    if (Status valid = checkIdentity(report.agencyName, report.year); !valid)
        return valid;
    return inWrite([&]() -> Status {
        auto found = m_rows.find(report.agencyName, report.year);
        if (!found)
            return found.error();
        if (found.value())
            return alreadyExists({report.agencyName, report.year});
        Report draft = report;
        draft.status = ReportStatus::Draft; // only setStatus() finalises, after its checks
        auto id = m_rows.insert(draft);
        if (!id)
            return id.error();
        return placeAgency(draft);
    });
}

Status SqliteReportStore::createAll(const QList<Report> &reports)
{
    return inWrite([&]() -> Status {
        for (const auto &report : reports) {
            if (Status valid = checkIdentity(report.agencyName, report.year); !valid)
                return valid;
            if (auto id = m_rows.insert(report); !id)
                return id.error();
        }
        return success();
    });
}

Status SqliteReportStore::write(const Report &report, const ChangeHint &changed)
{
    const ReportId id{report.agencyName, report.year};
    return inWrite([&]() -> Status {
        auto stored = existing(id);
        if (!stored)
            return stored.error();
        if (stored->status == ReportStatus::Final)
            return finalRefusesWrite(id);
        const qint64 reportId = stored->id;
        if (Status ok = checkTextBase(id, changed, [&](const QString &section) { return m_rows.text(reportId, section); });
            !ok)
            return ok;
        return m_rows.update(stored->id, stored->agencyId, report, changed);
    });
}

Status SqliteReportStore::setStatus(const ReportId &id, ReportStatus status, const QString &reason)
{
    if (Status ok = checkStatusReason(status, reason); !ok)
        return ok;
    return inWrite([&]() -> Status {
        auto stored = existing(id);
        if (!stored)
            return stored.error();
        if (stored->status == status)
            return success();
        if (status == ReportStatus::Draft)
            if (auto ok = SubmissionRules::checkReopen(reportName(id), stored->submission); !ok)
                return ok;
        auto report = m_rows.read(stored->id);
        if (!report)
            return report.error();
        qint64 snapshotId = 0;
        if (status == ReportStatus::Final) {
            auto previous = previousReport(id);
            if (!previous)
                return previous.error();
            if (auto ok = checkFinalisable(id, report.value(), previous.value()); !ok)
                return ok;
            report.value().status = ReportStatus::Final;
            auto snap = m_history.takeSnapshot(stored->id, report.value(), tr("定稿"));
            if (!snap)
                return snap.error();
            snapshotId = snap.value();
        }
        if (auto done = m_rows.setStatus(stored->id, status); !done)
            return done;
        if (status == ReportStatus::Final && stored->submission != SubmissionRules::afterFinalise(stored->submission))
            if (auto done = m_rows.setSubmission(stored->id, SubmissionRules::afterFinalise(stored->submission), QString());
                !done)
                return done;
        const QString action = status == ReportStatus::Final ? QStringLiteral("finalise") : QStringLiteral("reopen");
        return m_history.log(stored->agencyId, id.year, action, reason.trimmed(), snapshotId);
    });
}

// The same agency's report of the year before, when stored (for the X- rules).
Result<std::optional<Report>> SqliteReportStore::previousReport(const ReportId &id)
{
    auto previous = m_rows.find(id.agency, id.year - 1);
    if (!previous)
        return previous.error();
    if (!previous.value())
        return std::optional<Report>();
    auto prior = m_rows.read(previous.value()->id);
    if (!prior)
        return prior.error();
    return std::optional<Report>(prior.value());
}

Status SqliteReportStore::renameAgency(const QString &from, const QString &to)
{
    const QString name = to.trimmed();
    if (Status valid = checkNewAgencyName(name); !valid)
        return valid;
    return inWrite([&]() -> Status {
        auto source = m_rows.agencyId(from);
        auto target = m_rows.agencyId(name);
        if (Status refused = renameRefusal(from, name, source, target); !refused)
            return refused;
        return m_rows.renameAgency(*source.value(), name);
    });
}

Result<QList<store::SnapshotInfo>> SqliteReportStore::snapshots(const ReportId &id)
{
    auto stored = existing(id);
    if (!stored)
        return stored.error();
    return m_history.snapshots(stored->id, id);
}

Result<qint64> SqliteReportStore::takeSnapshot(const ReportId &id, const QString &reason)
{
    qint64 snapshotId = 0;
    auto done = inWrite([&]() -> Status {
        auto stored = existing(id);
        if (!stored)
            return stored.error();
        auto report = m_rows.read(stored->id);
        if (!report)
            return report.error();
        auto snap = m_history.takeSnapshot(stored->id, report.value(), reason.trimmed().isEmpty() ? tr("手动") : reason.trimmed());
        if (!snap)
            return snap.error();
        snapshotId = snap.value();
        return success();
    });
    if (!done)
        return done.error();
    return snapshotId;
}

Result<Report> SqliteReportStore::snapshot(qint64 snapshotId)
{
    auto snap = m_history.snapshot(snapshotId);
    if (!snap)
        return snap.error();
    return snap->content;
}

Status SqliteReportStore::replaceWithSnapshot(const StoredReport &stored, const Report &content, const QString &reason)
{
    auto old = m_rows.read(stored.id);
    if (!old)
        return old.error();
    if (auto snap = m_history.takeSnapshot(stored.id, old.value(), reason); !snap)
        return snap.error();
    return m_rows.update(stored.id, stored.agencyId, content, ChangeHint{{}, {}, true, true});
}

// Inserts `content`, or replaces the stored report of the same agency and year
// when `replace` (after a snapshot named `replacedReason`); a final report is
// never replaced. Returns the report's row id.
Result<qint64> SqliteReportStore::put(const Report &content, bool replace, const QString &replacedReason,
                                      const QString &existsMessage)
{
    auto current = m_rows.find(content.agencyName, content.year);
    if (!current)
        return current.error();
    if (!current.value())
        return m_rows.insert(content);
    const StoredReport stored = *current.value();
    if (!replace)
        return Error{QStringLiteral("store.exists"), existsMessage};
    if (stored.status == ReportStatus::Final)
        return finalRefusesReplace({content.agencyName, content.year});
    if (auto replaced = replaceWithSnapshot(stored, content, replacedReason); !replaced)
        return replaced.error();
    return stored.id;
}

Status SqliteReportStore::restore(qint64 snapshotId)
{
    return inWrite([&]() -> Status {
        auto snap = m_history.snapshot(snapshotId);
        if (!snap)
            return snap.error();
        auto current = m_rows.read(snap->reportId);
        if (!current)
            return current.error();
        const ReportId id{current->agencyName, current->year};
        auto stored = existing(id);
        if (!stored)
            return stored.error();
        if (stored->status == ReportStatus::Final)
            return finalRefusesWrite(id);
        // The snapshot's content, under the agency's current name, as a draft.
        Report content = snap->content;
        content.agencyName = id.agency;
        content.year = id.year;
        content.status = ReportStatus::Draft;
        if (auto done = replaceWithSnapshot(stored.value(), content, tr("恢复前")); !done)
            return done;
        return m_history.log(stored->agencyId, id.year, QStringLiteral("restore"),
                             tr("恢复到快照 %1").arg(snapshotId), snapshotId);
    });
}

Result<Report> SqliteReportStore::newYear(const QString &agency, int year, bool replace)
{
    if (Status valid = checkIdentity(agency, year); !valid)
        return valid.error();
    Report made;
    auto done = inWrite([&]() -> Status {
        auto previous = m_rows.find(agency, year - 1);
        if (!previous)
            return previous.error();
        if (!previous.value())
            return noPrevious(agency, year - 1);
        auto last = m_rows.read(previous.value()->id);
        if (!last)
            return last.error();
        made = carryForward(last.value(), year);
        auto reportId = put(made, replace, tr("新年度替换前"),
                            tr("%1 年度的报告已经存在；如要用上年结转的内容替换它，请选择替换（替换前会保存快照）。")
                                .arg(named({agency, year})));
        if (!reportId)
            return reportId.error();
        auto snap = m_history.takeSnapshot(reportId.value(), made, tr("新年度"));
        if (!snap)
            return snap.error();
        return m_history.log(previous.value()->agencyId, year, QStringLiteral("new-year"),
                             tr("由 %1 年度结转").arg(year - 1), snap.value());
    });
    if (!done)
        return done.error();
    return made;
}

Status SqliteReportStore::importOne(const Report &imported, bool replace)
{
    if (Status valid = checkIdentity(imported.agencyName, imported.year); !valid)
        return valid;
    Report report = imported;
    report.status = ReportStatus::Draft; // imported into drafts; finalising runs the checks here
    const ReportId id{report.agencyName, report.year};
    auto reportId = put(report, replace, tr("导入前"),
                        tr("%1 年度的报告已经存在，未导入；如要替换，请使用 --replace（替换前会保存快照）。").arg(named(id)));
    if (!reportId)
        return reportId.error();
    if (auto placed = placeAgency(report); !placed)
        return placed;
    auto snap = m_history.takeSnapshot(reportId.value(), report, tr("导入"));
    if (!snap)
        return snap.error();
    auto agency = m_rows.agencyId(id.agency);
    if (!agency)
        return agency.error();
    return m_history.log(agency->value_or(0), id.year, QStringLiteral("import"), QString(), snap.value());
}

Status SqliteReportStore::importEach(qsizetype count, const ReportSource &source, bool replace)
{
    // One write transaction however many: SQLite spills what does not fit
    // its page cache to the write-ahead log, so memory stays that of one report.
    return inWrite([&]() -> Status {
        for (qsizetype i = 0; i < count; ++i) {
            auto report = source(i);
            if (!report)
                return report.error();
            if (auto done = importOne(report.value(), replace); !done)
                return done;
        }
        return success();
    });
}

Status SqliteReportStore::importReport(const Report &report, bool replace)
{
    return importReports({report}, replace);
}

Result<QList<AuditEntry>> SqliteReportStore::auditLog(const ReportId &id)
{
    auto agency = m_rows.agencyId(id.agency);
    if (!agency)
        return agency.error();
    if (!agency.value())
        return agencyNotFound(id.agency);
    return m_history.auditLog(*agency.value(), id.year);
}

Result<qint64> SqliteReportStore::revision(const ReportId &id)
{
    auto stored = existing(id);
    if (!stored)
        return stored.error();
    return stored->revision;
}

Status SqliteReportStore::simulateFault(Fault fault)
{
    if (auto done = m_db->exec(fault == Fault::ReadOnly ? "PRAGMA query_only = 1" : "PRAGMA query_only = 0"); !done)
        return done;
    QByteArray limit = "4294967294"; // SQLite's own maximum: no limit
    if (fault == Fault::DiskFull) {
        auto pages = m_db->pragma("PRAGMA page_count");
        if (!pages)
            return pages.error();
        limit = pages.value().toUtf8();
    }
    const QByteArray sql = "PRAGMA max_page_count = " + limit;
    auto set = m_db->pragma(sql.constData());
    return set ? success() : Status(set.error());
}

store::ParentLookup SqliteReportStore::parentLookup()
{
    return [this](const QString &agency) { return m_collection.parentOf(agency); };
}

Status SqliteReportStore::placeAgency(const Report &report)
{
    const QString parent = report.agencyParent.trimmed();
    if (parent.isEmpty())
        return success();
    auto known = m_collection.parentOf(parent);
    if (!known)
        return known.error();
    if (!known.value())
        if (auto added = m_collection.addAgency(parent, likelyAgencyKind(parent)); !added)
            return added.error();
    if (auto ok = checkParent(parentLookup(), report.agencyName, parent); !ok)
        return ok;
    return m_collection.setParent(report.agencyName, parent);
}

Result<QList<store::AgencyInfo>> SqliteReportStore::agencies()
{
    return m_collection.agencies();
}

Status SqliteReportStore::addAgency(const store::AgencyInfo &agency)
{
    const QString name = agency.name.trimmed(), parent = agency.parent.trimmed();
    if (Status valid = checkNewAgencyName(name); !valid)
        return valid;
    return inWrite([&]() -> Status {
        auto existing = m_collection.parentOf(name);
        if (!existing)
            return existing.error();
        if (existing.value())
            return agencyNameTaken(name);
        if (!parent.isEmpty()) {
            auto above = m_collection.parentOf(parent);
            if (!above)
                return above.error();
            if (!above.value())
                return parentNotFound(parent);
        }
        if (auto added = m_collection.addAgency(name, agency.kind); !added)
            return added.error();
        return m_collection.setParent(name, parent);
    });
}

Status SqliteReportStore::setParent(const QString &agency, const QString &parent)
{
    return inWrite([&]() -> Status {
        if (auto ok = checkParent(parentLookup(), agency, parent.trimmed()); !ok)
            return ok;
        return m_collection.setParent(agency, parent.trimmed());
    });
}

Status SqliteReportStore::submit(const ReportId &id)
{
    return inWrite([&]() -> Status {
        auto stored = existing(id);
        if (!stored)
            return stored.error();
        if (auto ok = SubmissionRules::checkSubmit(reportName(id), stored->status, stored->submission); !ok)
            return ok;
        if (auto done = m_rows.setSubmission(stored->id, Submission::Submitted, QString()); !done)
            return done;
        return m_history.log(stored->agencyId, id.year, QStringLiteral("submit"), QString());
    });
}

Status SqliteReportStore::returnReport(const ReportId &id, const QString &reason)
{
    return inWrite([&]() -> Status {
        auto stored = existing(id);
        if (!stored)
            return stored.error();
        if (auto ok = SubmissionRules::checkReturn(reportName(id), stored->submission, reason); !ok)
            return ok;
        if (auto done = m_rows.setStatus(stored->id, ReportStatus::Draft); !done)
            return done;
        if (auto done = m_rows.setSubmission(stored->id, Submission::Returned, reason.trimmed()); !done)
            return done;
        return m_history.log(stored->agencyId, id.year, QStringLiteral("return"), reason.trimmed());
    });
}

Result<store::ReportState> SqliteReportStore::reportState(const ReportId &id)
{
    auto state = m_collection.state(id);
    if (!state)
        return state.error();
    if (!state.value())
        return notFound(id);
    return *state.value();
}

Result<QList<store::ReportState>> SqliteReportStore::reportStates(int year)
{
    return m_collection.states(year);
}

Result<QList<Report>> SqliteReportStore::loadMany(const QList<ReportId> &ids)
{
    auto tx = Transaction::begin(*m_db, Transaction::Kind::Read);
    if (!tx)
        return tx.error();
    return m_rows.readMany(ids);
}

Status SqliteReportStore::recordChecks(const QList<std::pair<ReportId, store::CheckSummary>> &checks)
{
    if (checks.isEmpty())
        return success();
    return inWrite([&]() -> Status {
        for (const auto &[id, check] : checks)
            if (auto done = m_collection.recordCheck(id, check); !done)
                return done;
        return success();
    });
}

Result<QString> SqliteReportStore::integrityCheck()
{
    return m_db->pragma("PRAGMA integrity_check");
}

} // namespace nb::storage
