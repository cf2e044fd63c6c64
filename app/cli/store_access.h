#pragma once
// What the database commands share: the --db option, opening the store, and
// counting a stored report's findings (with its stored previous year, so the
// cross-year rules run).
#include "app/cli/cli_io.h"
#include "core/report/engine.h"
#include "core/storage/sqlite_report_store.h"

#include <QStringList>

namespace nb::cli {

// Removes "--db PATH" from args; the default database when absent. nullopt
// (after a message) when --db has no value.
std::optional<QString> takeDatabaseOption(QStringList &args, Io &io);
// Removes "NAME VALUE" from args; an empty string when absent, nullopt
// (after a message) when the value is missing.
std::optional<QString> takeValueOption(QStringList &args, const QString &name, Io &io);
std::unique_ptr<storage::SqliteReportStore> openStore(const QString &path, Io &io);

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
