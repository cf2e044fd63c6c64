#pragma once
// Reads any report file the command line and the desktop's batch check accept,
// choosing the reader by the file's form: a package (.nianbao.json), or a
// published report (.pdf, .txt, .html/.htm) through the importer. Options
// supply or override agency, kind and year for either.
#include "core/interchange/report_identity.h"
#include "core/report/definition.h"
#include "core/report/report.h"
#include "core/report/result.h"

#include <QCoreApplication>

namespace nb::interchange {

struct LoadedReport {
    report::Report report;
    QStringList problems; // what the reader could not read (cells left blank …) and its notes, for the user
    int unreadableCells = 0;
};

class ReportFile {
    Q_DECLARE_TR_FUNCTIONS(ReportFile)
public:
    static Result<LoadedReport> read(const QString &path, const report::Definition &def, const ImportOptions &options = {});
};

} // namespace nb::interchange
