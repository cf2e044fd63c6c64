#pragma once
// What the database commands share: opening the store, and
// counting a stored report's findings (with its stored previous year, so the
// cross-year rules run).
#include "app/cli/cli_io.h"
#include "core/report/engine.h"
#include "core/store/report_store.h"

#include <QStringList>

namespace nb::cli {

// The store --db names: an SQLite file, or a PostgreSQL server (a URI or
// service=NAME); the message on stderr and null when it cannot be opened.
std::unique_ptr<store::ReportStore> openStore(const QString &db, Io &io);

struct FindingCounts {
    int errors = 0;
    int warnings = 0;
    int infos = 0;
};
Result<FindingCounts> countFindings(store::ReportStore &store, const report::Report &report);
// The same with last year's report already at hand, reusing one engine (list).
FindingCounts countFindings(report::Engine &engine, const report::Report &report,
                            const std::optional<report::Report> &previous);

} // namespace nb::cli
