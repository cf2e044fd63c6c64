#include "core/storage/postgres/pg_report_store.h"

#include "core/report/carry_forward.h"
#include "core/storage/postgres/offline_journal.h"
#include "core/storage/postgres/pg_link.h"
#include "core/storage/postgres/pg_migrations.h"
#include "core/storage/postgres/pg_report_rows.h"
#include "core/storage/report_codec.h"

#include <QHash>
#include <QUuid>

namespace nb::storage {

using namespace nb::report;
using namespace nb::store;
using pg::ReportRows;

namespace {

QString named(const ReportId &id)
{
    return QStringLiteral("%1 %2").arg(id.agency).arg(id.year);
}

const QString kAlreadyApplied = QStringLiteral("store.already-applied");

QString newEditId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

PgReportStore::PgReportStore(const ServerOptions &options) : m_options(options), m_link(std::make_unique<pg::Link>(*this)) {}

PgReportStore::~PgReportStore() = default;

Result<std::unique_ptr<PgReportStore>> PgReportStore::open(const ServerOptions &options)
{
    std::unique_ptr<PgReportStore> store(new PgReportStore(options));
    if (!options.journalPath.isEmpty()) {
        auto journal = OfflineJournal::open(options.journalPath);
        if (!journal)
            return journal.error();
        store->m_journal = std::move(journal.value());
        store->m_link->setReconnect(true);
    }
    auto c = pg::Connection::open(options.connect);
    if (!c)
        return c.error();
    if (Status ready = pg::Migrations::checkReady(*c.value()); !ready)
        return ready.error();
    if (Status adopted = store->adopt(std::move(c.value())); !adopted && !pg::isOffline(adopted.error()))
        return adopted.error();
    return store;
}

store::StoreLink *PgReportStore::link()
{
    return m_link.get();
}

QString PgReportStore::describe() const
{
    return m_describe;
}

QString PgReportStore::user() const
{
    return m_user;
}

Status PgReportStore::adopt(std::unique_ptr<pg::Connection> connection)
{
    if (Status ready = pg::Migrations::checkReady(*connection); !ready)
        return ready;
    m_describe = connection->describe();
    m_user = connection->user();
    m_conn = std::move(connection);
    // What was kept while away goes first, in order; then everyone watching
    // is told to look again.
    const Status sent = sendJournal();
    if (!m_conn)
        return sent; // gone again while sending
    m_link->connected(*m_conn);
    if (m_journal) {
        auto waiting = m_journal->reportsWithRefusedTexts();
        for (const ReportId &id : waiting ? waiting.value() : QList<ReportId>())
            m_link->announceRefusedTexts(id);
    }
    return sent;
}

void PgReportStore::goOffline(const Error &why)
{
    if (!m_conn)
        return;
    m_conn.reset();
    m_link->disconnected(why.message);
}

Result<pg::Connection *> PgReportStore::connection()
{
    if (m_conn && m_conn->isBroken())
        goOffline(Error{QStringLiteral("store.offline"), tr("与数据库服务器的连接中断了。")});
    if (!m_conn) {
        if (m_journal) // the link connects again in the background
            return Error{QStringLiteral("store.offline"),
                         tr("现在连不上数据库服务器（%1）。修改会先保存在本机，连上后自动上传；其他操作请稍后再试。")
                             .arg(m_link->problem())};
        auto c = pg::Connection::open(m_options.connect);
        if (!c)
            return c.error();
        if (Status adopted = adopt(std::move(c.value())); !adopted)
            return adopted.error();
    }
    if (m_journal && m_journal->pending() > 0 && !m_sending)
        if (Status sent = sendJournal(); !sent)
            return sent.error();
    return m_conn.get();
}

Status PgReportStore::inTransaction(const std::function<Status(ReportRows &rows)> &body)
{
    auto c = connection();
    if (!c)
        return c.error();
    Status done = [&]() -> Status {
        auto tx = pg::Transaction::begin(*c.value());
        if (!tx)
            return tx.error();
        ReportRows rows(*c.value());
        if (Status ok = body(rows); !ok)
            return ok;
        return tx.value().commit();
    }();
    if (!done && pg::isOffline(done.error()))
        goOffline(done.error());
    m_link->collect();
    return done;
}

template <typename T>
Result<T> PgReportStore::read(const std::function<Result<T>(ReportRows &rows)> &body)
{
    auto c = connection();
    if (!c)
        return c.error();
    ReportRows rows(*c.value());
    Result<T> out = body(rows);
    if (!out && pg::isOffline(out.error()))
        goOffline(out.error());
    m_link->collect();
    return out;
}

// ---- Writing, and the journal kept while the server is away ----

Status PgReportStore::writeOnce(const QString &editId, const Report &report, const ChangeHint &hint)
{
    const ReportId id{report.agencyName, report.year};
    return inTransaction([&](ReportRows &rows) -> Status {
        auto locked = rows.lockForEdit(id.agency, id.year, editId);
        if (!locked)
            return locked.error();
        const std::optional<pg::ReportRow> &row = locked.value().row;
        if (!row)
            return notFound(id);
        if (!locked.value().fresh) // sent before, its answer lost: already there (this transaction rolls back)
            return Error{kAlreadyApplied, QString()};
        if (row->status == ReportStatus::Final)
            return finalRefusesWrite(id);
        if (!hint.textBase.isEmpty()) {
            auto stored = rows.texts(row->id, hint.textBase.keys());
            if (!stored)
                return stored.error();
            if (Status ok = checkTextBase(id, hint, [&](const QString &s) -> Result<QString> { return stored->value(s); });
                !ok)
                return ok;
        }
        return rows.update(row->id, row->agencyId, report, hint);
    });
}

Status PgReportStore::write(const Report &report, const ChangeHint &changed)
{
    if (m_journal && (!m_conn || m_journal->pending() > 0)) {
        if (m_conn)
            static_cast<void>(sendJournal());
        if (!m_conn || m_journal->pending() > 0) // later edits wait behind earlier ones
            return keepOffline(newEditId(), report, changed);
    }
    const QString editId = newEditId();
    Status done = writeOnce(editId, report, changed);
    if (!done && done.error().code == kAlreadyApplied)
        return success();
    if (!done && m_journal && pg::isOffline(done.error()))
        return keepOffline(editId, report, changed); // its outcome is unknown: sent again under the same id
    return done;
}

Status PgReportStore::keepOffline(const QString &editId, const Report &report, const ChangeHint &hint)
{
    if (Status kept = m_journal->append(editId, report, hint); !kept)
        return Error{kept.error().code, tr("连不上数据库服务器，修改也没能保存在本机：%1").arg(kept.error().message)};
    m_link->journalChanged();
    return success();
}

Status PgReportStore::sendJournal()
{
    if (!m_journal || m_sending)
        return success();
    m_sending = true;
    Status out = success();
    while (m_conn) {
        auto entry = m_journal->first();
        if (!entry) {
            out = entry.error();
            break;
        }
        if (!entry.value())
            break;
        const OfflineJournal::Entry &e = *entry.value();
        if (Status sent = sendEntry(e.editId, e.content, e.hint, e.seq); !sent) {
            out = sent;
            break;
        }
    }
    m_sending = false;
    m_link->journalChanged();
    return out;
}

// One edit of the journal. A text somebody changed meanwhile is not written:
// the rest of the edit is, and the text is kept for the user to choose
// (textsRefused). An edit the server refuses for good (the report was
// finalised, a right taken away) stays in the journal, marked with why.
Status PgReportStore::sendEntry(const QString &editId, const Report &content, const ChangeHint &hint, qint64 seq)
{
    const ReportId id{content.agencyName, content.year};
    Status done = writeOnce(editId, content, hint);
    QMap<QString, QString> refusedTexts;
    if (!done && done.error().code == QLatin1String("store.text-changed")) {
        auto stored = load(id);
        if (!stored)
            return stored.error();
        ChangeHint rest = hint;
        for (auto it = hint.textBase.constBegin(); it != hint.textBase.constEnd(); ++it) {
            if (stored->texts.value(it.key()) == it.value())
                continue;
            rest.texts.removeAll(it.key());
            rest.textBase.remove(it.key());
            if (stored->texts.value(it.key()) != content.texts.value(it.key()))
                refusedTexts.insert(it.key(), content.texts.value(it.key()));
        }
        done = writeOnce(editId, content, rest);
    }
    if (!done && pg::isOffline(done.error()))
        return done;
    if (!refusedTexts.isEmpty()) {
        if (Status kept = m_journal->keepRefusedTexts(id, refusedTexts); !kept)
            return kept;
        m_link->announceRefusedTexts(id);
    }
    if (!done && done.error().code != kAlreadyApplied)
        return m_journal->markRefused(seq, tr("%1：%2").arg(named(id), done.error().message));
    return m_journal->remove(seq);
}

// ---- Reading ----

namespace {

// Every column a ReportState needs, for the role connected. Of the counts the
// role may read — its own and those shared by reviewers and administrators
// (migration 3) — the one of the report's present state is taken, its own
// first; else its own older one, which the board shows until it is redone.
constexpr const char *kStates =
    "SELECT a.name, r.year, a.kind, COALESCE(st.action, ''), COALESCE(st.reason, ''), "
    "(extract(epoch FROM r.updated) * 1000)::bigint, r.updated_by, r.revision, COALESCE(p.revision, -1), "
    "c.revision, c.previous_revision, c.errors, c.warnings, c.infos, c.unexplained, c.error_rules "
    "FROM nianbao.reports r JOIN nianbao.agencies a ON a.id = r.agency_id "
    "LEFT JOIN nianbao.reports p ON p.agency_id = r.agency_id AND p.year = r.year - 1 "
    "LEFT JOIN LATERAL (SELECT k.* FROM nianbao.report_checks k WHERE k.report_id = r.id "
    "  AND (k.checked_by = current_user OR k.shared) "
    "  ORDER BY k.revision = r.revision AND k.previous_revision = COALESCE(p.revision, -1) DESC, "
    "  k.checked_by = current_user DESC LIMIT 1) c ON true "
    "LEFT JOIN LATERAL (SELECT l.action, l.reason FROM nianbao.audit_log l WHERE l.report_id = r.id "
    "  AND l.action IN ('finalise', 'reopen', 'submit', 'return') ORDER BY l.id DESC LIMIT 1) st ON true ";

ReportState readState(const pg::Rows &rows, int i)
{
    ReportState s;
    s.id = {rows.text(i, 0), int(rows.int64(i, 1))};
    s.kind = agencyKindFromKey(rows.text(i, 2)).value_or(AgencyKind::Department);
    pg::ReportRow row;
    pg::applyStatusEntry(row, rows.text(i, 3), rows.text(i, 4));
    s.status = row.status;
    s.submission = row.submission;
    s.returnReason = row.returnReason;
    s.updated = pg::fromMs(rows.int64(i, 5));
    s.updatedBy = rows.text(i, 6);
    s.revision = rows.int64(i, 7);
    s.previousRevision = rows.int64(i, 8);
    if (!rows.isNull(i, 9)) {
        CheckSummary check;
        check.revision = rows.int64(i, 9);
        check.previousRevision = rows.int64(i, 10);
        check.errors = int(rows.int64(i, 11));
        check.warnings = int(rows.int64(i, 12));
        check.infos = int(rows.int64(i, 13));
        check.unexplained = int(rows.int64(i, 14));
        check.errorRules = rows.text(i, 15).split(u',', Qt::SkipEmptyParts);
        s.check = check;
    }
    return s;
}

} // namespace

Result<QList<ReportState>> PgReportStore::states(const char *where, const pg::Params &params)
{
    const QByteArray sql = QByteArray(kStates) + where;
    return read<QList<ReportState>>([&](ReportRows &) -> Result<QList<ReportState>> {
        auto rows = m_conn->exec(sql.constData(), params);
        if (!rows)
            return rows.error();
        QList<ReportState> out;
        for (int i = 0; i < rows->count(); ++i)
            out << readState(rows.value(), i);
        return out;
    });
}

Result<QList<store::ReportSummary>> PgReportStore::list()
{
    auto all = states("ORDER BY a.name, r.year", pg::Params());
    if (!all)
        return all.error();
    QList<store::ReportSummary> out;
    for (const ReportState &s : all.value()) {
        store::ReportSummary summary;
        summary.id = s.id;
        summary.kind = s.kind;
        summary.status = s.status;
        summary.updated = s.updated;
        out << summary;
    }
    return out;
}

Result<QList<ReportState>> PgReportStore::reportStates(int year)
{
    return states("WHERE r.year = $1 ORDER BY a.name", pg::Params() << year);
}

Result<ReportState> PgReportStore::reportState(const ReportId &id)
{
    auto found = states("WHERE a.name = $1 AND r.year = $2", pg::Params() << id.agency << id.year);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return notFound(id);
    return found->constFirst();
}

Result<Report> PgReportStore::load(const ReportId &id)
{
    auto many = loadMany({id});
    if (!many)
        return many.error();
    if (many->isEmpty())
        return notFound(id);
    return many->constFirst();
}

Result<QList<Report>> PgReportStore::loadMany(const QList<ReportId> &ids)
{
    if (ids.isEmpty())
        return QList<Report>();
    return read<QList<Report>>([&](ReportRows &rows) { return rows.read(ids); });
}

Result<qint64> PgReportStore::revision(const ReportId &id)
{
    return read<qint64>([&](ReportRows &rows) -> Result<qint64> {
        auto found = m_conn->exec("SELECT r.revision FROM nianbao.reports r JOIN nianbao.agencies a ON a.id = r.agency_id "
                                  "WHERE a.name = $1 AND r.year = $2",
                                  pg::Params() << id.agency << id.year);
        Q_UNUSED(rows)
        if (!found)
            return found.error();
        if (found->count() == 0)
            return notFound(id);
        return found->int64(0, 0);
    });
}

Result<QList<store::AuditEntry>> PgReportStore::auditLog(const ReportId &id)
{
    return read<QList<store::AuditEntry>>([&](ReportRows &rows) -> Result<QList<store::AuditEntry>> {
        auto agency = rows.agencyId(id.agency);
        if (!agency)
            return agency.error();
        if (!agency.value())
            return agencyNotFound(id.agency);
        auto log = m_conn->exec("SELECT (extract(epoch FROM l.at) * 1000)::bigint, l.action, l.reason, "
                                "COALESCE(l.snapshot_id, 0), l.who FROM nianbao.audit_log l "
                                "JOIN nianbao.reports r ON r.id = l.report_id WHERE r.agency_id = $1 AND r.year = $2 "
                                "ORDER BY l.id",
                                pg::Params() << *agency.value() << id.year);
        if (!log)
            return log.error();
        QList<store::AuditEntry> out;
        for (int i = 0; i < log->count(); ++i)
            out << store::AuditEntry{pg::fromMs(log->int64(i, 0)), log->text(i, 1), log->text(i, 2), log->int64(i, 3),
                                     log->text(i, 4)};
        return out;
    });
}

Result<QList<store::SnapshotInfo>> PgReportStore::snapshots(const ReportId &id)
{
    return read<QList<store::SnapshotInfo>>([&](ReportRows &rows) -> Result<QList<store::SnapshotInfo>> {
        auto found = rows.find(id.agency, id.year);
        if (!found)
            return found.error();
        if (!found.value())
            return notFound(id);
        auto list = m_conn->exec("SELECT id, (extract(epoch FROM taken) * 1000)::bigint, reason FROM nianbao.snapshots "
                                 "WHERE report_id = $1 ORDER BY id",
                                 pg::Params() << found.value()->id);
        if (!list)
            return list.error();
        QList<store::SnapshotInfo> out;
        for (int i = 0; i < list->count(); ++i)
            out << store::SnapshotInfo{list->int64(i, 0), id, pg::fromMs(list->int64(i, 1)), list->text(i, 2)};
        return out;
    });
}

namespace {
struct StoredSnapshot {
    qint64 reportId = 0;
    Report content;
};

Result<StoredSnapshot> readSnapshot(pg::Connection &c, qint64 snapshotId)
{
    auto row = c.exec("SELECT report_id, content FROM nianbao.snapshots WHERE id = $1", pg::Params() << snapshotId);
    if (!row)
        return row.error();
    if (row->count() == 0)
        return snapshotNotFound(snapshotId);
    auto content = ReportCodec::decode(row->text(0, 1));
    if (!content)
        return content.error();
    return StoredSnapshot{row->int64(0, 0), content.value()};
}
} // namespace

Result<Report> PgReportStore::snapshot(qint64 snapshotId)
{
    return read<Report>([&](ReportRows &) -> Result<Report> {
        auto snap = readSnapshot(*m_conn, snapshotId);
        if (!snap)
            return snap.error();
        return snap->content;
    });
}

Result<QList<store::AgencyInfo>> PgReportStore::agencies()
{
    return read<QList<store::AgencyInfo>>([&](ReportRows &) -> Result<QList<store::AgencyInfo>> {
        auto rows = m_conn->exec("SELECT a.name, a.kind, COALESCE(p.name, '') FROM nianbao.agencies a "
                                 "LEFT JOIN nianbao.agencies p ON p.id = a.parent_id ORDER BY a.name");
        if (!rows)
            return rows.error();
        QList<store::AgencyInfo> out;
        for (int i = 0; i < rows->count(); ++i)
            out << store::AgencyInfo{rows->text(i, 0), agencyKindFromKey(rows->text(i, 1)).value_or(AgencyKind::Department),
                                     rows->text(i, 2)};
        return out;
    });
}

Result<std::optional<QString>> PgReportStore::parentOf(const QString &agency)
{
    auto rows = m_conn->exec("SELECT COALESCE(p.name, '') FROM nianbao.agencies a "
                             "LEFT JOIN nianbao.agencies p ON p.id = a.parent_id WHERE a.name = $1",
                             pg::Params() << agency);
    if (!rows)
        return rows.error();
    return rows->count() ? std::optional<QString>(rows->text(0, 0)) : std::nullopt;
}

store::ParentLookup PgReportStore::parentLookup()
{
    return [this](const QString &agency) { return parentOf(agency); };
}

// ---- Changing ----

Status PgReportStore::create(const Report &report)
{
    if (Status valid = checkIdentity(report.agencyName, report.year); !valid)
        return valid;
    return inTransaction([&](ReportRows &rows) -> Status {
        auto found = rows.find(report.agencyName, report.year);
        if (!found)
            return found.error();
        if (found.value())
            return alreadyExists({report.agencyName, report.year});
        Report draft = report;
        draft.status = ReportStatus::Draft; // only setStatus() finalises, after its checks
        if (auto id = rows.insert(draft); !id)
            return id.error();
        return placeAgency(draft);
    });
}

Result<std::optional<Report>> PgReportStore::previousReport(ReportRows &rows, const ReportId &id)
{
    auto previous = rows.read(QList<ReportId>{{id.agency, id.year - 1}});
    if (!previous)
        return previous.error();
    if (previous->isEmpty())
        return std::optional<Report>();
    return std::optional<Report>(previous->constFirst());
}

Status PgReportStore::setStatus(const ReportId &id, ReportStatus status, const QString &reason)
{
    if (Status ok = checkStatusReason(status, reason); !ok)
        return ok;
    bool unchanged = false;
    Status done = inTransaction([&](ReportRows &rows) -> Status {
        auto locked = rows.lockForChange(id.agency, id.year);
        if (!locked)
            return locked.error();
        if (!locked.value())
            return notFound(id);
        const pg::ReportRow stored = *locked.value();
        if (stored.status == status) {
            unchanged = true;
            return Error{QStringLiteral("store.unchanged"), QString()}; // rolled back: the revision stays
        }
        if (status == ReportStatus::Draft)
            if (auto ok = SubmissionRules::checkReopen(reportName(id), stored.submission); !ok)
                return ok;
        qint64 snapshotId = 0;
        if (status == ReportStatus::Final) {
            auto report = rows.read(stored.id);
            if (!report)
                return report.error();
            auto previous = previousReport(rows, id);
            if (!previous)
                return previous.error();
            if (auto ok = checkFinalisable(id, report.value(), previous.value()); !ok)
                return ok;
            report.value().status = ReportStatus::Final;
            auto snap = rows.takeSnapshot(stored.id, report.value(), tr("定稿"));
            if (!snap)
                return snap.error();
            snapshotId = snap.value();
        }
        const QString action = status == ReportStatus::Final ? QStringLiteral("finalise") : QStringLiteral("reopen");
        return rows.log(stored.id, action, reason.trimmed(), snapshotId);
    });
    return unchanged ? success() : done;
}

Status PgReportStore::renameAgency(const QString &from, const QString &to)
{
    const QString name = to.trimmed();
    if (Status valid = checkNewAgencyName(name); !valid)
        return valid;
    return inTransaction([&](ReportRows &rows) -> Status {
        auto source = rows.agencyId(from);
        auto target = rows.agencyId(name);
        if (Status refused = renameRefusal(from, name, source, target); !refused)
            return refused;
        return m_conn->run("UPDATE nianbao.agencies SET name = $2 WHERE id = $1",
                           pg::Params() << *source.value() << name);
    });
}

Result<qint64> PgReportStore::takeSnapshot(const ReportId &id, const QString &reason)
{
    qint64 snapshotId = 0;
    Status done = inTransaction([&](ReportRows &rows) -> Status {
        auto found = rows.find(id.agency, id.year);
        if (!found)
            return found.error();
        if (!found.value())
            return notFound(id);
        auto report = rows.read(found.value()->id);
        if (!report)
            return report.error();
        auto snap = rows.takeSnapshot(found.value()->id, report.value(),
                                      reason.trimmed().isEmpty() ? tr("手动") : reason.trimmed());
        if (!snap)
            return snap.error();
        snapshotId = snap.value();
        return success();
    });
    if (!done)
        return done.error();
    return snapshotId;
}

Status PgReportStore::replaceWithSnapshot(ReportRows &rows, qint64 reportId, qint64 agencyId, const Report &content,
                                          const QString &reason)
{
    auto old = rows.read(reportId);
    if (!old)
        return old.error();
    if (auto snap = rows.takeSnapshot(reportId, old.value(), reason); !snap)
        return snap.error();
    return rows.update(reportId, agencyId, content, ChangeHint{{}, {}, true, true});
}

// Inserts `content`, or replaces the stored report of the same agency and
// year when `replace` (after a snapshot named `replacedReason`); a final
// report is never replaced. Returns the report's row id.
Result<qint64> PgReportStore::put(ReportRows &rows, const Report &content, bool replace, const QString &replacedReason,
                                  const QString &existsMessage)
{
    auto current = rows.find(content.agencyName, content.year);
    if (!current)
        return current.error();
    if (!current.value())
        return rows.insert(content);
    if (!replace)
        return Error{QStringLiteral("store.exists"), existsMessage};
    auto locked = rows.lockForChangeById(current.value()->id);
    if (!locked)
        return locked.error();
    if (!locked.value())
        return notFound({content.agencyName, content.year});
    if (locked.value()->status == ReportStatus::Final)
        return finalRefusesReplace({content.agencyName, content.year});
    if (Status replaced = replaceWithSnapshot(rows, locked.value()->id, locked.value()->agencyId, content, replacedReason);
        !replaced)
        return replaced.error();
    return locked.value()->id;
}

Status PgReportStore::restore(qint64 snapshotId)
{
    return inTransaction([&](ReportRows &rows) -> Status {
        auto snap = readSnapshot(*m_conn, snapshotId);
        if (!snap)
            return snap.error();
        auto locked = rows.lockForChangeById(snap->reportId);
        if (!locked)
            return locked.error();
        if (!locked.value())
            return snapshotNotFound(snapshotId);
        auto current = rows.read(snap->reportId);
        if (!current)
            return current.error();
        const ReportId id{current->agencyName, current->year};
        if (locked.value()->status == ReportStatus::Final)
            return finalRefusesWrite(id);
        // The snapshot's content, under the agency's current name, as a draft.
        Report content = snap->content;
        content.agencyName = id.agency;
        content.year = id.year;
        content.status = ReportStatus::Draft;
        if (Status done = replaceWithSnapshot(rows, locked.value()->id, locked.value()->agencyId, content, tr("恢复前"));
            !done)
            return done;
        return rows.log(locked.value()->id, QStringLiteral("restore"), tr("恢复到快照 %1").arg(snapshotId), snapshotId);
    });
}

Result<Report> PgReportStore::newYear(const QString &agency, int year, bool replace)
{
    if (Status valid = checkIdentity(agency, year); !valid)
        return valid.error();
    Report made;
    Status done = inTransaction([&](ReportRows &rows) -> Status {
        auto last = previousReport(rows, {agency, year});
        if (!last)
            return last.error();
        if (!last.value())
            return noPrevious(agency, year - 1);
        made = carryForward(*last.value(), year);
        made.agencyParent.clear(); // the tree stays as it is
        auto reportId = put(rows, made, replace, tr("新年度替换前"),
                            tr("%1 年度的报告已经存在；如要用上年结转的内容替换它，请选择替换（替换前会保存快照）。")
                                .arg(named({agency, year})));
        if (!reportId)
            return reportId.error();
        auto snap = rows.takeSnapshot(reportId.value(), made, tr("新年度"));
        if (!snap)
            return snap.error();
        return rows.log(reportId.value(), QStringLiteral("new-year"), tr("由 %1 年度结转").arg(year - 1), snap.value());
    });
    if (!done)
        return done.error();
    auto stored = load({agency, year});
    return stored ? stored.value() : made;
}

Status PgReportStore::importOne(ReportRows &rows, const Report &imported, bool replace)
{
    if (Status valid = checkIdentity(imported.agencyName, imported.year); !valid)
        return valid;
    Report report = imported;
    report.status = ReportStatus::Draft; // imported into drafts; finalising runs the checks here
    const ReportId id{report.agencyName, report.year};
    auto reportId = put(rows, report, replace, tr("导入前"),
                        tr("%1 年度的报告已经存在，未导入；如要替换，请使用 --replace（替换前会保存快照）。").arg(named(id)));
    if (!reportId)
        return reportId.error();
    if (Status placed = placeAgency(report); !placed)
        return placed;
    auto snap = rows.takeSnapshot(reportId.value(), report, tr("导入"));
    if (!snap)
        return snap.error();
    return rows.log(reportId.value(), QStringLiteral("import"), QString(), snap.value());
}

Status PgReportStore::importEach(qsizetype count, const ReportSource &source, bool replace)
{
    return inTransaction([&](ReportRows &rows) -> Status {
        for (qsizetype i = 0; i < count; ++i) {
            auto report = source(i);
            if (!report)
                return report.error();
            if (Status done = importOne(rows, report.value(), replace); !done)
                return done;
        }
        return success();
    });
}

Status PgReportStore::importReport(const Report &report, bool replace)
{
    return importReports({report}, replace);
}

// ---- The tree and the collection ----

Status PgReportStore::placeAgency(const Report &report)
{
    const QString parent = report.agencyParent.trimmed();
    if (parent.isEmpty())
        return success();
    auto known = parentOf(parent);
    if (!known)
        return known.error();
    if (!known.value())
        if (Status added = m_conn->run("INSERT INTO nianbao.agencies(name, kind) VALUES ($1, $2)",
                                       pg::Params() << parent << agencyKindKey(likelyAgencyKind(parent)));
            !added)
            return added;
    auto current = parentOf(report.agencyName);
    if (!current)
        return current.error();
    if (current.value() && *current.value() == parent)
        return success(); // already there: nothing to change (and nothing a clerk may not do)
    if (auto ok = checkParent(parentLookup(), report.agencyName, parent); !ok)
        return ok;
    return m_conn->run("UPDATE nianbao.agencies SET parent_id = (SELECT id FROM nianbao.agencies WHERE name = $2) "
                       "WHERE name = $1",
                       pg::Params() << report.agencyName << parent);
}

Status PgReportStore::addAgency(const AgencyInfo &agency)
{
    const QString name = agency.name.trimmed(), parent = agency.parent.trimmed();
    if (Status valid = checkNewAgencyName(name); !valid)
        return valid;
    return inTransaction([&](ReportRows &) -> Status {
        auto existing = parentOf(name);
        if (!existing)
            return existing.error();
        if (existing.value())
            return agencyNameTaken(name);
        if (!parent.isEmpty()) {
            auto above = parentOf(parent);
            if (!above)
                return above.error();
            if (!above.value())
                return parentNotFound(parent);
        }
        pg::Params p;
        p << name << agencyKindKey(agency.kind);
        if (parent.isEmpty())
            p << std::nullopt;
        else
            p << parent;
        return m_conn->run("INSERT INTO nianbao.agencies(name, kind, parent_id) "
                           "VALUES ($1, $2, (SELECT id FROM nianbao.agencies WHERE name = $3))",
                           p);
    });
}

Status PgReportStore::setParent(const QString &agency, const QString &parent)
{
    return inTransaction([&](ReportRows &) -> Status {
        if (auto ok = checkParent(parentLookup(), agency, parent.trimmed()); !ok)
            return ok;
        pg::Params p;
        p << agency;
        if (parent.trimmed().isEmpty())
            p << std::nullopt;
        else
            p << parent.trimmed();
        return m_conn->run("UPDATE nianbao.agencies SET parent_id = (SELECT id FROM nianbao.agencies WHERE name = $2) "
                           "WHERE name = $1",
                           p);
    });
}

Status PgReportStore::submit(const ReportId &id)
{
    return inTransaction([&](ReportRows &rows) -> Status {
        auto locked = rows.lockForChange(id.agency, id.year);
        if (!locked)
            return locked.error();
        if (!locked.value())
            return notFound(id);
        if (auto ok = SubmissionRules::checkSubmit(reportName(id), locked.value()->status, locked.value()->submission); !ok)
            return ok;
        return rows.log(locked.value()->id, QStringLiteral("submit"), QString());
    });
}

Status PgReportStore::returnReport(const ReportId &id, const QString &reason)
{
    return inTransaction([&](ReportRows &rows) -> Status {
        auto locked = rows.lockForChange(id.agency, id.year);
        if (!locked)
            return locked.error();
        if (!locked.value())
            return notFound(id);
        if (auto ok = SubmissionRules::checkReturn(reportName(id), locked.value()->submission, reason); !ok)
            return ok;
        return rows.log(locked.value()->id, QStringLiteral("return"), reason.trimmed());
    });
}

Status PgReportStore::recordChecks(const QList<std::pair<ReportId, CheckSummary>> &checks)
{
    if (checks.isEmpty())
        return success();
    // One statement for all: a board's refresh records up to a whole year.
    // A report given twice is counted as last given (one statement may not change a row twice).
    QHash<std::pair<QString, int>, CheckSummary> last;
    for (const auto &[id, check] : checks)
        last.insert({id.agency, id.year}, check);
    QStringList agencies, errorRules;
    QList<qint64> years, revisions, previous, errors, warnings, infos, unexplained;
    for (auto it = last.constBegin(); it != last.constEnd(); ++it) {
        const auto &[agency, year] = it.key();
        const CheckSummary &check = it.value();
        agencies << agency;
        years << year;
        revisions << check.revision;
        previous << check.previousRevision;
        errors << check.errors;
        warnings << check.warnings;
        infos << check.infos;
        unexplained << check.unexplained;
        errorRules << check.errorRules.join(u',');
    }
    return inTransaction([&](ReportRows &) -> Status {
        return m_conn->run(
            "INSERT INTO nianbao.report_checks(report_id, revision, previous_revision, errors, warnings, infos, "
            "unexplained, error_rules, shared) SELECT r.id, c.revision, c.previous, c.errors, c.warnings, c.infos, "
            "c.unexplained, c.rules, "
            // shared with every reader when a reviewer or administrator counted a report it is not clerk of
            // (migration 3's policy checks the same, whatever is sent)
            "nianbao.may_share_checks() AND r.id NOT IN (SELECT nianbao.clerk_reports()) "
            "FROM unnest($1::text[], $2::bigint[], $3::bigint[], $4::bigint[], $5::bigint[], $6::bigint[], "
            "  $7::bigint[], $8::bigint[], $9::text[]) "
            "  AS c(agency, year, revision, previous, errors, warnings, infos, unexplained, rules) "
            "JOIN nianbao.agencies a ON a.name = c.agency "
            "JOIN nianbao.reports r ON r.agency_id = a.id AND r.year = c.year AND r.revision = c.revision "
            "ON CONFLICT (report_id, checked_by) DO UPDATE SET revision = excluded.revision, "
            "previous_revision = excluded.previous_revision, errors = excluded.errors, warnings = excluded.warnings, "
            "infos = excluded.infos, unexplained = excluded.unexplained, error_rules = excluded.error_rules, "
            "shared = excluded.shared",
            pg::Params() << agencies << years << revisions << previous << errors << warnings << infos << unexplained
                         << errorRules);
    });
}

} // namespace nb::storage
