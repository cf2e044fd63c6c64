#pragma once
// Reads and writes the rows of reports on the server: agencies, reports,
// their content, snapshots and the audit log. Callers hold the transaction;
// nothing here commits. Every statement states its values as parameters.
//
// A report's status is the last status entry of its audit log (see
// pg_migrations.h): it is read with the report and changed only by logging.
#include "core/store/report_store.h"
#include "core/storage/postgres/pg_connection.h"

#include <QCoreApplication>

namespace nb::storage::pg {

struct ReportRow {
    qint64 id = 0;
    qint64 agencyId = 0;
    qint64 revision = 0;
    report::ReportStatus status = report::ReportStatus::Draft;
    report::Submission submission = report::Submission::None;
    QString returnReason;
};

class ReportRows {
    Q_DECLARE_TR_FUNCTIONS(ReportRows)
public:
    explicit ReportRows(Connection &c) : m_c(c) {}

    // The report with its status; nullopt when there is none (or none this role may see).
    Result<std::optional<ReportRow>> find(const QString &agency, int year);
    Result<std::optional<ReportRow>> findById(qint64 reportId);
    // Locks the report's row for this transaction, moves its revision on and
    // tells every listener (delivered when the transaction commits); then
    // reads its status, which no other writer can change until the commit.
    Result<std::optional<ReportRow>> lockForChange(const QString &agency, int year);
    Result<std::optional<ReportRow>> lockForChangeById(qint64 reportId);
    // lockForChange for one edit, recording its id in the same statement:
    // `fresh` is false when an edit with this id was written before.
    struct LockedEdit {
        std::optional<ReportRow> row;
        bool fresh = false;
    };
    Result<LockedEdit> lockForEdit(const QString &agency, int year, const QString &editId);
    Result<std::optional<qint64>> agencyId(const QString &name);

    // Reports by agency and year, in one statement; ids without a report are left out.
    Result<QList<report::Report>> read(const QList<store::ReportId> &ids);
    Result<report::Report> read(qint64 reportId);
    // The named sections' texts as stored ("" when none).
    Result<QMap<QString, QString>> texts(qint64 reportId, const QStringList &sections);

    // A new report and all its content; the agency is created when new.
    Result<qint64> insert(const report::Report &report);
    // Writes what `changed` names (everything when it says so).
    Status update(qint64 reportId, qint64 agencyId, const report::Report &report, const store::ChangeHint &changed);

    Result<qint64> takeSnapshot(qint64 reportId, const report::Report &content, const QString &reason);
    Status log(qint64 reportId, const QString &action, const QString &reason, qint64 snapshotId = 0);

private:
    Result<qint64> ensureAgency(const report::Report &report);
    Status writeKeyed(const char *upsert, const char *erase, qint64 reportId, const QMap<QString, QString> &values,
                      const QStringList &keys);
    Status writeCells(qint64 reportId, const report::Report &report, const QStringList &keys);
    Status writeMetadata(qint64 reportId, qint64 agencyId, const report::Report &report);
    Status mergeTextsToRevise(qint64 reportId, const report::Report &report, const QStringList &sections);
    Status replaceAll(qint64 reportId, const report::Report &report);
    Result<std::optional<ReportRow>> statusOf(std::optional<ReportRow> row);
    Error mayNotChange(const QString &report) const;
    Status whyNotLocked(const QString &agency, int year);

    Connection &m_c;
};

// A status entry of the audit log → the report's status (the same mapping as
// the view nianbao.report_state that the policies read).
void applyStatusEntry(ReportRow &row, const QString &action, const QString &reason);
// Milliseconds since the epoch, as the statements select timestamps.
QDateTime fromMs(qint64 ms);

} // namespace nb::storage::pg
