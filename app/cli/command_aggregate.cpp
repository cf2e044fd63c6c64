// nianbao-cli aggregate [--db PATH] --year Y (--node NAME | FILE… [--kind KIND]) OUT.nianbao.json [--explain KEY]
// 汇总 (contract §9): from the database, every agency below the node; from
// files (packages or published reports: web pages, text, PDF), those reports.
// Writes the aggregate package (with its contributors) and prints its findings
// as `check` does. Usage errors, --explain's key included, are found before
// anything is read or written (exit 2: nothing written).
#include "app/cli/commands.h"
#include "app/cli/common_options.h"
#include "app/cli/finding_output.h"
#include "app/cli/report_input.h"
#include "app/cli/store_access.h"
#include "core/collection/aggregate.h"
#include "core/collection/explain.h"
#include "core/interchange/package.h"
#include "core/report/engine.h"

#include <QCoreApplication>

namespace nb::cli {

namespace {

struct AggregateCli {
    Q_DECLARE_TR_FUNCTIONS(AggregateCli)
};

Result<collection::Aggregate> fromFiles(const QStringList &files, int year, std::optional<report::AgencyKind> kind,
                                        Io &io)
{
    const auto def = report::Definition::builtin();
    // One file at a time: a thousand packages are never all held at once.
    return collection::Aggregation::fromReports(
        files.size(),
        [&](qsizetype i) -> Result<report::Report> {
            auto loaded = readReportFile(files[i], *def);
            if (!loaded)
                return Error{loaded.error().code, files[i] + QStringLiteral(": ") + loaded.error().message};
            for (const QString &problem : loaded->problems)
                io.err << files[i] << ": " << problem << '\n';
            return loaded->report;
        },
        year, QString(), kind);
}

int printExplanation(const collection::Aggregate &aggregate, const QString &key, Io &io)
{
    auto explained = collection::explain(aggregate, *report::Definition::builtin(), key);
    if (!explained) {
        io.err << explained.error().message << Qt::endl;
        return ExitUnusable;
    }
    io.out << AggregateCli::tr("查看构成 %1（%2）").arg(key, explained->cellName) << '\n';
    for (const QString &line : collection::explanationLines(explained.value()))
        io.out << line << '\n';
    return ExitOk;
}

int runAggregate(const Invocation &invocation, Io &io)
{
    const auto year = invocation.year(io, QStringLiteral("year"));
    if (!year)
        return ExitUnusable;
    QStringList files = invocation.arguments();
    const QString requestedOut = files.takeLast();
    const bool fromDatabase = invocation.isSet(QStringLiteral("node"));
    if (fromDatabase == !files.isEmpty())
        return invocation.usageError(io, AggregateCli::tr("请给出 --node（从数据库汇总）或要汇总的文件，二者取一"));
    if (!requestedOut.endsWith(QLatin1String(interchange::Package::kExtension)))
        return invocation.usageError(io, AggregateCli::tr("汇总结果应写入 .nianbao.json 数据包：%1").arg(requestedOut));
    if (fromDatabase && invocation.isSet(QStringLiteral("kind")))
        return invocation.usageError(
            io, AggregateCli::tr("--kind 只用于汇总文件；从数据库汇总时，汇总的类别就是 --node 机关的类别"));
    std::optional<report::AgencyKind> kind;
    if (invocation.isSet(QStringLiteral("kind")))
        kind = report::agencyKindFromKey(invocation.value(QStringLiteral("kind"))); // a choice: checked by the parser
    // The key is checked against the definition before anything is read or written.
    const QString explainKey = invocation.value(QStringLiteral("explain"));
    if (invocation.isSet(QStringLiteral("explain")) && report::Definition::builtin()->cellIndex(explainKey) < 0)
        return invocation.usageError(
            io, AggregateCli::tr("--explain 的 %1 不是报告的单元格（应为二、三、四部分的单元格，如 requests.new.total）")
                    .arg(explainKey));
    // Never over an input file or the database.
    const auto checkedOut =
        invocation.output(io, requestedOut, fromDatabase ? QStringList{databasePath(invocation)} : files);
    if (!checkedOut)
        return ExitUnusable;
    const QString out = *checkedOut;

    Result<collection::Aggregate> made = Error{};
    if (fromDatabase) {
        auto store = openStore(databasePath(invocation), io);
        if (!store)
            return ExitUnusable;
        made = collection::Aggregation::fromStore(*store, invocation.value(QStringLiteral("node")), *year);
    } else {
        made = fromFiles(files, *year, kind, io);
    }
    if (!made) {
        io.err << made.error().message << Qt::endl;
        return ExitUnusable;
    }
    const auto def = report::Definition::builtin();
    if (auto written = interchange::Package::writeFile(out, made->report, *def); !written) {
        io.err << written.error().message << Qt::endl;
        return ExitUnusable;
    }
    report::Engine engine(def);
    engine.setPrevious(made->previous);
    engine.load(made->report);
    for (const auto &f : engine.findings())
        printFinding(io.out, out, f);
    if (invocation.isSet(QStringLiteral("explain")))
        if (int explained = printExplanation(made.value(), explainKey, io); explained)
            return explained;
    io.out.flush();
    return engine.count(report::Severity::Error) > 0 ? ExitErrors : ExitOk;
}

} // namespace

Command aggregateCommand()
{
    Command c;
    c.usage.name = QStringLiteral("aggregate");
    c.usage.synopsis = QStringLiteral(
        "aggregate [--db PATH] --year Y (--node NAME | FILE… [--kind KIND]) OUT.nianbao.json [--explain KEY]");
    c.usage.summary = AggregateCli::tr("汇总下级各机关（或给出的文件）的报告");
    c.usage.description = AggregateCli::tr(
        "从数据库汇总（--node）时，汇总该机关之下的所有机关；也可以直接汇总各机关报来的数据包，"
        "或已发布的报告（网页 .html、文本 .txt、PDF）。"
        "二、三、四部分的每个单元格是各机关同一单元格之和（报告中印出的合计不参与，合计重新计算），文字部分为空，"
        "数据包的 contributors 列出每个机关及其状态、错误和未说明的警告。"
        "已发布的报告算作已定稿；数据包按其中的 status（draft 或 final）计。\n\n"
        "汇总的机关：--node 机关；汇总文件时为各文件共同的上级机关，没有共同上级时为“各机关”。"
        "汇总的类别：--node 机关的类别；汇总文件时为 --kind，未给出时为共同上级机关的类别，"
        "没有共同上级时为各报告共同的类别，类别不一时有人民政府则为 government，否则为 other。\n\n"
        "检查结果按 check 的格式输出（含 AGG-MISSING、AGG-NOT-FINAL、AGG-ERRORS、AGG-CARRY），退出状态同 check。"
        "--explain 列出一个单元格由哪些机关的多少构成；不是报告单元格的 KEY 在读取和写入任何文件之前即被拒绝（退出状态 2）。");
    c.usage.options = {databaseOption(), yearOption(AggregateCli::tr("汇总的年度")),
                       {QStringLiteral("node"), AggregateCli::tr("从数据库汇总这个机关之下的所有机关"),
                        QStringLiteral("NAME")},
                       kindOption(AggregateCli::tr(
                           "汇总文件时，汇总的机关类别：government 人民政府，department 部门，other 其他")),
                       {QStringLiteral("explain"), AggregateCli::tr("列出这个单元格的构成（如 requests.new.total）"),
                        QStringLiteral("KEY")}};
    c.usage.choices.insert(QStringLiteral("kind"), kindChoices());
    c.usage.examples = {QStringLiteral("nianbao-cli aggregate --year 2023 --node 示例市人民政府 全市汇总.nianbao.json"),
                        QStringLiteral("nianbao-cli aggregate --year 2023 报来/*.nianbao.json 汇总.nianbao.json "
                                       "--explain requests.new.total")};
    c.minArguments = 1;
    c.run = runAggregate;
    return c;
}

} // namespace nb::cli
