#include "app/cli/export_formats.h"

#include "core/interchange/package.h"

namespace nb::cli {

const QList<ExportFormat> &exportFormats()
{
    static const QList<ExportFormat> formats{
        {QStringLiteral("--json"),
         [](const report::Report &report, const report::Definition &def, const QString &out,
            const QMap<QString, QString> &) { return interchange::Package::writeFile(out, report, def); }},
    };
    return formats;
}

QStringList exportValueOptions()
{
    return {};
}

} // namespace nb::cli
