// nianbao-cli check [--json] [--previous FILE] FILE…
#include "app/cli/commands.h"
#include "app/cli/report_input.h"
#include "core/report/engine.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace nb::cli {

using namespace nb::report;

namespace {

struct CheckOptions {
    bool json = false;
    QString previous;
    QStringList files;
};

struct CheckCli {
    Q_DECLARE_TR_FUNCTIONS(CheckCli)
};

std::optional<CheckOptions> parseOptions(const QStringList &args, Io &io)
{
    CheckOptions o;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--json")) {
            o.json = true;
        } else if (args[i] == QLatin1String("--previous")) {
            if (++i >= args.size()) {
                io.err << CheckCli::tr("--previous 需要一个文件（上一年度的报告）") << Qt::endl;
                return std::nullopt;
            }
            o.previous = args[i];
        } else if (args[i].startsWith(QLatin1String("--"))) {
            io.err << CheckCli::tr("未知的选项 %1").arg(args[i]) << Qt::endl;
            return std::nullopt;
        } else {
            o.files << args[i];
        }
    }
    if (o.files.isEmpty()) {
        io.err << CheckCli::tr("用法：nianbao-cli check [--json] [--previous FILE] FILE…") << Qt::endl;
        return std::nullopt;
    }
    return o;
}

QJsonObject findingJson(const Finding &f)
{
    return QJsonObject{{QStringLiteral("rule"), f.rule},
                       {QStringLiteral("severity"), severityKey(f.severity)},
                       {QStringLiteral("cells"), QJsonArray::fromStringList(f.cells)},
                       {QStringLiteral("message"), f.message}};
}

} // namespace

int runCheck(const QStringList &args, Io &io)
{
    const auto options = parseOptions(args, io);
    if (!options)
        return ExitUnusable;
    const auto def = Definition::builtin();
    std::optional<Report> previous;
    if (!options->previous.isEmpty()) {
        auto loaded = readReportFile(options->previous, *def);
        if (!loaded) {
            io.err << options->previous << ": " << loaded.error().message << Qt::endl;
            return ExitUnusable;
        }
        previous = loaded->report;
    }
    Engine engine(def);
    engine.setPrevious(previous);
    QJsonArray results;
    bool anyErrors = false, anyUnusable = false;
    for (const auto &file : options->files) {
        auto loaded = readReportFile(file, *def);
        if (!loaded) {
            anyUnusable = true;
            io.err << file << ": " << loaded.error().message << Qt::endl;
            if (options->json)
                results.append(QJsonObject{{QStringLiteral("file"), file}, {QStringLiteral("error"), loaded.error().message}});
            continue;
        }
        engine.load(loaded->report);
        QJsonArray findings;
        for (const auto &f : engine.findings()) {
            anyErrors = anyErrors || f.severity == Severity::Error;
            if (options->json)
                findings.append(findingJson(f));
            else
                io.out << file << ": " << severityKey(f.severity) << ' ' << f.rule << ' '
                       << (f.cells.isEmpty() ? QStringLiteral("-") : f.cells.join(u',')) << ": " << f.message << '\n';
        }
        if (options->json)
            results.append(QJsonObject{{QStringLiteral("file"), file}, {QStringLiteral("findings"), findings}});
    }
    if (options->json)
        io.out << QString::fromUtf8(QJsonDocument(results).toJson(QJsonDocument::Indented));
    io.out.flush();
    return anyUnusable ? ExitUnusable : anyErrors ? ExitErrors : ExitOk;
}

} // namespace nb::cli
