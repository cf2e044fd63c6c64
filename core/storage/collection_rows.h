#pragma once
// The rows of the collection (contract §9): the agency tree, every report's
// state for a year in one statement, and the finding counts kept for boards.
// Callers hold the transaction; nothing here commits.
#include "core/store/report_store.h"
#include "core/storage/database.h"

namespace nb::storage {

class CollectionRows {
public:
    explicit CollectionRows(Database &db) : m_db(db) {}

    Result<QList<store::AgencyInfo>> agencies();
    // An agency's parent ("" at the top); nullopt for no such agency.
    Result<std::optional<QString>> parentOf(const QString &agency);
    Result<qint64> addAgency(const QString &name, report::AgencyKind kind);
    // parent empty: to the top.
    Status setParent(const QString &agency, const QString &parent);

    Result<QList<store::ReportState>> states(int year);
    Result<std::optional<store::ReportState>> state(const store::ReportId &id);
    // Kept only while the report is still at the summary's revision.
    Status recordCheck(const store::ReportId &id, const store::CheckSummary &check);

private:
    Database &m_db;
};

} // namespace nb::storage
