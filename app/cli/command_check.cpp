// nianbao-cli check [--json] [--previous FILE] FILE…
#include "app/cli/commands.h"
#include "app/cli/report_input.h"
#include "core/report/engine.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <map>

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

// Totals over every file, printed after the findings when more than one file was checked.
struct Summary {
    int read = 0, unusable = 0, withErrors = 0;
    std::map<QString, std::pair<Severity, int>> perRule;

    void add(const std::vector<Finding> &findings)
    {
        ++read;
        bool errors = false;
        for (const auto &f : findings) {
            auto &entry = perRule.try_emplace(f.rule, f.severity, 0).first->second;
            ++entry.second;
            errors = errors || f.severity == Severity::Error;
        }
        withErrors += errors ? 1 : 0;
    }

    void print(QTextStream &s) const
    {
        s << CheckCli::tr("汇总：读取 %1 个文件，%2 个有错误，%3 个无法读取").arg(read).arg(withErrors).arg(unusable) << '\n';
        for (const auto &[rule, entry] : perRule)
            s << "  " << rule << ' ' << severityKey(entry.first) << ' ' << entry.second << '\n';
    }
};

void printProblems(const QString &file, const QStringList &problems, Io &io)
{
    for (const QString &p : problems)
        io.err << file << ": " << p << '\n';
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
    Summary summary;
    for (const auto &file : options->files) {
        auto loaded = readReportFile(file, *def);
        if (!loaded) {
            anyUnusable = true;
            ++summary.unusable;
            io.err << file << ": " << loaded.error().message << Qt::endl;
            if (options->json)
                results.append(QJsonObject{{QStringLiteral("file"), file}, {QStringLiteral("error"), loaded.error().message}});
            continue;
        }
        engine.load(loaded->report);
        printProblems(file, loaded->problems, io);
        QJsonArray findings;
        const std::vector<Finding> found = engine.findings();
        summary.add(found);
        for (const auto &f : found) {
            anyErrors = anyErrors || f.severity == Severity::Error;
            if (options->json)
                findings.append(findingJson(f));
            else
                io.out << file << ": " << severityKey(f.severity) << ' ' << f.rule << ' '
                       << (f.cells.isEmpty() ? QStringLiteral("-") : f.cells.join(u',')) << ": " << f.message << '\n';
        }
        if (options->json)
            results.append(QJsonObject{{QStringLiteral("file"), file},
                                       {QStringLiteral("findings"), findings},
                                       {QStringLiteral("problems"), QJsonArray::fromStringList(loaded->problems)}});
    }
    if (options->json)
        io.out << QString::fromUtf8(QJsonDocument(results).toJson(QJsonDocument::Indented));
    // The JSON document stays one document on stdout; the summary then goes to stderr.
    if (options->files.size() > 1)
        summary.print(options->json ? io.err : io.out);
    io.out.flush();
    io.err.flush();
    return anyUnusable ? ExitUnusable : anyErrors ? ExitErrors : ExitOk;
}

} // namespace nb::cli
