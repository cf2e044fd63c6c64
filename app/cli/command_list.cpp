// nianbao-cli list [--db PATH]: agencies, years, status and finding counts.
#include "app/cli/commands.h"
#include "app/cli/common_options.h"
#include "app/cli/store_access.h"
#include "core/collection/report_list.h"
#include "core/report/agency_name.h"

#include <QCoreApplication>

namespace nb::cli {

namespace {
struct ListCli {
    Q_DECLARE_TR_FUNCTIONS(ListCli)
};

int runList(const Invocation &invocation, Io &io)
{
    auto store = openStore(databasePath(invocation), io);
    if (!store)
        return ExitUnusable;
    // The kept finding counts (report_list.h): only reports changed since
    // they were last counted are checked again, so listing ten thousand
    // reads them rather than checks them.
    auto listed = collection::listReports(*store);
    if (!listed) {
        io.err << listed.error().message << Qt::endl;
        return ExitUnusable;
    }
    bool anyErrors = false;
    io.out << ListCli::tr("机关\t类型\t年度\t状态\t错误\t警告\t提示\t更新时间") << '\n';
    for (const auto &[s, counts] : listed.value()) {
        anyErrors = anyErrors || counts.errors > 0;
        // A name stored by another program may hold anything: never raw control characters on a terminal.
        io.out << report::AgencyName::printable(s.id.agency) << '\t' << report::agencyKindKey(s.kind) << '\t' << s.id.year << '\t'
               << report::reportStatusKey(s.status) << '\t' << counts.errors << '\t' << counts.warnings << '\t'
               << counts.infos << '\t' << s.updated.toLocalTime().toString(Qt::ISODate) << '\n';
    }
    io.out.flush();
    return anyErrors ? ExitErrors : ExitOk;
}

} // namespace

Command listCommand()
{
    Command c;
    c.usage.name = QStringLiteral("list");
    c.usage.synopsis = QStringLiteral("list [--db PATH]");
    c.usage.summary = ListCli::tr("列出数据库中的报告：机关、类型、年度、状态和检查结果数");
    c.usage.description = ListCli::tr("每个报告一行，以制表符分隔；有“错误”级别检查结果的报告使退出状态为 1。");
    c.usage.options = {databaseOption()};
    c.usage.examples = {QStringLiteral("nianbao-cli list"), QStringLiteral("nianbao-cli list --db 备份.sqlite3")};
    c.maxArguments = 0;
    c.run = runList;
    return c;
}

} // namespace nb::cli
