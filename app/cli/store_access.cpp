#include "app/cli/store_access.h"

#include "core/storage/database_path.h"

#include <QCoreApplication>

namespace nb::cli {

namespace {
struct StoreCli {
    Q_DECLARE_TR_FUNCTIONS(StoreCli)
};
} // namespace

std::optional<QString> takeValueOption(QStringList &args, const QString &name, Io &io)
{
    const qsizetype at = args.indexOf(name);
    if (at < 0)
        return QString();
    if (at + 1 >= args.size() || args[at + 1].isEmpty()) {
        io.err << StoreCli::tr("%1 后面需要一个值").arg(name) << Qt::endl;
        return std::nullopt;
    }
    const QString value = args[at + 1];
    args.remove(at, 2);
    return value;
}

std::optional<QString> takeDatabaseOption(QStringList &args, Io &io)
{
    auto path = takeValueOption(args, QStringLiteral("--db"), io);
    if (path && path->isEmpty())
        return storage::defaultDatabasePath();
    return path;
}

std::unique_ptr<storage::SqliteReportStore> openStore(const QString &path, Io &io)
{
    auto store = storage::SqliteReportStore::open(path);
    if (!store) {
        io.err << store.error().message << Qt::endl;
        return nullptr;
    }
    return std::move(store.value());
}

Result<FindingCounts> countFindings(store::ReportStore &store, const report::Report &report)
{
    auto previous = store.load({report.agencyName, report.year - 1});
    if (!previous && previous.error().code != QLatin1String("store.not-found"))
        return previous.error();
    report::Engine engine;
    return countFindings(engine, report, previous ? std::optional(previous.value()) : std::nullopt);
}

FindingCounts countFindings(report::Engine &engine, const report::Report &report,
                            const std::optional<report::Report> &previous)
{
    engine.setPrevious(previous);
    engine.load(report);
    return FindingCounts{engine.count(report::Severity::Error), engine.count(report::Severity::Warning),
                         engine.count(report::Severity::Info)};
}

} // namespace nb::cli
