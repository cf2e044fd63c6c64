#include "core/storage/postgres/pg_report_rows.h"

#include "core/storage/report_codec.h"

#include <QHash>

namespace nb::storage::pg {

using namespace nb::report;

// The status entries of the audit log, newest first (see pg_migrations.cpp).
#define NB_STATUS_ACTIONS "('finalise', 'reopen', 'submit', 'return')"

// A report's content in one statement: `wanted` (id, year, agency, kind,
// parent) comes first; then one row per header field, cell, text, note and
// 说明, as (report id, part, key, value).
#define NB_READ_REPORTS(WANTED)                                                                                     \
    "WITH wanted AS (" WANTED ") "                                                                                  \
    "SELECT w.id, h.part, '', h.value FROM wanted w "                                                               \
    "LEFT JOIN nianbao.report_info i ON i.report_id = w.id "                                                        \
    "LEFT JOIN LATERAL (SELECT l.action FROM nianbao.audit_log l WHERE l.report_id = w.id "                         \
    "  AND l.action IN " NB_STATUS_ACTIONS " ORDER BY l.id DESC LIMIT 1) st ON true "                               \
    "CROSS JOIN LATERAL (VALUES ('agency', w.agency), ('kind', w.kind), ('parent', w.parent), "                    \
    "  ('year', w.year::text), ('status', COALESCE(st.action, '')), "                                               \
    "  ('document_number', COALESCE(i.document_number, '')), ('publish_date', COALESCE(i.publish_date, '')), "     \
    "  ('texts_to_revise', COALESCE(i.texts_to_revise, ''))) AS h(part, value) "                                    \
    "UNION ALL SELECT c.report_id, 'cell', c.key, c.value FROM nianbao.cells c "                                    \
    "  WHERE c.report_id IN (SELECT id FROM wanted) "                                                               \
    "UNION ALL SELECT t.report_id, 'text', t.section, t.text FROM nianbao.texts t "                                 \
    "  WHERE t.report_id IN (SELECT id FROM wanted) "                                                               \
    "UNION ALL SELECT n.report_id, 'note', n.key, n.note FROM nianbao.cell_notes n "                                \
    "  WHERE n.report_id IN (SELECT id FROM wanted) "                                                               \
    "UNION ALL SELECT e.report_id, 'explanation', e.rule, e.text FROM nianbao.explanations e "                      \
    "  WHERE e.report_id IN (SELECT id FROM wanted)"

namespace {

constexpr const char *kReadByName = NB_READ_REPORTS(
    "SELECT DISTINCT r.id, r.year, a.name AS agency, a.kind, COALESCE(p.name, '') AS parent "
    "FROM unnest($1::text[], $2::int[]) AS w(agency, year) "
    "JOIN nianbao.agencies a ON a.name = w.agency "
    "JOIN nianbao.reports r ON r.agency_id = a.id AND r.year = w.year "
    "LEFT JOIN nianbao.agencies p ON p.id = a.parent_id");

constexpr const char *kReadById = NB_READ_REPORTS(
    "SELECT r.id, r.year, a.name AS agency, a.kind, COALESCE(p.name, '') AS parent "
    "FROM nianbao.reports r JOIN nianbao.agencies a ON a.id = r.agency_id "
    "LEFT JOIN nianbao.agencies p ON p.id = a.parent_id WHERE r.id = $1");

constexpr const char *kFind =
    "SELECT r.id, r.agency_id, r.revision FROM nianbao.reports r JOIN nianbao.agencies a ON a.id = r.agency_id "
    "WHERE a.name = $1 AND r.year = $2";

constexpr const char *kFindById = "SELECT r.id, r.agency_id, r.revision FROM nianbao.reports r WHERE r.id = $1";

constexpr const char *kStatus = "SELECT l.action, l.reason FROM nianbao.audit_log l WHERE l.report_id = $1 "
                                "AND l.action IN " NB_STATUS_ACTIONS " ORDER BY l.id DESC LIMIT 1";

// The row lock, the new revision and the notifications in one round trip.
#define NB_TOUCH(WHERE)                                                                                          \
    "t AS (UPDATE nianbao.reports r SET revision = r.revision + 1, updated = now(), updated_by = current_user " \
    WHERE " RETURNING r.id, r.agency_id, r.revision, r.year) "
#define NB_TOUCHED                                                                                               \
    "SELECT t.id, t.agency_id, t.revision, pg_notify('nb_r' || t.id, t.revision::text), "                       \
    "pg_notify('nb_y' || t.year, t.id::text) "
#define NB_BY_NAME "FROM nianbao.agencies a WHERE a.id = r.agency_id AND a.name = $1 AND r.year = $2"

constexpr const char *kLockByName = "WITH " NB_TOUCH(NB_BY_NAME) NB_TOUCHED "FROM t";
constexpr const char *kLockById = "WITH " NB_TOUCH("WHERE r.id = $1") NB_TOUCHED "FROM t";
// The same for one edit, recording the edit's id too: one round trip less on
// the path every typed figure takes. Recorded before the status is read, it is
// rolled back with the rest when the report turns out to be final.
constexpr const char *kLockForEdit =
    "WITH " NB_TOUCH(NB_BY_NAME) ", e AS (INSERT INTO nianbao.applied_edits(edit_id, report_id) "
    "SELECT $3::uuid, t.id FROM t ON CONFLICT (edit_id) DO NOTHING RETURNING edit_id) "
    NB_TOUCHED ", (SELECT count(*) FROM e) FROM t";

struct KeyedTable {
    const char *upsert; // ($1 report, $2 keys[], $3 values[])
    const char *erase;  // ($1 report, $2 keys[])
    const char *clear;  // ($1 report)
};

constexpr KeyedTable kCells{
    "INSERT INTO nianbao.cells(report_id, key, value) SELECT $1, k, v FROM unnest($2::text[], $3::text[]) AS t(k, v) "
    "ON CONFLICT (report_id, key) DO UPDATE SET value = excluded.value",
    "DELETE FROM nianbao.cells WHERE report_id = $1 AND key = ANY($2::text[])",
    "DELETE FROM nianbao.cells WHERE report_id = $1"};
constexpr KeyedTable kTexts{
    "INSERT INTO nianbao.texts(report_id, section, text) SELECT $1, k, v FROM unnest($2::text[], $3::text[]) AS t(k, v) "
    "ON CONFLICT (report_id, section) DO UPDATE SET text = excluded.text",
    "DELETE FROM nianbao.texts WHERE report_id = $1 AND section = ANY($2::text[])",
    "DELETE FROM nianbao.texts WHERE report_id = $1"};
constexpr KeyedTable kNotes{
    "INSERT INTO nianbao.cell_notes(report_id, key, note) SELECT $1, k, v FROM unnest($2::text[], $3::text[]) AS t(k, v) "
    "ON CONFLICT (report_id, key) DO UPDATE SET note = excluded.note",
    "DELETE FROM nianbao.cell_notes WHERE report_id = $1 AND key = ANY($2::text[])",
    "DELETE FROM nianbao.cell_notes WHERE report_id = $1"};
constexpr KeyedTable kExplanations{
    "INSERT INTO nianbao.explanations(report_id, rule, text) SELECT $1, k, v FROM unnest($2::text[], $3::text[]) AS t(k, v) "
    "ON CONFLICT (report_id, rule) DO UPDATE SET text = excluded.text",
    "DELETE FROM nianbao.explanations WHERE report_id = $1 AND rule = ANY($2::text[])",
    "DELETE FROM nianbao.explanations WHERE report_id = $1"};

QMap<QString, QString> cellTexts(const Report &report)
{
    QMap<QString, QString> out;
    for (auto it = report.cells.begin(); it != report.cells.end(); ++it)
        out.insert(it.key(), it.value().toString());
    return out;
}

} // namespace

void applyStatusEntry(ReportRow &row, const QString &action, const QString &reason)
{
    row.status = (action == QLatin1String("finalise") || action == QLatin1String("submit")) ? ReportStatus::Final
                                                                                                : ReportStatus::Draft;
    row.submission = action == QLatin1String("submit")   ? Submission::Submitted
                     : action == QLatin1String("return") ? Submission::Returned
                                                         : Submission::None;
    row.returnReason = action == QLatin1String("return") ? reason : QString();
}

QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

Result<std::optional<ReportRow>> ReportRows::statusOf(std::optional<ReportRow> row)
{
    if (!row)
        return row;
    auto status = m_c.exec(kStatus, Params() << row->id);
    if (!status)
        return status.error();
    if (status->count() > 0)
        applyStatusEntry(*row, status->text(0, 0), status->text(0, 1));
    return row;
}

namespace {
std::optional<ReportRow> firstRow(const Rows &rows)
{
    if (rows.count() == 0)
        return std::nullopt;
    ReportRow row;
    row.id = rows.int64(0, 0);
    row.agencyId = rows.int64(0, 1);
    row.revision = rows.int64(0, 2);
    return row;
}
} // namespace

Result<std::optional<ReportRow>> ReportRows::find(const QString &agency, int year)
{
    auto rows = m_c.exec(kFind, Params() << agency << year);
    if (!rows)
        return rows.error();
    return statusOf(firstRow(rows.value()));
}

Result<std::optional<ReportRow>> ReportRows::findById(qint64 reportId)
{
    auto rows = m_c.exec(kFindById, Params() << reportId);
    if (!rows)
        return rows.error();
    return statusOf(firstRow(rows.value()));
}

// A report this role sees but may not change (a reviewer's own node, an
// administrator) is locked by no row: refused, not "missing".
Error ReportRows::mayNotChange(const QString &report) const
{
    return {QStringLiteral("store.denied"),
            tr("数据库服务器拒绝了这项操作：用户 %1 不能更改 %2 的报告。").arg(m_c.user(), report)};
}

// No row was locked: refused when the role sees the report but may not
// change it, fine (there is none) otherwise.
Status ReportRows::whyNotLocked(const QString &agency, int year)
{
    auto seen = find(agency, year);
    if (!seen)
        return seen.error();
    if (seen.value())
        return mayNotChange(QStringLiteral("%1 %2 年度").arg(agency).arg(year));
    return success();
}

Result<std::optional<ReportRow>> ReportRows::lockForChange(const QString &agency, int year)
{
    auto rows = m_c.exec(kLockByName, Params() << agency << year);
    if (!rows)
        return rows.error();
    if (rows->count() == 0)
        if (Status missing = whyNotLocked(agency, year); !missing)
            return missing.error();
    return statusOf(firstRow(rows.value()));
}

Result<ReportRows::LockedEdit> ReportRows::lockForEdit(const QString &agency, int year, const QString &editId)
{
    auto rows = m_c.exec(kLockForEdit, Params() << agency << year << editId);
    if (!rows)
        return rows.error();
    if (rows->count() == 0) {
        if (Status missing = whyNotLocked(agency, year); !missing)
            return missing.error();
        return LockedEdit{};
    }
    const bool fresh = rows->int64(0, 5) == 1;
    auto row = statusOf(firstRow(rows.value()));
    if (!row)
        return row.error();
    return LockedEdit{row.value(), fresh};
}

Result<std::optional<ReportRow>> ReportRows::lockForChangeById(qint64 reportId)
{
    auto rows = m_c.exec(kLockById, Params() << reportId);
    if (!rows)
        return rows.error();
    if (rows->count() == 0) {
        auto seen = findById(reportId);
        if (!seen)
            return seen.error();
        if (seen.value())
            return mayNotChange(tr("这份"));
    }
    return statusOf(firstRow(rows.value()));
}

Result<std::optional<qint64>> ReportRows::agencyId(const QString &name)
{
    auto rows = m_c.exec("SELECT id FROM nianbao.agencies WHERE name = $1", Params() << name);
    if (!rows)
        return rows.error();
    return rows->count() ? std::optional<qint64>(rows->int64(0, 0)) : std::nullopt;
}

namespace {

Status putPart(Report &r, const QString &part, const QString &key, const QString &value)
{
    if (part == QLatin1String("cell")) {
        const auto number = Decimal::fromString(value);
        if (!number)
            return Error{QStringLiteral("db.corrupt"),
                         ReportRows::tr("服务器上 %1 %2 年度报告的单元格 %3 的数值“%4”无法读取。")
                             .arg(r.agencyName).arg(r.year).arg(key, value)};
        r.cells.insert(key, *number);
    } else if (part == QLatin1String("text")) {
        r.texts.insert(key, value);
    } else if (part == QLatin1String("note")) {
        r.cellNotes.insert(key, value);
    } else if (part == QLatin1String("explanation")) {
        r.explanations.insert(key, value);
    } else if (part == QLatin1String("agency")) {
        r.agencyName = value;
    } else if (part == QLatin1String("kind")) {
        r.agencyKind = agencyKindFromKey(value).value_or(AgencyKind::Department);
    } else if (part == QLatin1String("parent")) {
        r.agencyParent = value;
    } else if (part == QLatin1String("year")) {
        r.year = value.toInt();
    } else if (part == QLatin1String("status")) {
        ReportRow row;
        applyStatusEntry(row, value, {});
        r.status = row.status;
    } else if (part == QLatin1String("document_number")) {
        r.documentNumber = value;
    } else if (part == QLatin1String("publish_date")) {
        r.publishDate = QDate::fromString(value, Qt::ISODate);
    } else if (part == QLatin1String("texts_to_revise")) {
        r.textsToRevise = value.split(u',', Qt::SkipEmptyParts);
    }
    return success();
}

// Header rows come first for each report (the UNION's first branch), so a
// cell's message can name its report.
Result<QList<Report>> collect(const Rows &rows)
{
    QHash<qint64, int> index;
    QList<Report> out;
    for (int i = 0; i < rows.count(); ++i) {
        const qint64 id = rows.int64(i, 0);
        auto at = index.constFind(id);
        if (at == index.constEnd()) {
            at = index.insert(id, int(out.size()));
            out.append(Report{});
        }
        if (Status ok = putPart(out[*at], rows.text(i, 1), rows.text(i, 2), rows.text(i, 3)); !ok)
            return ok.error();
    }
    return out;
}

} // namespace

Result<QList<Report>> ReportRows::read(const QList<store::ReportId> &ids)
{
    QStringList agencies;
    QList<qint64> years;
    for (const store::ReportId &id : ids) {
        agencies << id.agency;
        years << id.year;
    }
    auto rows = m_c.exec(kReadByName, Params() << agencies << years);
    if (!rows)
        return rows.error();
    return collect(rows.value());
}

Result<Report> ReportRows::read(qint64 reportId)
{
    auto rows = m_c.exec(kReadById, Params() << reportId);
    if (!rows)
        return rows.error();
    auto reports = collect(rows.value());
    if (!reports)
        return reports.error();
    if (reports->isEmpty())
        return Error{QStringLiteral("store.not-found"), tr("服务器上没有这份报告（编号 %1）。").arg(reportId)};
    return reports->constFirst();
}

Result<QMap<QString, QString>> ReportRows::texts(qint64 reportId, const QStringList &sections)
{
    auto rows = m_c.exec("SELECT section, text FROM nianbao.texts WHERE report_id = $1 AND section = ANY($2::text[])",
                         Params() << reportId << sections);
    if (!rows)
        return rows.error();
    QMap<QString, QString> out;
    for (int i = 0; i < rows->count(); ++i)
        out.insert(rows->text(i, 0), rows->text(i, 1));
    return out;
}

Result<qint64> ReportRows::ensureAgency(const Report &report)
{
    auto found = m_c.exec("SELECT id, kind FROM nianbao.agencies WHERE name = $1", Params() << report.agencyName);
    if (!found)
        return found.error();
    const QString kind = agencyKindKey(report.agencyKind);
    if (found->count() == 0) {
        auto added = m_c.exec("INSERT INTO nianbao.agencies(name, kind) VALUES ($1, $2) RETURNING id",
                              Params() << report.agencyName << kind);
        if (!added)
            return added.error();
        return added->int64(0, 0);
    }
    const qint64 id = found->int64(0, 0);
    if (found->text(0, 1) != kind)
        if (Status done = m_c.run("UPDATE nianbao.agencies SET kind = $2 WHERE id = $1", Params() << id << kind); !done)
            return done.error();
    return id;
}

Result<qint64> ReportRows::insert(const Report &report)
{
    auto agency = ensureAgency(report);
    if (!agency)
        return agency.error();
    auto made = m_c.exec("INSERT INTO nianbao.reports(agency_id, year) VALUES ($1, $2) RETURNING id",
                         Params() << agency.value() << report.year);
    if (!made)
        return made.error();
    const qint64 id = made->int64(0, 0);
    if (Status done = m_c.run("INSERT INTO nianbao.report_info(report_id, document_number, publish_date, texts_to_revise) "
                              "VALUES ($1, $2, $3, $4)",
                              Params() << id << report.documentNumber << report.publishDate.toString(Qt::ISODate)
                                       << report.textsToRevise.join(u','));
        !done)
        return done.error();
    if (Status done = replaceAll(id, report); !done)
        return done.error();
    // A new report of the year: boards of that year look again.
    if (Status done = m_c.run("SELECT pg_notify('nb_y' || $1::text, $2::text)", Params() << report.year << id); !done)
        return done.error();
    return id;
}

Status ReportRows::writeKeyed(const char *upsert, const char *erase, qint64 reportId, const QMap<QString, QString> &values,
                              const QStringList &keys)
{
    QStringList present, presentValues, absent;
    for (const QString &key : keys) {
        if (auto it = values.constFind(key); it != values.constEnd()) {
            present << key;
            presentValues << *it;
        } else {
            absent << key;
        }
    }
    if (!present.isEmpty())
        if (Status done = m_c.run(upsert, Params() << reportId << present << presentValues); !done)
            return done;
    if (!absent.isEmpty())
        if (Status done = m_c.run(erase, Params() << reportId << absent); !done)
            return done;
    return success();
}

Status ReportRows::writeCells(qint64 reportId, const Report &report, const QStringList &keys)
{
    return writeKeyed(kCells.upsert, kCells.erase, reportId, cellTexts(report), keys);
}

Status ReportRows::writeMetadata(qint64 reportId, qint64 agencyId, const Report &report)
{
    if (Status done = m_c.run("UPDATE nianbao.report_info SET document_number = $2, publish_date = $3, "
                              "texts_to_revise = $4 WHERE report_id = $1",
                              Params() << reportId << report.documentNumber << report.publishDate.toString(Qt::ISODate)
                                       << report.textsToRevise.join(u','));
        !done)
        return done;
    return m_c.run("UPDATE nianbao.agencies SET kind = $2 WHERE id = $1 AND kind <> $2",
                   Params() << agencyId << agencyKindKey(report.agencyKind));
}

// Each written section leaves or joins "texts to revise" as it is in `report`;
// the other sections' marks stay as stored (another program may have set them).
Status ReportRows::mergeTextsToRevise(qint64 reportId, const Report &report, const QStringList &sections)
{
    auto read = m_c.exec("SELECT texts_to_revise FROM nianbao.report_info WHERE report_id = $1", Params() << reportId);
    if (!read)
        return read.error();
    QStringList marks = read->count() ? read->text(0, 0).split(u',', Qt::SkipEmptyParts) : QStringList();
    const QStringList before = marks;
    for (const QString &section : sections) {
        marks.removeAll(section);
        if (report.textsToRevise.contains(section))
            marks << section;
    }
    if (marks == before)
        return success();
    return m_c.run("UPDATE nianbao.report_info SET texts_to_revise = $2 WHERE report_id = $1",
                   Params() << reportId << marks.join(u','));
}

Status ReportRows::replaceAll(qint64 reportId, const Report &report)
{
    const std::pair<const KeyedTable *, QMap<QString, QString>> parts[] = {
        {&kCells, cellTexts(report)},
        {&kTexts, report.texts},
        {&kNotes, report.cellNotes},
        {&kExplanations, report.explanations},
    };
    for (const auto &[table, values] : parts) {
        if (Status done = m_c.run(table->clear, Params() << reportId); !done)
            return done;
        if (Status done = writeKeyed(table->upsert, table->erase, reportId, values, values.keys()); !done)
            return done;
    }
    return success();
}

Status ReportRows::update(qint64 reportId, qint64 agencyId, const Report &report, const store::ChangeHint &changed)
{
    if (changed.everything) {
        if (Status done = replaceAll(reportId, report); !done)
            return done;
        return writeMetadata(reportId, agencyId, report);
    }
    if (Status done = writeCells(reportId, report, changed.cells); !done)
        return done;
    if (Status done = writeKeyed(kTexts.upsert, kTexts.erase, reportId, report.texts, changed.texts); !done)
        return done;
    if (changed.metadata) {
        if (Status done = writeMetadata(reportId, agencyId, report); !done)
            return done;
    } else if (!changed.texts.isEmpty()) {
        if (Status done = mergeTextsToRevise(reportId, report, changed.texts); !done)
            return done;
    }
    if (Status done = writeKeyed(kNotes.upsert, kNotes.erase, reportId, report.cellNotes, changed.notes); !done)
        return done;
    return writeKeyed(kExplanations.upsert, kExplanations.erase, reportId, report.explanations, changed.explanations);
}

Result<qint64> ReportRows::takeSnapshot(qint64 reportId, const Report &content, const QString &reason)
{
    auto made = m_c.exec("INSERT INTO nianbao.snapshots(report_id, reason, content) VALUES ($1, $2, $3) RETURNING id",
                         Params() << reportId << reason << ReportCodec::encode(content));
    if (!made)
        return made.error();
    return made->int64(0, 0);
}

Status ReportRows::log(qint64 reportId, const QString &action, const QString &reason, qint64 snapshotId)
{
    Params p;
    p << reportId << action << reason;
    if (snapshotId)
        p << snapshotId;
    else
        p << std::nullopt;
    return m_c.run("INSERT INTO nianbao.audit_log(report_id, action, reason, snapshot_id) VALUES ($1, $2, $3, $4)", p);
}

} // namespace nb::storage::pg
