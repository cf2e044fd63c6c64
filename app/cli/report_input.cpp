#include "app/cli/report_input.h"

#include "core/interchange/package.h"
#include "core/interchange/published_report_importer.h"

#include <QCoreApplication>
#include <QFile>

namespace nb::cli {

namespace {
struct ReportInput {
    Q_DECLARE_TR_FUNCTIONS(ReportInput)
};
} // namespace

Result<LoadedReport> readReportFile(const QString &path, const report::Definition &def)
{
    if (!interchange::PublishedReportImporter::handles(path)) {
        auto report = interchange::Package::readFile(path, def);
        if (!report)
            return report.error();
        return LoadedReport{report.value(), {}};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("import.open"), ReportInput::tr("无法打开 %1：%2").arg(path, file.errorString())};
    auto imported = interchange::importPublishedReport(file.readAll(), path, def);
    if (!imported)
        return imported.error();
    LoadedReport loaded{imported->report, imported->notes};
    for (const auto &u : imported->unreadable)
        loaded.problems << (u.printed.isEmpty() ? ReportInput::tr("%1 未能读取：%2").arg(u.cell, u.reason)
                                                : ReportInput::tr("%1 未能读取（“%2”）：%3").arg(u.cell, u.printed, u.reason));
    return loaded;
}

} // namespace nb::cli
