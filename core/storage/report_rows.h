#pragma once
// Reads and writes one report's rows (agency, report, cells, texts, notes,
// explanations). Callers hold the transaction; nothing here commits.
#include "core/store/report_store.h"
#include "core/storage/database.h"

#include <QCoreApplication>
#include <QHash>
#include <functional>
#include <optional>

namespace nb::storage {

class Statement;

struct StoredReport {
    qint64 id = 0;
    qint64 agencyId = 0;
    report::ReportStatus status = report::ReportStatus::Draft;
    qint64 revision = 0;
    report::Submission submission = report::Submission::None;
};

class ReportRows {
    Q_DECLARE_TR_FUNCTIONS(ReportRows)
public:
    explicit ReportRows(Database &db) : m_db(db) {}

    Result<std::optional<StoredReport>> find(const QString &agency, int year);
    Result<std::optional<qint64>> agencyId(const QString &name);
    Result<std::optional<report::AgencyKind>> agencyKind(const QString &name);
    Result<report::Report> read(qint64 reportId);
    // One text section as stored ("" when it has none).
    Result<QString> text(qint64 reportId, const QString &section);
    // Many reports in a few statements (the aggregate of a thousand agencies
    // reads them at once); ids without a report are left out.
    Result<QList<report::Report>> readMany(const QList<store::ReportId> &ids);
    Result<QList<store::ReportSummary>> summaries();

    // A new report row and all its content; creates the agency when new.
    Result<qint64> insert(const report::Report &report);
    // Writes what `changed` names, key by key (everything when it says so),
    // and moves the report's revision on.
    Status update(qint64 reportId, qint64 agencyId, const report::Report &report, const store::ChangeHint &changed);
    Status setStatus(qint64 reportId, report::ReportStatus status);
    Status setSubmission(qint64 reportId, report::Submission submission, const QString &returnReason);
    Status renameAgency(qint64 agencyId, const QString &to);

    // Cell key ids are cached (both ways); after a rolled-back transaction the
    // cache may name ids that were never committed, so the store drops it then.
    void forgetUncommitted()
    {
        m_keyIds.clear();
        m_keyNames.clear();
    }

private:
    Result<qint64> ensureAgency(const report::Report &report);
    Result<qint64> keyId(const QString &key);
    Result<QString> keyName(qint64 keyId);
    Status readCellRows(Statement &rows, const std::function<report::Report &(qint64)> &of);
    Status writeCells(qint64 reportId, const report::Report &report, const QStringList &keys);
    Status insertCells(qint64 reportId, const report::Report &report);
    Status writeTexts(qint64 reportId, const report::Report &report, const QStringList &sections);
    Status writeMetadata(qint64 reportId, qint64 agencyId, const report::Report &report);
    Status mergeTextsToRevise(qint64 reportId, const report::Report &report, const QStringList &sections);
    // All content rows cleared and written anew.
    Status replaceAll(qint64 reportId, const report::Report &report);
    // All content rows of a report that has none yet.
    Status writeAll(qint64 reportId, const report::Report &report);
    Status touch(qint64 reportId);
    Result<QList<qint64>> reportIds(const QList<store::ReportId> &ids);
    Status readHeaders(const QString &ids, QHash<qint64, report::Report> &into);
    Status readCellsOf(const QString &ids, QHash<qint64, report::Report> &into);

    Database &m_db;
    QString m_user = store::currentUserName();
    QHash<QString, qint64> m_keyIds;
    QHash<qint64, QString> m_keyNames;
};

QString nowText(); // the current time as stored: ISO 8601 UTC with milliseconds

} // namespace nb::storage
