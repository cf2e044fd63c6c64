#include "app/cli/store_access.h"

#include "core/storage/postgres/open_store.h"

#include <QCoreApplication>

namespace nb::cli {

std::unique_ptr<store::ReportStore> openStore(const QString &db, Io &io)
{
    auto store = storage::openStore(db);
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
