// nianbao-cli export [--db PATH] --agency NAME --year Y --json OUT
// (the formats are listed in export_formats.cpp).
#include "app/cli/commands.h"
#include "app/cli/export_formats.h"
#include "app/cli/store_access.h"

#include <QCoreApplication>

namespace nb::cli {

namespace {

struct ExportCli {
    Q_DECLARE_TR_FUNCTIONS(ExportCli)
};

struct ExportRequest {
    QString db, agency;
    int year = 0;
    const ExportFormat *format = nullptr;
    QString out;
    QMap<QString, QString> options;
};

QString usage()
{
    QStringList flags;
    for (const auto &f : exportFormats())
        flags << f.option;
    return ExportCli::tr("用法：nianbao-cli export [--db PATH] --agency NAME --year Y %1 OUT").arg(flags.join(u'|'));
}

bool takeFormat(QStringList &args, ExportRequest &request, Io &io)
{
    for (const auto &format : exportFormats()) {
        auto out = takeValueOption(args, format.option, io);
        if (!out)
            return false;
        if (out->isEmpty())
            continue;
        if (request.format) {
            io.err << ExportCli::tr("一次只能导出一种格式") << Qt::endl;
            return false;
        }
        request.format = &format;
        request.out = *out;
    }
    return true;
}

std::optional<ExportRequest> parse(QStringList args, Io &io)
{
    ExportRequest r;
    const auto db = takeDatabaseOption(args, io);
    const auto agency = takeValueOption(args, QStringLiteral("--agency"), io);
    const auto year = takeValueOption(args, QStringLiteral("--year"), io);
    if (!db || !agency || !year || !takeFormat(args, r, io))
        return std::nullopt;
    for (const auto &name : exportValueOptions()) {
        auto value = takeValueOption(args, name, io);
        if (!value)
            return std::nullopt;
        if (!value->isEmpty())
            r.options.insert(name, *value);
    }
    bool yearOk = false;
    r.db = *db;
    r.agency = *agency;
    r.year = year->toInt(&yearOk);
    if (!args.isEmpty() || r.agency.isEmpty() || !yearOk || !r.format) {
        if (!args.isEmpty())
            io.err << ExportCli::tr("无法理解的参数：%1").arg(args.join(u' ')) << Qt::endl;
        io.err << usage() << Qt::endl;
        return std::nullopt;
    }
    return r;
}

} // namespace

int runExport(const QStringList &args, Io &io)
{
    const auto request = parse(args, io);
    if (!request)
        return ExitUnusable;
    auto store = openStore(request->db, io);
    if (!store)
        return ExitUnusable;
    auto report = store->load({request->agency, request->year});
    if (!report) {
        io.err << report.error().message << Qt::endl;
        return ExitUnusable;
    }
    const auto def = report::Definition::builtin();
    if (auto written = request->format->write(report.value(), *def, request->out, request->options); !written) {
        io.err << request->out << ": " << written.error().message << Qt::endl;
        return ExitUnusable;
    }
    auto counts = countFindings(*store, report.value());
    const int errors = counts ? counts->errors : 0;
    if (errors > 0)
        io.err << ExportCli::tr("%1：已导出，但报告还有 %2 条错误").arg(request->out).arg(errors) << Qt::endl;
    return errors > 0 ? ExitErrors : ExitOk;
}

} // namespace nb::cli
