#pragma once
// The collection board (contract §9): for a node and a year, every agency
// below it with its report's status, finding counts, last change and who made
// it. Reading a board of thousands checks only the reports that changed since
// the last time (report_checks.h).
#include "core/collection/agency_tree.h"
#include "core/report/report.h"
#include "core/report/result.h"
#include "core/store/report_store.h"

#include <QDateTime>

namespace nb::collection {

struct BoardRow {
    QString agency;
    QString parent;
    int depth = 0; // below the board's node: 0 for its children
    report::AgencyKind kind = report::AgencyKind::Department;
    report::CollectionStatus status = report::CollectionStatus::Missing;
    int errors = 0;
    int warnings = 0;
    int unexplained = 0; // warnings without 说明
    QStringList errorRules;
    QDateTime updated; // invalid without a report
    QString updatedBy;
    QString returnReason;
    bool hasReport() const { return status != report::CollectionStatus::Missing; }
    bool operator==(const BoardRow &) const = default;
};

// The board's ready-made filters (有错误, 未报送 …).
enum class BoardFilter { All, HasErrors, NotSubmitted, Missing, NotFinal, Returned };
bool matches(const BoardRow &row, BoardFilter filter);
QString filterLabel(BoardFilter filter);
QList<BoardFilter> allFilters();

struct Board {
    QString node; // "" for every agency
    int year = 0;
    QList<BoardRow> rows; // tree order
    int count(report::CollectionStatus status) const;
    int withErrors() const;
};

// "collection.node" when the node is not an agency.
Result<Board> loadBoard(store::ReportStore &store, const QString &node, int year);

} // namespace nb::collection
