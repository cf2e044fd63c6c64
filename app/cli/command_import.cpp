// nianbao-cli import [--db PATH] [--replace] [--agency NAME] [--kind KIND] [--year Y] FILE…
// Every file is read first: one unreadable file, or one draft that exists
// without --replace, and nothing is imported (all files in one transaction).
#include "app/cli/commands.h"
#include "app/cli/common_options.h"
#include "app/cli/report_input.h"
#include "app/cli/store_access.h"

#include <QCoreApplication>

namespace nb::cli {

namespace {

struct ImportCli {
    Q_DECLARE_TR_FUNCTIONS(ImportCli)
};

std::optional<QList<report::Report>> readAll(const QStringList &files, const interchange::ImportOptions &options, Io &io)
{
    const auto def = report::Definition::builtin();
    QList<report::Report> reports;
    bool ok = true;
    for (const auto &file : files) {
        auto loaded = readReportFile(file, *def, options);
        if (!loaded) {
            io.err << file << ": " << loaded.error().message << Qt::endl;
            ok = false;
            continue;
        }
        for (const auto &problem : loaded->problems)
            io.err << file << ": " << problem << Qt::endl;
        if (loaded->report.agencyName.trimmed().isEmpty() || loaded->report.year < 2000 || loaded->report.year > 2100) {
            io.err << file << ": " << ImportCli::tr("没有找到机关名称或报告年度，无法导入；请用 --agency 和 --year 指定") << Qt::endl;
            ok = false;
            continue;
        }
        for (const auto &earlier : reports)
            if (earlier.agencyName == loaded->report.agencyName && earlier.year == loaded->report.year) {
                io.err << file << ": " << ImportCli::tr("与前面的文件是同一机关同一年度（%1 %2），不能一起导入")
                                              .arg(earlier.agencyName).arg(earlier.year) << Qt::endl;
                ok = false;
            }
        reports << loaded->report;
    }
    return ok ? std::optional(reports) : std::nullopt;
}

int runImport(const Invocation &invocation, Io &io)
{
    const QStringList &args = invocation.arguments();
    const bool replace = invocation.isSet(QStringLiteral("replace"));
    const auto options = importOptions(invocation, io);
    if (!options)
        return ExitUnusable;
    const auto reports = readAll(args, *options, io);
    if (!reports)
        return ExitUnusable;
    auto store = openStore(databasePath(invocation), io);
    if (!store)
        return ExitUnusable;
    if (auto done = store->importReports(*reports, replace); !done) {
        io.err << done.error().message << ' ' << ImportCli::tr("（没有导入任何文件）") << Qt::endl;
        return ExitUnusable;
    }
    bool anyErrors = false;
    for (qsizetype i = 0; i < reports->size(); ++i) {
        const auto &r = reports->at(i);
        auto counts = countFindings(*store, r);
        const int errors = counts ? counts->errors : 0, warnings = counts ? counts->warnings : 0;
        anyErrors = anyErrors || errors > 0;
        io.out << args[i] << ": " << ImportCli::tr("已导入 %1 %2 年度（草稿）：错误 %3，警告 %4")
                                          .arg(r.agencyName).arg(r.year).arg(errors).arg(warnings) << '\n';
    }
    io.out.flush();
    return anyErrors ? ExitErrors : ExitOk;
}

} // namespace

Command importCommand()
{
    Command c;
    c.usage.name = QStringLiteral("import");
    c.usage.synopsis = QStringLiteral("import [--db PATH] [--replace] [--agency NAME] [--kind KIND] [--year Y] FILE…");
    c.usage.summary = ImportCli::tr("把数据包或已发布的报告导入数据库（草稿）");
    c.usage.description = ImportCli::tr(
        "先读完所有文件：有一个读不出，或某个机关某年度的报告已存在而没有给 --replace，就什么也不导入。"
        "所有文件在一个事务中导入。");
    c.usage.options = {databaseOption(),
                       {QStringLiteral("replace"), ImportCli::tr("替换已存在的草稿（替换前保存快照）")}};
    c.usage.options += importOptionList();
    addImportChoices(c.usage);
    c.usage.examples = {QStringLiteral("nianbao-cli import 2022.nianbao.json 2023.nianbao.json"),
                        QStringLiteral("nianbao-cli import --db 汇总.sqlite3 --replace 下载/*.html")};
    c.minArguments = 1;
    c.run = runImport;
    return c;
}

} // namespace nb::cli
