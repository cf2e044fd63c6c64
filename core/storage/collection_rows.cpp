#include "core/storage/collection_rows.h"

#include "core/storage/statement.h"

namespace nb::storage {

using namespace nb::report;
using store::ReportState;

namespace {

// Every column a ReportState needs; readState() takes them in this order.
constexpr const char *kStateQuery =
    "SELECT a.name, r.year, a.kind, r.status, r.submission, r.return_reason, r.updated, r.updated_by, r.revision, "
    "COALESCE(p.revision, -1), c.revision, c.previous_revision, c.errors, c.warnings, c.infos, c.unexplained, "
    "c.error_rules "
    "FROM reports r JOIN agencies a ON a.id = r.agency_id "
    "LEFT JOIN reports p ON p.agency_id = r.agency_id AND p.year = r.year - 1 "
    "LEFT JOIN report_checks c ON c.report_id = r.id ";

ReportState readState(const Statement &row)
{
    ReportState s;
    s.id = {row.text(0), int(row.int64(1))};
    s.kind = agencyKindFromKey(row.text(2)).value_or(AgencyKind::Department);
    s.status = reportStatusFromKey(row.text(3)).value_or(ReportStatus::Draft);
    s.submission = submissionFromKey(row.text(4)).value_or(Submission::None);
    s.returnReason = row.text(5);
    s.updated = QDateTime::fromString(row.text(6), Qt::ISODateWithMs);
    s.updatedBy = row.text(7);
    s.revision = row.int64(8);
    s.previousRevision = row.int64(9);
    if (!row.isNull(10)) {
        store::CheckSummary check;
        check.revision = row.int64(10);
        check.previousRevision = row.int64(11);
        check.errors = int(row.int64(12));
        check.warnings = int(row.int64(13));
        check.infos = int(row.int64(14));
        check.unexplained = int(row.int64(15));
        check.errorRules = row.text(16).split(u',', Qt::SkipEmptyParts);
        s.check = check;
    }
    return s;
}

} // namespace

Result<QList<store::AgencyInfo>> CollectionRows::agencies()
{
    auto st = Statement::prepare(m_db, "SELECT a.name, a.kind, p.name FROM agencies a "
                                       "LEFT JOIN agencies p ON p.id = a.parent_id ORDER BY a.name");
    if (!st)
        return st.error();
    QList<store::AgencyInfo> out;
    const Status done = st.value().forEachRow([&](const Statement &row) {
        out << store::AgencyInfo{row.text(0), agencyKindFromKey(row.text(1)).value_or(AgencyKind::Department),
                                 row.text(2)};
    });
    if (!done)
        return done.error();
    return out;
}

Result<std::optional<QString>> CollectionRows::parentOf(const QString &agency)
{
    auto st = Statement::prepare(m_db, "SELECT COALESCE(p.name, '') FROM agencies a "
                                       "LEFT JOIN agencies p ON p.id = a.parent_id WHERE a.name = ?1");
    if (!st)
        return st.error();
    auto row = st.value().bind(1, agency).step();
    if (!row)
        return row.error();
    return *row ? std::optional<QString>(st.value().text(0)) : std::nullopt;
}

Result<qint64> CollectionRows::addAgency(const QString &name, AgencyKind kind)
{
    auto st = Statement::prepare(m_db, "INSERT INTO agencies(name, kind) VALUES(?1, ?2)");
    if (!st)
        return st.error();
    if (auto done = st.value().bind(1, name).bind(2, agencyKindKey(kind)).run(); !done)
        return done.error();
    return m_db.lastInsertId();
}

Status CollectionRows::setParent(const QString &agency, const QString &parent)
{
    auto st = Statement::prepare(m_db, "UPDATE agencies SET parent_id = (SELECT id FROM agencies WHERE name = ?2) "
                                       "WHERE name = ?1");
    if (!st)
        return st.error();
    st.value().bind(1, agency);
    if (parent.isEmpty())
        st.value().bindNull(2);
    else
        st.value().bind(2, parent);
    return st.value().run();
}

Result<QList<ReportState>> CollectionRows::states(int year)
{
    auto st = Statement::prepare(m_db, QByteArray(kStateQuery).append("WHERE r.year = ?1 ORDER BY a.name").constData());
    if (!st)
        return st.error();
    st.value().bind(1, year);
    QList<ReportState> out;
    const Status done = st.value().forEachRow([&](const Statement &row) { out << readState(row); });
    if (!done)
        return done.error();
    return out;
}

Result<std::optional<ReportState>> CollectionRows::state(const store::ReportId &id)
{
    auto st = Statement::prepare(m_db, QByteArray(kStateQuery).append("WHERE a.name = ?1 AND r.year = ?2").constData());
    if (!st)
        return st.error();
    auto row = st.value().bind(1, id.agency).bind(2, id.year).step();
    if (!row)
        return row.error();
    return *row ? std::optional<ReportState>(readState(st.value())) : std::nullopt;
}

Status CollectionRows::recordCheck(const store::ReportId &id, const store::CheckSummary &check)
{
    auto st = Statement::prepare(
        m_db, "INSERT INTO report_checks(report_id, revision, previous_revision, errors, warnings, infos, unexplained, "
              "error_rules) SELECT r.id, ?3, ?4, ?5, ?6, ?7, ?8, ?9 FROM reports r JOIN agencies a ON a.id = r.agency_id "
              "WHERE a.name = ?1 AND r.year = ?2 AND r.revision = ?3 "
              "ON CONFLICT(report_id) DO UPDATE SET revision = excluded.revision, "
              "previous_revision = excluded.previous_revision, errors = excluded.errors, warnings = excluded.warnings, "
              "infos = excluded.infos, unexplained = excluded.unexplained, error_rules = excluded.error_rules");
    if (!st)
        return st.error();
    st.value()
        .bind(1, id.agency)
        .bind(2, id.year)
        .bind(3, check.revision)
        .bind(4, check.previousRevision)
        .bind(5, check.errors)
        .bind(6, check.warnings)
        .bind(7, check.infos)
        .bind(8, check.unexplained)
        .bind(9, check.errorRules.join(u','));
    return st.value().run();
}

} // namespace nb::storage
