// nianbao-cli render PACKAGE (--pdf|--odt|--html|--csv) OUT [--style official|gongwen]
#include "app/cli/commands.h"
#include "app/cli/common_options.h"
#include "app/cli/report_input.h"
#include "core/render/report_renderer.h"

#include <QCoreApplication>

namespace nb::cli {

using namespace nb::render;

namespace {

struct RenderCli {
    Q_DECLARE_TR_FUNCTIONS(RenderCli)
};

struct FormatOption {
    QString name; // "pdf"
    OutputFormat format;
    QString description;
};

QList<FormatOption> formatOptions()
{
    return {
        {QStringLiteral("pdf"), OutputFormat::Pdf, RenderCli::tr("写出 PDF（字体嵌入，文字可复制）")},
        {QStringLiteral("odt"), OutputFormat::Odt, RenderCli::tr("写出 ODT，可用 LibreOffice、WPS 打开")},
        {QStringLiteral("html"), OutputFormat::Html, RenderCli::tr("写出网页，用于网站发布")},
        {QStringLiteral("csv"), OutputFormat::Csv, RenderCli::tr("写出 CSV，可用 Excel 打开")},
    };
}

int runRender(const Invocation &invocation, Io &io)
{
    const FormatOption *chosen = nullptr;
    const QList<FormatOption> formats = formatOptions();
    for (const auto &f : formats) {
        if (!invocation.isSet(f.name))
            continue;
        if (chosen)
            return invocation.usageError(io, RenderCli::tr("只能指定一种输出格式（--pdf、--odt、--html 或 --csv）"));
        chosen = &f;
    }
    if (!chosen)
        return invocation.usageError(io, RenderCli::tr("请指定输出格式（--pdf、--odt、--html 或 --csv）"));
    const QString input = invocation.arguments().constFirst();
    const auto checkedOutput = invocation.output(io, invocation.value(chosen->name), {input});
    if (!checkedOutput)
        return ExitUnusable;
    const QString output = *checkedOutput;
    const auto style = pageStyleFromKey(invocation.value(QStringLiteral("style")));
    const auto def = report::Definition::builtin();
    const auto loaded = readReportFile(input, *def);
    if (!loaded) {
        io.err << input << ": " << loaded.error().message << Qt::endl;
        return ExitUnusable;
    }
    const Status written = renderToFile(loaded->report, *def, chosen->format, style.value_or(PageStyle::Official), output);
    if (!written) {
        io.err << written.error().message << Qt::endl;
        return ExitUnusable;
    }
    return ExitOk;
}

} // namespace

Command renderCommand()
{
    Command c;
    c.usage.name = QStringLiteral("render");
    c.usage.synopsis = QStringLiteral("render PACKAGE (--pdf|--odt|--html|--csv) OUT [--style official|gongwen]");
    c.usage.summary = RenderCli::tr("把一个报告打印成 PDF、ODT、网页或 CSV，不用数据库");
    c.usage.description = RenderCli::tr("PACKAGE 可以是数据包，也可以是已发布的报告（.txt、.html、.pdf）。输出文件先写到临时文件，完成后才改名，不会留下写了一半的文件。");
    for (const auto &f : formatOptions())
        c.usage.options << QCommandLineOption(f.name, f.description, QStringLiteral("OUT"));
    c.usage.options << styleOption();
    c.usage.choices.insert(QStringLiteral("style"), styleChoices());
    c.usage.examples = {QStringLiteral("nianbao-cli render 2023.nianbao.json --pdf 2023.pdf"),
                        QStringLiteral("nianbao-cli render 2023.nianbao.json --pdf=2023-公文.pdf --style=gongwen"),
                        QStringLiteral("nianbao-cli render 2023.nianbao.json --html 2023.html")};
    c.minArguments = 1;
    c.maxArguments = 1;
    c.needsFonts = true;
    c.run = runRender;
    return c;
}

} // namespace nb::cli
