#include "app/cli/export_formats.h"

#include "core/interchange/package.h"
#include "core/render/report_renderer.h"

#include <QCoreApplication>

namespace nb::cli {

namespace {
struct ExportCli {
    Q_DECLARE_TR_FUNCTIONS(ExportCli)
};

// --pdf/--odt/--html/--csv print the report with the page style of --style (default official).
ExportFormat rendered(const QString &option, const QString &description, render::OutputFormat format)
{
    return {option, description,
            [format](const report::Report &report, const report::Definition &def, const QString &out,
                     const QMap<QString, QString> &options) -> Status {
                const QString key = options.value(QStringLiteral("style"), QStringLiteral("official"));
                const auto style = render::pageStyleFromKey(key);
                if (!style)
                    return Error{QStringLiteral("cli.style"),
                                 ExportCli::tr("未知的版式 %1（可用：official、gongwen）").arg(key)};
                return render::renderToFile(report, def, format, *style, out);
            }};
}
} // namespace

QList<ExportFormat> exportFormats()
{
    return {
        {QStringLiteral("json"), ExportCli::tr("写出数据包（.nianbao.json）"),
         [](const report::Report &report, const report::Definition &def, const QString &out,
            const QMap<QString, QString> &) { return interchange::Package::writeFile(out, report, def); }},
        rendered(QStringLiteral("pdf"), ExportCli::tr("写出 PDF"), render::OutputFormat::Pdf),
        rendered(QStringLiteral("odt"), ExportCli::tr("写出 ODT"), render::OutputFormat::Odt),
        rendered(QStringLiteral("html"), ExportCli::tr("写出网页"), render::OutputFormat::Html),
        rendered(QStringLiteral("csv"), ExportCli::tr("写出 CSV"), render::OutputFormat::Csv),
    };
}

} // namespace nb::cli
