// nianbao-cli render PACKAGE (--pdf|--odt|--html|--csv) OUT [--style official|gongwen]
#include "app/cli/commands.h"
#include "app/cli/report_input.h"
#include "core/render/report_renderer.h"

#include <QCoreApplication>

namespace nb::cli {

using namespace nb::render;

namespace {

struct RenderCli {
    Q_DECLARE_TR_FUNCTIONS(RenderCli)
};

struct RenderOptions {
    QString input;
    std::optional<OutputFormat> format;
    QString output;
    PageStyle style = PageStyle::Official;
};

const QList<std::pair<QString, OutputFormat>> &formatOptions()
{
    static const QList<std::pair<QString, OutputFormat>> options{
        {QStringLiteral("--pdf"), OutputFormat::Pdf},
        {QStringLiteral("--odt"), OutputFormat::Odt},
        {QStringLiteral("--html"), OutputFormat::Html},
        {QStringLiteral("--csv"), OutputFormat::Csv},
    };
    return options;
}

std::optional<OutputFormat> formatOption(const QString &arg)
{
    for (const auto &[name, format] : formatOptions())
        if (arg == name)
            return format;
    return std::nullopt;
}

QString usage()
{
    return RenderCli::tr("用法：nianbao-cli render PACKAGE (--pdf|--odt|--html|--csv) OUT [--style official|gongwen]");
}

// One problem per message, naming the offending argument; nullopt after printing it.
std::optional<RenderOptions> parseOptions(const QStringList &args, Io &io)
{
    RenderOptions o;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        const bool takesValue = formatOption(a) || a == QLatin1String("--style");
        if (takesValue && i + 1 >= args.size()) {
            io.err << RenderCli::tr("%1 后面需要一个值").arg(a) << Qt::endl << usage() << Qt::endl;
            return std::nullopt;
        }
        if (const auto f = formatOption(a)) {
            if (o.format) {
                io.err << RenderCli::tr("只能指定一种输出格式（--pdf、--odt、--html 或 --csv）") << Qt::endl;
                return std::nullopt;
            }
            o.format = f;
            o.output = args[++i];
        } else if (a == QLatin1String("--style")) {
            const auto style = pageStyleFromKey(args[++i]);
            if (!style) {
                io.err << RenderCli::tr("未知的版式 %1（可用：official、gongwen）").arg(args[i]) << Qt::endl;
                return std::nullopt;
            }
            o.style = *style;
        } else if (a.startsWith(QLatin1String("--"))) {
            io.err << RenderCli::tr("未知的选项 %1").arg(a) << Qt::endl << usage() << Qt::endl;
            return std::nullopt;
        } else if (o.input.isEmpty()) {
            o.input = a;
        } else {
            io.err << RenderCli::tr("多余的参数 %1（一次只能输出一个报告）").arg(a) << Qt::endl;
            return std::nullopt;
        }
    }
    if (o.input.isEmpty() || !o.format) {
        io.err << usage() << Qt::endl;
        return std::nullopt;
    }
    return o;
}

} // namespace

int runRender(const QStringList &args, Io &io)
{
    const auto options = parseOptions(args, io);
    if (!options)
        return ExitUnusable;
    const auto def = report::Definition::builtin();
    const auto loaded = readReportFile(options->input, *def);
    if (!loaded) {
        io.err << options->input << ": " << loaded.error().message << Qt::endl;
        return ExitUnusable;
    }
    const Status written = renderToFile(loaded->report, *def, *options->format, options->style, options->output);
    if (!written) {
        io.err << written.error().message << Qt::endl;
        return ExitUnusable;
    }
    return ExitOk;
}

} // namespace nb::cli
