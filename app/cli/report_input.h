#pragma once
// Reads any report file the command line accepts, choosing the reader by the
// file's form. Packages now; published reports (.txt, .html) via the importer.
#include "core/report/definition.h"
#include "core/report/report.h"
#include "core/report/result.h"

namespace nb::cli {

struct LoadedReport {
    report::Report report;
    QStringList problems; // what a reader could not read (cells left blank …), for the user
};

Result<LoadedReport> readReportFile(const QString &path, const report::Definition &def);

} // namespace nb::cli
