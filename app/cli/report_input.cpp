#include "app/cli/report_input.h"

#include "app/cli/common_options.h"

#include <QCoreApplication>

namespace nb::cli {

namespace {
struct ReportInput {
    Q_DECLARE_TR_FUNCTIONS(ReportInput)
};
} // namespace

QList<QCommandLineOption> importOptionList()
{
    return {agencyOption(ReportInput::tr("机关名称：报告中找不到时补上，或替换报告所写的")),
            kindOption(ReportInput::tr("机关类别：government 人民政府，department 部门，other 其他")),
            yearOption(ReportInput::tr("报告年度：报告中找不到时补上，或替换报告所写的"))};
}

void addImportChoices(app::CommandUsage &usage)
{
    usage.choices.insert(QStringLiteral("kind"), kindChoices());
}

std::optional<interchange::ImportOptions> importOptions(const Invocation &invocation, Io &io)
{
    interchange::ImportOptions options;
    if (invocation.isSet(QStringLiteral("agency"))) {
        // Empty, hostile or overlong names are refused as everywhere else (report::AgencyName).
        const auto agency = invocation.agency(io, QStringLiteral("agency"));
        if (!agency)
            return std::nullopt;
        options.agency = *agency;
    }
    if (invocation.isSet(QStringLiteral("kind")))
        options.kind = report::agencyKindFromKey(invocation.value(QStringLiteral("kind"))); // a choice: checked by the parser
    if (invocation.isSet(QStringLiteral("year"))) {
        const auto year = invocation.year(io, QStringLiteral("year"));
        if (!year)
            return std::nullopt;
        options.year = *year;
    }
    return options;
}

Result<LoadedReport> readReportFile(const QString &path, const report::Definition &def, const interchange::ImportOptions &options)
{
    return interchange::ReportFile::read(path, def, options);
}

} // namespace nb::cli
