#pragma once
// Reads any report file the command line accepts (packages, and published
// reports in .pdf/.txt/.html through the importer), and the options that
// supply or override what a published report names (contract §8).
#include "app/cli/command.h"
#include "core/interchange/report_file.h"

#include <QCommandLineOption>
#include <optional>

namespace nb::cli {

using interchange::LoadedReport;

// --agency NAME, --kind government|department|other, --year Y: for the usage of
// convert, check and import (their choices go into usage.choices).
QList<QCommandLineOption> importOptionList();
void addImportChoices(app::CommandUsage &usage);
// The options as given; nullopt after a usage error.
std::optional<interchange::ImportOptions> importOptions(const Invocation &invocation, Io &io);

Result<LoadedReport> readReportFile(const QString &path, const report::Definition &def,
                                    const interchange::ImportOptions &options = {});

} // namespace nb::cli
