// nianbao-cli check [--json] [--previous FILE] [--agency NAME] [--kind KIND] [--year Y]
//                   [--report OUT.html|OUT.csv] FILE…
#include "app/cli/commands.h"
#include "app/cli/finding_output.h"
#include "app/cli/report_input.h"
#include "core/interchange/review_report.h"
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

QJsonObject findingJson(const Finding &f)
{
    QJsonObject o{{QStringLiteral("rule"), f.rule},
                  {QStringLiteral("severity"), severityKey(f.severity)},
                  {QStringLiteral("cells"), QJsonArray::fromStringList(f.cells)},
                  {QStringLiteral("message"), f.message}};
    if (!f.quote.isEmpty())
        o.insert(QStringLiteral("quote"), f.quote); // the sentence of the report a text rule read
    return o;
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

int runCheck(const Invocation &invocation, Io &io)
{
    const CheckOptions o{invocation.isSet(QStringLiteral("json")), invocation.value(QStringLiteral("previous")),
                         invocation.arguments()};
    const auto importOptions = nb::cli::importOptions(invocation, io);
    if (!importOptions)
        return ExitUnusable;
    const std::optional<QString> reportPath =
        invocation.isSet(QStringLiteral("report")) ? std::optional(invocation.value(QStringLiteral("report"))) : std::nullopt;
    if (reportPath && !interchange::ReviewReport::supportsPath(*reportPath))
        return invocation.usageError(io, CheckCli::tr("--report 的文件名应以 .html 或 .csv 结尾：%1").arg(*reportPath));
    const auto def = Definition::builtin();
    std::optional<Report> previous;
    if (!o.previous.isEmpty()) {
        auto loaded = readReportFile(o.previous, *def);
        if (!loaded) {
            io.err << o.previous << ": " << loaded.error().message << Qt::endl;
            return ExitUnusable;
        }
        previous = loaded->report;
    }
    Engine engine(def);
    engine.setPrevious(previous);
    QJsonArray results;
    bool anyErrors = false, anyUnusable = false;
    Summary summary;
    interchange::ReviewReport review(def);
    for (const auto &file : o.files) {
        auto loaded = readReportFile(file, *def, *importOptions);
        if (!loaded) {
            anyUnusable = true;
            ++summary.unusable;
            if (reportPath)
                review.add({file, loaded.error().message, {}, 0, {}, 0, {}});
            io.err << file << ": " << loaded.error().message << Qt::endl;
            if (o.json)
                results.append(QJsonObject{{QStringLiteral("file"), file}, {QStringLiteral("error"), loaded.error().message}});
            continue;
        }
        engine.load(loaded->report);
        printProblems(file, loaded->problems, io);
        QJsonArray findings;
        const std::vector<Finding> found = engine.findings();
        summary.add(found);
        if (reportPath)
            review.add({file, {}, loaded->report.agencyName, loaded->report.year, found, loaded->unreadableCells, loaded->problems});
        for (const auto &f : found) {
            anyErrors = anyErrors || f.severity == Severity::Error;
            if (o.json)
                findings.append(findingJson(f));
            else
                printFinding(io.out, file, f);
        }
        if (o.json)
            results.append(QJsonObject{{QStringLiteral("file"), file},
                                       {QStringLiteral("findings"), findings},
                                       {QStringLiteral("problems"), QJsonArray::fromStringList(loaded->problems)}});
    }
    if (o.json)
        io.out << QString::fromUtf8(QJsonDocument(results).toJson(QJsonDocument::Indented));
    // The JSON document stays one document on stdout; the summary then goes to stderr.
    if (o.files.size() > 1)
        summary.print(o.json ? io.err : io.out);
    io.out.flush();
    if (reportPath)
        if (Status written = review.write(*reportPath); !written) {
            io.err << written.error().message << Qt::endl;
            return ExitUnusable;
        }
    io.err.flush();
    return anyUnusable ? ExitUnusable : anyErrors ? ExitErrors : ExitOk;
}

} // namespace

Command checkCommand()
{
    Command c;
    c.usage.name = QStringLiteral("check");
    c.usage.synopsis = QStringLiteral("check [--json] [--previous FILE] [--agency NAME] [--kind KIND] [--year Y] "
                                      "[--report OUT.html|OUT.csv] FILE…");
    c.usage.summary = CheckCli::tr("检查报告，每条检查结果一行");
    c.usage.description = CheckCli::tr(
        "FILE 可以是数据包（.nianbao.json）、已发布报告的 PDF（.pdf）、文字（.txt，网页复制或 pdftotext 转出）或网页（.html）。"
        "每条检查结果输出一行：<文件>: <级别> <规则> <单元格>: <说明>；检查多个文件时最后输出汇总。"
        "读不出的单元格列在标准错误输出上。");
    c.usage.options = {
        {QStringLiteral("json"), CheckCli::tr("输出一个 JSON 文档，汇总改到标准错误输出")},
        {QStringLiteral("previous"), CheckCli::tr("同一机关上一年度的报告，用于跨年度检查（X- 规则）"), QStringLiteral("FILE")},
        {QStringLiteral("report"),
         CheckCli::tr("另写一份审查报告（.html 网页或 .csv 表格）：每份报告一行，含机关、年度、各级问题数和每条问题及其引用的原文，另有按规则的统计"),
         QStringLiteral("OUT")},
    };
    c.usage.options += importOptionList();
    addImportChoices(c.usage);
    c.usage.examples = {QStringLiteral("nianbao-cli check 2023.nianbao.json"),
                        QStringLiteral("nianbao-cli check --previous=2022.nianbao.json 2023.nianbao.json"),
                        QStringLiteral("nianbao-cli check --json 下载/*.html > 结果.json"),
                        QStringLiteral("nianbao-cli check 下载/*.html 下载/*.pdf --report 审查报告.html")};
    c.minArguments = 1;
    c.run = runCheck;
    return c;
}

} // namespace nb::cli
