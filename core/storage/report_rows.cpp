#include "core/storage/report_rows.h"

#include "core/report/number_parser.h"
#include "core/storage/statement.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <sqlite3.h>

namespace nb::storage {

using namespace nb::report;

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

namespace {

// Runs a prepared statement once per entry of a key → text map.
Status readPairs(Database &db, const char *sql, qint64 reportId, QMap<QString, QString> &into)
{
    auto st = Statement::prepare(db, sql);
    if (!st)
        return st.error();
    st.value().bind(1, reportId);
    return st.value().forEachRow([&](const Statement &row) { into.insert(row.text(0), row.text(1)); });
}

Status insertPairs(Database &db, const char *insert, qint64 reportId, const QMap<QString, QString> &pairs)
{
    auto ins = Statement::prepare(db, insert);
    if (!ins)
        return ins.error();
    for (auto it = pairs.begin(); it != pairs.end(); ++it) {
        ins.value().reset();
        if (auto done = ins.value().bind(1, reportId).bind(2, it.key()).bind(3, it.value()).run(); !done)
            return done;
    }
    return success();
}

// Writes the named keys of a key → text map: an upsert for a key the map
// has, a delete for one it lacks (blank). Statements take (report, key, text).
Status writeKeyed(Database &db, const char *upsertSql, const char *eraseSql, qint64 reportId,
                  const QMap<QString, QString> &map, const QStringList &keys)
{
    if (keys.isEmpty())
        return success();
    auto upsert = Statement::prepare(db, upsertSql);
    auto erase = Statement::prepare(db, eraseSql);
    if (!upsert || !erase)
        return upsert ? erase.error() : upsert.error();
    for (const auto &key : keys) {
        const auto value = map.constFind(key);
        Statement &st = value != map.constEnd() ? upsert.value() : erase.value();
        st.reset();
        st.bind(1, reportId).bind(2, key);
        if (value != map.constEnd())
            st.bind(3, *value);
        if (auto done = st.run(); !done)
            return done;
    }
    return success();
}

} // namespace

Result<std::optional<StoredReport>> ReportRows::find(const QString &agency, int year)
{
    auto st = Statement::prepare(m_db, "SELECT r.id, r.agency_id, r.status, r.revision, r.submission FROM reports r "
                                       "JOIN agencies a ON a.id = r.agency_id WHERE a.name = ?1 AND r.year = ?2");
    if (!st)
        return st.error();
    auto row = st.value().bind(1, agency).bind(2, year).step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<StoredReport>();
    return std::optional<StoredReport>(StoredReport{st.value().int64(0), st.value().int64(1),
                                                    reportStatusFromKey(st.value().text(2)).value_or(ReportStatus::Draft),
                                                    st.value().int64(3),
                                                    submissionFromKey(st.value().text(4)).value_or(Submission::None)});
}

Result<std::optional<qint64>> ReportRows::agencyId(const QString &name)
{
    auto st = Statement::prepare(m_db, "SELECT id FROM agencies WHERE name = ?1");
    if (!st)
        return st.error();
    auto row = st.value().bind(1, name).step();
    if (!row)
        return row.error();
    return *row ? std::optional<qint64>(st.value().int64(0)) : std::nullopt;
}

Result<std::optional<AgencyKind>> ReportRows::agencyKind(const QString &name)
{
    auto st = Statement::prepare(m_db, "SELECT kind FROM agencies WHERE name = ?1");
    if (!st)
        return st.error();
    auto row = st.value().bind(1, name).step();
    if (!row)
        return row.error();
    return *row ? agencyKindFromKey(st.value().text(0)) : std::nullopt;
}

namespace {

// The columns of a report's own row, as readHeader() takes them.
constexpr const char *kHeaderColumns = "a.name, a.kind, p.name, r.year, r.status, r.document_number, r.publish_date, "
                                       "r.texts_to_revise FROM reports r JOIN agencies a ON a.id = r.agency_id "
                                       "LEFT JOIN agencies p ON p.id = a.parent_id ";

void readHeader(const Statement &row, int first, Report &r)
{
    r.agencyName = row.text(first);
    r.agencyKind = agencyKindFromKey(row.text(first + 1)).value_or(AgencyKind::Department);
    r.agencyParent = row.text(first + 2);
    r.year = int(row.int64(first + 3));
    r.status = reportStatusFromKey(row.text(first + 4)).value_or(ReportStatus::Draft);
    r.documentNumber = row.text(first + 5);
    r.publishDate = QDate::fromString(row.text(first + 6), Qt::ISODate);
    r.textsToRevise = row.text(first + 7).split(u',', Qt::SkipEmptyParts);
}

// A stored figure, never silently dropped: a lost figure is lost work.
Status putCell(const Database &db, Report &r, const QString &key, const QString &text)
{
    const auto value = Decimal::fromString(text);
    // Never silently dropped (a lost figure is lost work), never out of the range every reader applies.
    if (!value || !NumberParser::inRange(*value, key))
        return Error{QStringLiteral("db.corrupt"),
                     ReportRows::tr("数据库文件 %1 中 %2 年度报告的单元格 %3 的数值“%4”无法读取。")
                         .arg(QDir::toNativeSeparators(db.path()), r.agencyName).arg(r.year).arg(key, text)};
    // At the end when the rows come in key order (as the ids of a new database
    // are): no search through the keys already there.
    r.cells.insert(r.cells.cend(), key, *value);
    return success();
}

QString jsonArray(const QJsonArray &values)
{
    return QString::fromUtf8(QJsonDocument(values).toJson(QJsonDocument::Compact));
}

} // namespace

Result<Report> ReportRows::read(qint64 reportId)
{
    auto st = Statement::prepare(m_db, QByteArray("SELECT ").append(kHeaderColumns).append("WHERE r.id = ?1").constData());
    if (!st)
        return st.error();
    auto row = st.value().bind(1, reportId).step();
    if (!row)
        return row.error();
    Report r;
    if (*row)
        readHeader(st.value(), 0, r);
    auto cells = Statement::prepare(m_db, "SELECT report_id, key_id, value FROM cells WHERE report_id = ?1");
    if (!cells)
        return cells.error();
    cells.value().bind(1, reportId);
    if (auto done = readCellRows(cells.value(), [&r](qint64) -> Report & { return r; }); !done)
        return done.error();
    if (auto done = readPairs(m_db, "SELECT section, text FROM texts WHERE report_id = ?1", reportId, r.texts); !done)
        return done.error();
    if (auto done = readPairs(m_db, "SELECT key, note FROM cell_notes WHERE report_id = ?1", reportId, r.cellNotes); !done)
        return done.error();
    if (auto done = readPairs(m_db, "SELECT rule, text FROM explanations WHERE report_id = ?1", reportId, r.explanations); !done)
        return done.error();
    return r;
}

// Row ids of the reports named, one statement per year: the agency names go
// in as one bound JSON array.
Result<QList<qint64>> ReportRows::reportIds(const QList<store::ReportId> &ids)
{
    QMap<int, QJsonArray> byYear;
    for (const store::ReportId &id : ids)
        byYear[id.year].append(id.agency);
    auto st = Statement::prepare(m_db, "SELECT r.id FROM reports r JOIN agencies a ON a.id = r.agency_id "
                                       "WHERE r.year = ?1 AND a.name IN (SELECT value FROM json_each(?2))");
    if (!st)
        return st.error();
    QList<qint64> out;
    for (auto it = byYear.begin(); it != byYear.end(); ++it) {
        st.value().reset();
        st.value().bind(1, it.key()).bind(2, jsonArray(it.value()));
        if (auto done = st.value().forEachRow([&](const Statement &row) { out << row.int64(0); }); !done)
            return done.error();
    }
    return out;
}

Status ReportRows::readHeaders(const QString &ids, QHash<qint64, Report> &into)
{
    auto st = Statement::prepare(m_db, QByteArray("SELECT r.id, ").append(kHeaderColumns)
                                           .append("WHERE r.id IN (SELECT value FROM json_each(?1))").constData());
    if (!st)
        return st.error();
    st.value().bind(1, ids);
    return st.value().forEachRow([&](const Statement &row) { readHeader(row, 1, into[row.int64(0)]); });
}

Status ReportRows::readCellsOf(const QString &ids, QHash<qint64, Report> &into)
{
    auto st = Statement::prepare(m_db, "SELECT report_id, key_id, value FROM cells "
                                       "WHERE report_id IN (SELECT value FROM json_each(?1))");
    if (!st)
        return st.error();
    st.value().bind(1, ids);
    return readCellRows(st.value(), [&into](qint64 reportId) -> Report & { return into[reportId]; });
}

// Rows of (report, key id, value) into the reports `of` names; the keys by
// their ids (keyName), so that every report read shares one string per key.
Status ReportRows::readCellRows(Statement &rows, const std::function<Report &(qint64)> &of)
{
    Status bad = success();
    Status done = rows.forEachRow([&](const Statement &row) {
        if (!bad)
            return;
        auto key = keyName(row.int64(1));
        bad = key ? putCell(m_db, of(row.int64(0)), key.value(), row.text(2)) : Status(key.error());
    });
    return done ? bad : done;
}

Result<QString> ReportRows::keyName(qint64 keyId)
{
    if (auto it = m_keyNames.constFind(keyId); it != m_keyNames.constEnd())
        return *it;
    auto st = Statement::prepare(m_db, "SELECT key FROM cell_keys WHERE id = ?1");
    if (!st)
        return st.error();
    auto row = st.value().bind(1, keyId).step();
    if (!row)
        return row.error();
    if (!*row) // the foreign key prevents it
        return Database::errorFor(SQLITE_CORRUPT, m_db.path(), QStringLiteral("cell_keys %1").arg(keyId),
                                  m_db.busyTimeoutMs());
    const QString key = st.value().text(0);
    m_keyNames.insert(keyId, key);
    return key;
}

Result<QList<Report>> ReportRows::readMany(const QList<store::ReportId> &ids)
{
    auto rows = reportIds(ids);
    if (!rows)
        return rows.error();
    QJsonArray list;
    for (qint64 id : rows.value())
        list.append(id);
    const QString json = jsonArray(list);
    QHash<qint64, Report> reports;
    if (auto done = readHeaders(json, reports); !done)
        return done.error();
    if (auto done = readCellsOf(json, reports); !done)
        return done.error();
    struct Pairs {
        const char *sql;
        QMap<QString, QString> Report::*member;
    };
    for (const Pairs &p : {Pairs{"SELECT report_id, section, text FROM texts WHERE report_id IN (SELECT value FROM json_each(?1))", &Report::texts},
                           Pairs{"SELECT report_id, key, note FROM cell_notes WHERE report_id IN (SELECT value FROM json_each(?1))", &Report::cellNotes},
                           Pairs{"SELECT report_id, rule, text FROM explanations WHERE report_id IN (SELECT value FROM json_each(?1))", &Report::explanations}}) {
        auto st = Statement::prepare(m_db, p.sql);
        if (!st)
            return st.error();
        st.value().bind(1, json);
        if (auto done = st.value().forEachRow([&](const Statement &row) {
                (reports[row.int64(0)].*p.member).insert(row.text(1), row.text(2));
            }); !done)
            return done.error();
    }
    return reports.values();
}

Result<QList<store::ReportSummary>> ReportRows::summaries()
{
    auto st = Statement::prepare(m_db, "SELECT a.name, a.kind, r.year, r.status, r.updated FROM reports r "
                                       "JOIN agencies a ON a.id = r.agency_id ORDER BY a.name, r.year");
    if (!st)
        return st.error();
    QList<store::ReportSummary> list;
    const Status done = st.value().forEachRow([&](const Statement &row) {
        store::ReportSummary s;
        s.id = {row.text(0), int(row.int64(2))};
        s.kind = agencyKindFromKey(row.text(1)).value_or(AgencyKind::Department);
        s.status = reportStatusFromKey(row.text(3)).value_or(ReportStatus::Draft);
        s.updated = QDateTime::fromString(row.text(4), Qt::ISODateWithMs);
        list << s;
    });
    if (!done)
        return done.error();
    return list;
}

Result<qint64> ReportRows::ensureAgency(const Report &report)
{
    auto st = Statement::prepare(m_db, "INSERT INTO agencies(name, kind) VALUES(?1, ?2) "
                                       "ON CONFLICT(name) DO UPDATE SET kind = excluded.kind");
    if (!st)
        return st.error();
    if (auto done = st.value().bind(1, report.agencyName).bind(2, agencyKindKey(report.agencyKind)).run(); !done)
        return done.error();
    auto id = agencyId(report.agencyName);
    if (!id)
        return id.error();
    return id->value_or(0);
}

Result<qint64> ReportRows::insert(const Report &report)
{
    auto agency = ensureAgency(report);
    if (!agency)
        return agency.error();
    auto st = Statement::prepare(m_db, "INSERT INTO reports(agency_id, year, status, created, updated, updated_by) "
                                       "VALUES(?1, ?2, ?3, ?4, ?4, ?5)");
    if (!st)
        return st.error();
    if (auto done = st.value().bind(1, *agency).bind(2, report.year).bind(3, reportStatusKey(report.status))
                        .bind(4, nowText()).bind(5, m_user).run(); !done)
        return done.error();
    const qint64 id = m_db.lastInsertId();
    // A new row id has no rows of content yet (they go with their report): nothing to clear.
    if (auto done = writeAll(id, report); !done)
        return done.error();
    if (auto done = writeMetadata(id, *agency, report); !done)
        return done.error();
    return id;
}

Status ReportRows::update(qint64 reportId, qint64 agencyId, const Report &report, const store::ChangeHint &changed)
{
    if (changed.everything) {
        if (auto done = replaceAll(reportId, report); !done)
            return done;
        if (auto done = writeMetadata(reportId, agencyId, report); !done)
            return done;
        return touch(reportId);
    }
    if (auto done = writeCells(reportId, report, changed.cells); !done)
        return done;
    if (auto done = writeTexts(reportId, report, changed.texts); !done)
        return done;
    if (changed.metadata) {
        if (auto done = writeMetadata(reportId, agencyId, report); !done)
            return done;
    } else if (!changed.texts.isEmpty()) {
        if (auto done = mergeTextsToRevise(reportId, report, changed.texts); !done)
            return done;
    }
    if (auto done = writeKeyed(m_db,
                               "INSERT INTO cell_notes(report_id, key, note) VALUES(?1, ?2, ?3) "
                               "ON CONFLICT(report_id, key) DO UPDATE SET note = excluded.note",
                               "DELETE FROM cell_notes WHERE report_id = ?1 AND key = ?2", reportId,
                               report.cellNotes, changed.notes);
        !done)
        return done;
    if (auto done = writeKeyed(m_db,
                               "INSERT INTO explanations(report_id, rule, text) VALUES(?1, ?2, ?3) "
                               "ON CONFLICT(report_id, rule) DO UPDATE SET text = excluded.text",
                               "DELETE FROM explanations WHERE report_id = ?1 AND rule = ?2", reportId,
                               report.explanations, changed.explanations);
        !done)
        return done;
    return touch(reportId);
}

Result<QString> ReportRows::text(qint64 reportId, const QString &section)
{
    auto st = Statement::prepare(m_db, "SELECT text FROM texts WHERE report_id = ?1 AND section = ?2");
    if (!st)
        return st.error();
    auto row = st.value().bind(1, reportId).bind(2, section).step();
    if (!row)
        return row.error();
    return *row ? st.value().text(0) : QString();
}

// Each written section leaves or joins "texts to revise" as it is in `report`;
// the other sections' marks stay as stored (another program may have set them).
Status ReportRows::mergeTextsToRevise(qint64 reportId, const Report &report, const QStringList &sections)
{
    auto read = Statement::prepare(m_db, "SELECT texts_to_revise FROM reports WHERE id = ?1");
    if (!read)
        return read.error();
    auto row = read.value().bind(1, reportId).step();
    if (!row)
        return row.error();
    QStringList marks = *row ? read.value().text(0).split(u',', Qt::SkipEmptyParts) : QStringList();
    for (const QString &section : sections) {
        marks.removeAll(section);
        if (report.textsToRevise.contains(section))
            marks << section;
    }
    auto write = Statement::prepare(m_db, "UPDATE reports SET texts_to_revise = ?2 WHERE id = ?1");
    if (!write)
        return write.error();
    return write.value().bind(1, reportId).bind(2, marks.join(u',')).run();
}

Result<qint64> ReportRows::keyId(const QString &key)
{
    if (auto it = m_keyIds.constFind(key); it != m_keyIds.constEnd())
        return *it;
    auto ins = Statement::prepare(m_db, "INSERT INTO cell_keys(key) VALUES(?1) ON CONFLICT(key) DO NOTHING");
    if (!ins)
        return ins.error();
    if (auto done = ins.value().bind(1, key).run(); !done)
        return done.error();
    auto sel = Statement::prepare(m_db, "SELECT id FROM cell_keys WHERE key = ?1");
    if (!sel)
        return sel.error();
    auto row = sel.value().bind(1, key).step();
    if (!row)
        return row.error();
    m_keyIds.insert(key, sel.value().int64(0));
    m_keyNames.insert(sel.value().int64(0), key);
    return sel.value().int64(0);
}

Status ReportRows::writeCells(qint64 reportId, const Report &report, const QStringList &keys)
{
    if (keys.isEmpty())
        return success();
    auto upsert = Statement::prepare(m_db, "INSERT INTO cells(report_id, key_id, value) VALUES(?1, ?2, ?3) "
                                           "ON CONFLICT(report_id, key_id) DO UPDATE SET value = excluded.value");
    auto erase = Statement::prepare(m_db, "DELETE FROM cells WHERE report_id = ?1 AND key_id = ?2");
    if (!upsert || !erase)
        return upsert ? erase.error() : upsert.error();
    for (const auto &key : keys) {
        auto id = keyId(key);
        if (!id)
            return id.error();
        const auto value = report.cells.constFind(key);
        Statement &st = value != report.cells.constEnd() ? upsert.value() : erase.value();
        st.reset();
        st.bind(1, reportId).bind(2, *id);
        if (value != report.cells.constEnd())
            st.bind(3, value->toString());
        if (auto done = st.run(); !done)
            return done;
    }
    return success();
}

namespace {

// "INSERT … VALUES(?1, ?2, ?3), (?1, ?4, ?5), …": `rows` cells of report ?1.
QByteArray insertCellsSql(qsizetype rows)
{
    QByteArray sql("INSERT INTO cells(report_id, key_id, value) VALUES");
    for (qsizetype i = 0; i < rows; ++i)
        sql.append(i ? ", " : " ").append("(?1, ?").append(QByteArray::number(2 + 2 * i))
            .append(", ?").append(QByteArray::number(3 + 2 * i)).append(')');
    return sql;
}

} // namespace

// The cells of a report that has none stored, many rows per statement: with
// one statement per cell, running the statement cost more than storing the row.
Status ReportRows::insertCells(qint64 reportId, const Report &report)
{
    constexpr qsizetype kRowsPerStatement = 64;
    static const QByteArray fullSql = insertCellsSql(kRowsPerStatement);
    QList<std::pair<qint64, QString>> rows;
    rows.reserve(report.cells.size());
    for (auto it = report.cells.begin(); it != report.cells.end(); ++it) {
        auto id = keyId(it.key());
        if (!id)
            return id.error();
        rows.push_back({id.value(), it.value().toString()});
    }
    for (qsizetype from = 0; from < rows.size(); from += kRowsPerStatement) {
        const qsizetype count = qMin(kRowsPerStatement, rows.size() - from);
        auto st = Statement::prepare(m_db, count == kRowsPerStatement ? fullSql.constData() : insertCellsSql(count).constData());
        if (!st)
            return st.error();
        st.value().bind(1, reportId);
        for (qsizetype i = 0; i < count; ++i)
            st.value().bind(int(2 + 2 * i), rows[from + i].first).bind(int(3 + 2 * i), rows[from + i].second);
        if (auto done = st.value().run(); !done)
            return done;
    }
    return success();
}

Status ReportRows::writeTexts(qint64 reportId, const Report &report, const QStringList &sections)
{
    return writeKeyed(m_db,
                      "INSERT INTO texts(report_id, section, text) VALUES(?1, ?2, ?3) "
                      "ON CONFLICT(report_id, section) DO UPDATE SET text = excluded.text",
                      "DELETE FROM texts WHERE report_id = ?1 AND section = ?2", reportId, report.texts, sections);
}

Status ReportRows::writeMetadata(qint64 reportId, qint64 agencyId, const Report &report)
{
    auto st = Statement::prepare(m_db, "UPDATE reports SET document_number = ?2, publish_date = ?3, "
                                       "texts_to_revise = ?4 WHERE id = ?1");
    if (!st)
        return st.error();
    if (auto done = st.value().bind(1, reportId).bind(2, report.documentNumber)
                        .bind(3, report.publishDate.toString(Qt::ISODate))
                        .bind(4, report.textsToRevise.join(u',')).run(); !done)
        return done;
    auto kind = Statement::prepare(m_db, "UPDATE agencies SET kind = ?2 WHERE id = ?1");
    if (!kind)
        return kind.error();
    return kind.value().bind(1, agencyId).bind(2, agencyKindKey(report.agencyKind)).run();
}

Status ReportRows::replaceAll(qint64 reportId, const Report &report)
{
    for (const char *sql : {"DELETE FROM cells WHERE report_id = ?1", "DELETE FROM texts WHERE report_id = ?1",
                            "DELETE FROM cell_notes WHERE report_id = ?1", "DELETE FROM explanations WHERE report_id = ?1"}) {
        auto clear = Statement::prepare(m_db, sql);
        if (!clear)
            return clear.error();
        if (auto done = clear.value().bind(1, reportId).run(); !done)
            return done;
    }
    return writeAll(reportId, report);
}

Status ReportRows::writeAll(qint64 reportId, const Report &report)
{
    if (auto done = insertCells(reportId, report); !done)
        return done;
    if (auto done = insertPairs(m_db, "INSERT INTO texts(report_id, section, text) VALUES(?1, ?2, ?3)", reportId,
                                report.texts); !done)
        return done;
    if (auto done = insertPairs(m_db, "INSERT INTO cell_notes(report_id, key, note) VALUES(?1, ?2, ?3)", reportId,
                                report.cellNotes); !done)
        return done;
    return insertPairs(m_db, "INSERT INTO explanations(report_id, rule, text) VALUES(?1, ?2, ?3)", reportId,
                       report.explanations);
}

Status ReportRows::touch(qint64 reportId)
{
    auto st = Statement::prepare(m_db, "UPDATE reports SET revision = revision + 1, updated = ?2, updated_by = ?3 "
                                       "WHERE id = ?1");
    if (!st)
        return st.error();
    return st.value().bind(1, reportId).bind(2, nowText()).bind(3, m_user).run();
}

Status ReportRows::setStatus(qint64 reportId, ReportStatus status)
{
    auto st = Statement::prepare(m_db, "UPDATE reports SET status = ?2 WHERE id = ?1");
    if (!st)
        return st.error();
    if (auto done = st.value().bind(1, reportId).bind(2, reportStatusKey(status)).run(); !done)
        return done;
    return touch(reportId);
}

Status ReportRows::setSubmission(qint64 reportId, Submission submission, const QString &returnReason)
{
    auto st = Statement::prepare(m_db, "UPDATE reports SET submission = ?2, return_reason = ?3 WHERE id = ?1");
    if (!st)
        return st.error();
    if (auto done = st.value().bind(1, reportId).bind(2, submissionKey(submission)).bind(3, returnReason).run(); !done)
        return done;
    return touch(reportId);
}

Status ReportRows::renameAgency(qint64 agencyId, const QString &to)
{
    auto st = Statement::prepare(m_db, "UPDATE agencies SET name = ?2 WHERE id = ?1");
    if (!st)
        return st.error();
    return st.value().bind(1, agencyId).bind(2, to).run();
}

} // namespace nb::storage
