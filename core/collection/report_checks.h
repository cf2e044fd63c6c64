#pragma once
// The finding counts of every report of a year, for the board, the aggregate
// and `list`. A store keeps the counts it was last given together with the
// revisions they were made at (CheckSummary); here the reports whose kept
// counts are stale (the report or its previous year changed since) are
// checked again, in bulk, and the fresh counts given back to the store. A
// board of thousands of reports thus checks only what changed.
#include "core/report/engine.h"
#include "core/store/report_store.h"

namespace nb::collection {

// The counts of the report loaded in `engine` (with its previous year set).
store::CheckSummary summarize(const report::Engine &engine);

struct CheckedState {
    store::ReportState state;
    store::CheckSummary check; // current
};

// Every stored report of the year with current counts, by agency name.
Result<QList<CheckedState>> checkedStates(store::ReportStore &store, int year);
// The same for several years, one after the other in the order given. The
// stale reports of all of them are checked together, an agency's years side
// by side: a report is read once to be checked and to be the previous year
// of the next (import of many years reads each report once instead of twice).
Result<QList<CheckedState>> checkedStates(store::ReportStore &store, const QList<int> &years);

} // namespace nb::collection
