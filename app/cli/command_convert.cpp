// nianbao-cli convert [--agency NAME] [--kind KIND] [--year Y] IN OUT.nianbao.json —
// a published report (.pdf/.txt/.html) or
// a package in, a package out. Cells the importer could not read are listed on
// stderr and left blank; the exit status follows the report's error findings.
#include "app/cli/commands.h"
#include "app/cli/report_input.h"
#include "core/interchange/package.h"
#include "core/report/agency_name.h"
#include "core/report/engine.h"

#include <QCoreApplication>

namespace nb::cli {

using namespace nb::report;

namespace {
struct ConvertCli {
    Q_DECLARE_TR_FUNCTIONS(ConvertCli)
};

int runConvert(const Invocation &invocation, Io &io)
{
    const QString in = invocation.arguments().at(0);
    const auto checkedOut = invocation.output(io, invocation.arguments().at(1), {in});
    if (!checkedOut)
        return ExitUnusable;
    const QString out = *checkedOut;
    if (!out.endsWith(QLatin1String(interchange::Package::kExtension))) {
        io.err << ConvertCli::tr("输出文件名应以 %1 结尾：%2").arg(QLatin1String(interchange::Package::kExtension), out) << Qt::endl;
        return ExitUnusable;
    }
    const auto options = importOptions(invocation, io);
    if (!options)
        return ExitUnusable;
    const auto def = Definition::builtin();
    auto loaded = readReportFile(in, *def, *options);
    if (!loaded) {
        io.err << in << ": " << loaded.error().message << Qt::endl;
        return ExitUnusable;
    }
    const Report &report = loaded->report;
    if (report.agencyName.trimmed().isEmpty() || !isReportYear(report.year)) {
        io.err << in << ": " << ConvertCli::tr("没有找到机关名称或报告年度，无法写出数据包；请用 --agency 和 --year 指定") << Qt::endl;
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

} // namespace

Command convertCommand()
{
    Command c;
    c.usage.name = QStringLiteral("convert");
    c.usage.synopsis = QStringLiteral("convert [--agency NAME] [--kind KIND] [--year Y] IN OUT.nianbao.json");
    c.usage.summary = ConvertCli::tr("把已发布的报告（.pdf、.txt、.html）或数据包转成数据包");
    c.usage.description = ConvertCli::tr(
        "PDF 直接读取其文字层；扫描件（没有文字层）无法读取。"
        "每个单元格按行和列的标签找到；读不出的单元格列在标准错误输出上并留空，不会猜测。"
        "报告中找不到机关名称或年度时，用 --agency、--year 补上。"
        "报告有“错误”级别的检查结果时仍写出数据包，退出状态为 1。");
    c.usage.options = importOptionList();
    addImportChoices(c.usage);
    c.usage.examples = {QStringLiteral("nianbao-cli convert 2023年报.html 2023.nianbao.json"),
                        QStringLiteral("nianbao-cli convert 2023年报.pdf 2023.nianbao.json"),
                        QStringLiteral("nianbao-cli convert --agency 示范县教育局 --year 2023 正文.html 2023.nianbao.json"),
                        QStringLiteral("nianbao-cli convert 2023年报.txt 2023.nianbao.json")};
    c.minArguments = 2;
    c.maxArguments = 2;
    c.run = runConvert;
    return c;
}

} // namespace nb::cli
