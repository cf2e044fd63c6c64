// nianbao-cli import [--db PATH] [--replace] [--agency NAME] [--kind KIND] [--year Y] FILE…
// All or nothing, as its help says: every file is read and checked first,
// before the database is opened (one unreadable file, or two of one agency
// and year, and nothing is imported); then all of them are imported in one
// transaction, so one draft that exists without --replace, or any failure on
// the way, leaves the database as it was. Memory stays that of one report
// however many files: the first pass keeps only each report's agency and
// year, and the transaction reads each file again as it stores it
// (ReportStore::importEach) instead of holding them all until the end. The
// first pass reads the next few files on other threads (ReadAhead); the
// second reads on this thread, where the reports are stored (tried: whole
// reports handed over from other threads cost more CPU than they saved).
#include "app/cli/commands.h"
#include "app/cli/common_options.h"
#include "app/cli/read_ahead.h"
#include "app/cli/report_input.h"
#include "app/cli/store_access.h"
#include "core/collection/report_checks.h"
#include "core/interchange/published_report_importer.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <algorithm>

namespace nb::cli {

namespace {

struct ImportCli {
    Q_DECLARE_TR_FUNCTIONS(ImportCli)
};

using store::ReportId;

QString keyOf(const ReportId &id)
{
    return id.agency + QLatin1Char('\x1f') + QString::number(id.year);
}

// What the first pass keeps of a file: its agency and year, and what to say about it.
struct Checked {
    std::optional<ReportId> id;
    QStringList messages; // for stderr, each after the file's name
};

Checked checkFile(const QString &file, const report::Definition &def, const interchange::ImportOptions &options)
{
    auto loaded = readReportFile(file, def, options);
    if (!loaded)
        return {std::nullopt, {loaded.error().message}};
    Checked checked{ReportId{loaded->report.agencyName, loaded->report.year}, loaded->problems};
    if (checked.id->agency.trimmed().isEmpty() || checked.id->year < 2000 || checked.id->year > 2100) {
        checked.messages << ImportCli::tr("没有找到机关名称或报告年度，无法导入；请用 --agency 和 --year 指定");
        checked.id.reset();
    }
    return checked;
}

// The importer of published reports is not known to be safe on several
// threads at once: those files are read on the command's own thread.
bool readOnCaller(const QString &file)
{
    return interchange::PublishedReportImporter::handles(file);
}

// The first pass: each file read (the next few on other threads), its
// problems said, its agency and year kept (in the order of the files);
// nullopt when one cannot be imported. The report read is dropped where it
// was read.
std::optional<QList<ReportId>> checkAll(const QStringList &files, const interchange::ImportOptions &options, Io &io)
{
    ReadAhead<Checked> reader(files, [options, def = report::Definition::builtin()](const QString &file) {
        return checkFile(file, *def, options);
    }, readOnCaller);
    QList<ReportId> ids;
    QHash<QString, qsizetype> seen; // agency and year → the first file naming them
    bool ok = true;
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString &file = files[i];
        const Checked checked = reader.take(i);
        for (const auto &message : checked.messages)
            io.err << file << ": " << message << Qt::endl;
        if (!checked.id) {
            ok = false;
            continue;
        }
        const ReportId &id = *checked.id;
        if (seen.contains(keyOf(id))) {
            io.err << file << ": " << ImportCli::tr("与前面的文件是同一机关同一年度（%1 %2），不能一起导入")
                                          .arg(id.agency).arg(id.year) << Qt::endl;
            ok = false;
        } else {
            seen.insert(keyOf(id), ids.size());
        }
        ids << id;
    }
    return ok ? std::optional(ids) : std::nullopt;
}

// The second pass, inside the store's transaction: file i read again. A file
// changed since the first pass refuses the whole import.
store::ReportStore::ReportSource rereader(const QStringList &files, const QList<ReportId> &ids,
                                          const interchange::ImportOptions &options)
{
    return [&files, &ids, options, def = report::Definition::builtin()](qsizetype i) -> Result<report::Report> {
        auto loaded = readReportFile(files[i], *def, options);
        if (!loaded)
            return Error{loaded.error().code, files[i] + QStringLiteral(": ") + loaded.error().message};
        if (ReportId{loaded->report.agencyName, loaded->report.year} != ids[i])
            return Error{QStringLiteral("cli.changed"), ImportCli::tr("%1：导入过程中文件被改动了").arg(files[i])};
        return std::move(loaded->report);
    };
}

// The finding counts of the reports imported, by agency and year. Counted a
// year at a time (report_checks.h): the counts are kept in the store, so the
// next `list` or board need not check these reports again.
QHash<QString, store::CheckSummary> countsOf(store::ReportStore &store, const QList<ReportId> &ids, Io &io)
{
    QSet<int> years;
    for (const auto &id : ids)
        years.insert(id.year);
    QList<int> sorted(years.begin(), years.end());
    std::sort(sorted.begin(), sorted.end());
    QHash<QString, store::CheckSummary> counts;
    auto states = collection::checkedStates(store, sorted);
    if (!states) {
        io.err << states.error().message << Qt::endl;
        return counts;
    }
    for (const auto &s : states.value())
        counts.insert(keyOf(s.state.id), s.check);
    return counts;
}

int runImport(const Invocation &invocation, Io &io)
{
    const QStringList &args = invocation.arguments();
    const bool replace = invocation.isSet(QStringLiteral("replace"));
    const auto options = importOptions(invocation, io);
    if (!options)
        return ExitUnusable;
    const auto ids = checkAll(args, *options, io);
    if (!ids)
        return ExitUnusable;
    auto store = openStore(databasePath(invocation), io);
    if (!store)
        return ExitUnusable;
    if (auto done = store->importEach(args.size(), rereader(args, *ids, *options), replace); !done) {
        io.err << done.error().message << ' ' << ImportCli::tr("（没有导入任何文件）") << Qt::endl;
        return ExitUnusable;
    }
    const auto counts = countsOf(*store, *ids, io);
    bool anyErrors = false;
    for (qsizetype i = 0; i < ids->size(); ++i) {
        const ReportId &id = ids->at(i);
        const store::CheckSummary check = counts.value(keyOf(id));
        anyErrors = anyErrors || check.errors > 0;
        io.out << args[i] << ": " << ImportCli::tr("已导入 %1 %2 年度（草稿）：错误 %3，警告 %4")
                                          .arg(id.agency).arg(id.year).arg(check.errors).arg(check.warnings) << '\n';
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
