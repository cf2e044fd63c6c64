#include "core/interchange/report_file.h"

#include "core/interchange/input_file.h"
#include "core/interchange/package.h"
#include "core/interchange/published_report_importer.h"

namespace nb::interchange {

Result<LoadedReport> ReportFile::read(const QString &path, const report::Definition &def, const ImportOptions &options)
{
    if (!PublishedReportImporter::handles(path)) {
        auto report = Package::readFile(path, def);
        if (!report)
            return report.error();
        LoadedReport loaded{report.value(), {}, 0};
        if (!options.agency.isEmpty())
            loaded.report.agencyName = options.agency;
        if (options.kind)
            loaded.report.agencyKind = *options.kind;
        if (options.year)
            loaded.report.year = options.year;
        return loaded;
    }
    auto bytes = InputFile::read(path);
    if (!bytes)
        return bytes.error();
    auto imported = importPublishedReport(bytes.value(), path, def, options);
    if (!imported)
        return imported.error();
    LoadedReport loaded{imported->report, imported->notes, int(imported->unreadable.size())};
    for (const auto &u : imported->unreadable)
        loaded.problems << (u.printed.isEmpty() ? tr("%1 未能读取：%2").arg(u.cell, u.reason)
                                                : tr("%1 未能读取（“%2”）：%3").arg(u.cell, u.printed, u.reason));
    return loaded;
}

} // namespace nb::interchange
