// nianbao-cli export [--db PATH] --agency NAME --year Y --json OUT
// (the formats are listed in export_formats.cpp).
#include "app/cli/commands.h"
#include "app/cli/common_options.h"
#include "app/cli/export_formats.h"
#include "app/cli/store_access.h"

#include <QCoreApplication>

namespace nb::cli {

namespace {

struct ExportCli {
    Q_DECLARE_TR_FUNCTIONS(ExportCli)
};

QString formatList()
{
    QStringList flags;
    for (const auto &f : exportFormats())
        flags << QStringLiteral("--") + f.option;
    return flags.join(u'|');
}

int runExport(const Invocation &invocation, Io &io)
{
    const QList<ExportFormat> formats = exportFormats();
    const ExportFormat *format = nullptr;
    for (const auto &f : formats) {
        if (!invocation.isSet(f.option))
            continue;
        if (format)
            return invocation.usageError(io, ExportCli::tr("一次只能导出一种格式"));
        format = &f;
    }
    const auto agency = invocation.agency(io, QStringLiteral("agency"));
    if (!agency)
        return ExitUnusable;
    const auto year = invocation.year(io, QStringLiteral("year"));
    if (!year)
        return ExitUnusable;
    if (!format)
        return invocation.usageError(io, ExportCli::tr("请指定导出格式（%1）").arg(formatList()));
    const auto checkedOut = invocation.output(io, invocation.value(format->option), {databasePath(invocation)});
    if (!checkedOut)
        return ExitUnusable;
    auto store = openStore(databasePath(invocation), io);
    if (!store)
        return ExitUnusable;
    auto report = store->load({*agency, *year});
    if (!report) {
        io.err << report.error().message << Qt::endl;
        return ExitUnusable;
    }
    const QString out = *checkedOut;
    QMap<QString, QString> options;
    if (invocation.isSet(QStringLiteral("style")))
        options.insert(QStringLiteral("style"), invocation.value(QStringLiteral("style")));
    const auto def = report::Definition::builtin();
    if (auto written = format->write(report.value(), *def, out, options); !written) {
        io.err << out << ": " << written.error().message << Qt::endl;
        return ExitUnusable;
    }
    auto counts = countFindings(*store, report.value());
    const int errors = counts ? counts->errors : 0;
    if (errors > 0)
        io.err << ExportCli::tr("%1：已导出，但报告还有 %2 条错误").arg(out).arg(errors) << Qt::endl;
    return errors > 0 ? ExitErrors : ExitOk;
}

} // namespace

Command exportCommand()
{
    Command c;
    c.usage.name = QStringLiteral("export");
    c.usage.synopsis = QStringLiteral("export [--db PATH] --agency NAME --year Y (%1) OUT [--style official|gongwen]").arg(formatList());
    c.usage.summary = ExportCli::tr("把数据库中的一个报告导出为数据包、PDF、ODT、网页或 CSV");
    c.usage.description = ExportCli::tr("报告还有“错误”级别的检查结果时仍然导出，并在标准错误输出上说明，退出状态为 1。");
    c.usage.options = {databaseOption(), agencyOption(ExportCli::tr("机关名称，与数据库中的一致")),
                       yearOption(ExportCli::tr("报告年度"))};
    for (const auto &f : exportFormats())
        c.usage.options << QCommandLineOption(f.option, f.description, QStringLiteral("OUT"));
    c.usage.options << styleOption();
    c.usage.choices.insert(QStringLiteral("style"), styleChoices());
    c.usage.examples = {QStringLiteral("nianbao-cli export --agency 示例市人民政府 --year 2023 --pdf 2023.pdf"),
                        QStringLiteral("nianbao-cli export --agency=示例市人民政府 --year=2023 --json=2023.nianbao.json")};
    c.maxArguments = 0;
    c.needsFonts = true;
    c.run = runExport;
    return c;
}

} // namespace nb::cli
