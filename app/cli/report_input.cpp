#include "app/cli/report_input.h"

#include "core/interchange/package.h"

#include <QCoreApplication>

namespace nb::cli {

Result<LoadedReport> readReportFile(const QString &path, const report::Definition &def)
{
    auto report = interchange::Package::readFile(path, def);
    if (!report)
        return report.error();
    return LoadedReport{report.value(), {}};
}

} // namespace nb::cli
