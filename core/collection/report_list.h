#pragma once
// Every stored report with its finding counts, for `nianbao-cli list` and the
// welcome page: the counts come from the store's kept CheckSummary, checked
// again only where a report or its previous year changed (report_checks.h),
// so listing ten thousand reports reads, not checks, almost all of them.
#include "core/store/report_store.h"

namespace nb::collection {

struct ListedReport {
    store::ReportState state;
    store::CheckSummary check;
};

// In the order of the store's list() (by agency name, then year).
Result<QList<ListedReport>> listReports(store::ReportStore &store);

} // namespace nb::collection
