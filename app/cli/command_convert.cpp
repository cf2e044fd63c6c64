// nianbao-cli convert IN OUT.nianbao.json — a published report (.txt/.html) or
// a package in, a package out. Cells the importer could not read are listed on
// stderr and left blank; the exit status follows the report's error findings.
#include "app/cli/commands.h"
#include "app/cli/report_input.h"
#include "core/interchange/package.h"
#include "core/report/engine.h"

#include <QCoreApplication>

namespace nb::cli {

using namespace nb::report;

namespace {
struct ConvertCli {
    Q_DECLARE_TR_FUNCTIONS(ConvertCli)
};
} // namespace

int runConvert(const QStringList &args, Io &io)
{
    if (args.size() != 2 || args[0].startsWith(QLatin1String("--"))) {
        io.err << ConvertCli::tr("用法：nianbao-cli convert IN OUT.nianbao.json") << Qt::endl;
        return ExitUnusable;
    }
    const QString in = args[0], out = args[1];
    if (!out.endsWith(QLatin1String(interchange::Package::kExtension))) {
        io.err << ConvertCli::tr("输出文件名应以 %1 结尾：%2").arg(QLatin1String(interchange::Package::kExtension), out) << Qt::endl;
        return ExitUnusable;
    }
    const auto def = Definition::builtin();
    auto loaded = readReportFile(in, *def);
    if (!loaded) {
        io.err << in << ": " << loaded.error().message << Qt::endl;
        return ExitUnusable;
    }
    const Report &report = loaded->report;
    if (report.agencyName.trimmed().isEmpty() || report.year < 2000 || report.year > 2100) {
        io.err << in << ": " << ConvertCli::tr("没有找到机关名称或报告年度，无法写出数据包（请检查报告标题）") << Qt::endl;
        return ExitUnusable;
    }
    for (const QString &problem : loaded->problems)
        io.err << in << ": " << problem << Qt::endl;
    if (auto written = interchange::Package::writeFile(out, report, *def); !written) {
        io.err << written.error().message << Qt::endl;
        return ExitUnusable;
    }
    Engine engine(def);
    engine.load(report);
    return engine.count(Severity::Error) > 0 ? ExitErrors : ExitOk;
}

} // namespace nb::cli
