// Benchmarks of the collection (issue 12): 汇总 of 1,000 agencies from the
// database and from 1,000 package files, the board of 2,000 agencies
// refreshed, explaining one cell over 1,000 agencies, and opening a report as
// the window does in a database of 10,000 reports. The databases and files
// are made once in the temp folder (bench_fixture.h). "_cold" runs start from
// a copy whose finding counts were never kept, as on the first board or
// aggregate after an import by an older program; the others are what every
// later refresh costs.
#include "bench/bench_fixture.h"
#include "core/collection/aggregate.h"
#include "core/collection/board.h"
#include "core/collection/explain.h"
#include "core/collection/report_list.h"
#include "core/interchange/report_file.h"
#include "core/report/definition.h"
#include "core/session/draft_session.h"

#include <QFile>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>

using namespace nb;

namespace {

constexpr int kYear = 2023;

// A copy of `path` in `dir`, so that a cold run does not warm the cached file.
QString copyOf(const QString &path, const QTemporaryDir &dir)
{
    const QString copy = dir.filePath(QStringLiteral("copy.sqlite3"));
    QFile::remove(copy);
    if (!QFile::copy(path, copy))
        qFatal("cannot copy %s", qPrintable(path));
    return copy;
}

void fromStoreOnce(benchmark::State &state, store::ReportStore &store)
{
    auto aggregate = collection::Aggregation::fromStore(store, bench::cityNode(), kYear);
    if (!aggregate || aggregate->contributions.size() != bench::kCityAgencies)
        state.SkipWithError(aggregate ? "not every agency contributed" : qPrintable(aggregate.error().message));
    benchmark::DoNotOptimize(aggregate);
}

} // namespace

// 汇总 of 1,000 agencies from the database (counts kept): target ≤ 1 s.
static void aggregate_store(benchmark::State &state)
{
    auto store = bench::openOrDie(bench::cityDatabase());
    if (auto warm = collection::Aggregation::fromStore(*store, bench::cityNode(), kYear); !warm)
        state.SkipWithError(qPrintable(warm.error().message));
    for (auto _ : state)
        fromStoreOnce(state, *store);
}
BENCHMARK(aggregate_store)->Unit(benchmark::kMillisecond);

// The same when no count is kept yet: every report checked (and the counts kept).
static void aggregate_store_cold(benchmark::State &state)
{
    const QString source = bench::cityDatabase(bench::Use::Pristine);
    QTemporaryDir dir;
    for (auto _ : state) {
        state.PauseTiming();
        auto store = bench::openOrDie(copyOf(source, dir));
        state.ResumeTiming();
        fromStoreOnce(state, *store);
    }
}
BENCHMARK(aggregate_store_cold)->Unit(benchmark::kMillisecond)->Iterations(3);

// 汇总 of 1,000 package files, read one at a time: target ≤ 2 s.
static void aggregate_files(benchmark::State &state)
{
    const QStringList files = bench::cityPackageFiles();
    const auto def = report::Definition::builtin();
    const collection::Aggregation::ReportReader read = [&](qsizetype i) -> Result<report::Report> {
        auto loaded = interchange::ReportFile::read(files[i], *def);
        if (!loaded)
            return loaded.error();
        return loaded->report;
    };
    for (auto _ : state) {
        auto aggregate = collection::Aggregation::fromReports(files.size(), read, kYear, bench::cityNode());
        if (!aggregate || aggregate->contributions.size() != bench::kCityAgencies)
            state.SkipWithError(aggregate ? "not every file contributed" : qPrintable(aggregate.error().message));
        benchmark::DoNotOptimize(aggregate);
    }
}
BENCHMARK(aggregate_files)->Unit(benchmark::kMillisecond);

// 查看构成 of one cell over 1,000 agencies: target ≤ 50 ms.
static void explain_cell(benchmark::State &state)
{
    auto store = bench::openOrDie(bench::cityDatabase());
    auto aggregate = collection::Aggregation::fromStore(*store, bench::cityNode(), kYear);
    if (!aggregate) {
        state.SkipWithError(qPrintable(aggregate.error().message));
        return;
    }
    const auto def = report::Definition::builtin();
    const QString key = QStringLiteral("active.licensing.decisions");
    for (auto _ : state) {
        auto explained = collection::explain(aggregate.value(), *def, key);
        if (!explained || explained->lines.size() != bench::kCityAgencies)
            state.SkipWithError(explained ? "not every agency explained" : qPrintable(explained.error().message));
        benchmark::DoNotOptimize(explained);
    }
}
BENCHMARK(explain_cell)->Unit(benchmark::kMillisecond);

namespace {

void boardOnce(benchmark::State &state, store::ReportStore &store)
{
    auto board = collection::loadBoard(store, QString(), kYear);
    if (!board || board->rows.size() != bench::kBigAgencies)
        state.SkipWithError(board ? "not every agency on the board" : qPrintable(board.error().message));
    benchmark::DoNotOptimize(board);
}

} // namespace

// The board of 2,000 agencies refreshed after one of them changed a figure
// (what the window does when a report changes): target ≤ 200 ms.
static void board_2000(benchmark::State &state)
{
    auto store = bench::openOrDie(bench::bigDatabase());
    boardOnce(state, *store); // the counts kept from here on
    const store::ReportId id{bench::bigAgencyName(5), kYear};
    report::Report report = store->load(id).value();
    const QString key = QStringLiteral("requests.new.natural");
    const store::ChangeHint hint{{key}, {}, false, false};
    long long v = 0;
    for (auto _ : state) {
        state.PauseTiming();
        report.cells[key] = report::Decimal::fromInteger(++v % 100);
        if (auto done = store->write(report, hint); !done)
            state.SkipWithError(qPrintable(done.error().message));
        state.ResumeTiming();
        boardOnce(state, *store);
    }
}
BENCHMARK(board_2000)->Unit(benchmark::kMillisecond);

// The first board of a year whose counts were never kept: 2,000 reports checked.
static void board_2000_cold(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString source = bench::bigDatabase(bench::Use::Pristine);
    for (auto _ : state) {
        state.PauseTiming();
        auto store = bench::openOrDie(copyOf(source, dir));
        state.ResumeTiming();
        boardOnce(state, *store);
    }
}
BENCHMARK(board_2000_cold)->Unit(benchmark::kMillisecond)->Iterations(3);

// What `nianbao-cli list` and the welcome page read: 10,000 reports with their
// kept counts (the first run keeps them).
static void list_10000(benchmark::State &state)
{
    auto store = bench::openOrDie(bench::bigDatabase());
    if (auto warm = collection::listReports(*store); !warm)
        state.SkipWithError(qPrintable(warm.error().message));
    for (auto _ : state) {
        auto listed = collection::listReports(*store);
        if (!listed || listed->size() != bench::kBigAgencies * bench::kBigYears)
            state.SkipWithError(listed ? "not every report listed" : qPrintable(listed.error().message));
        benchmark::DoNotOptimize(listed);
    }
}
BENCHMARK(list_10000)->Unit(benchmark::kMillisecond);

// A report opened as the window opens it (the report, its previous year, every
// rule evaluated) in the database of 2,000 agencies × 5 years: target ≤ 5 ms.
static void open_report_session(benchmark::State &state)
{
    auto store = bench::openOrDie(bench::bigDatabase());
    int i = 0;
    for (auto _ : state) {
        i = (i + 617) % bench::kBigAgencies;
        auto session = session::DraftSession::open(*store, {bench::bigAgencyName(i), kYear - i % 3});
        if (!session)
            state.SkipWithError(qPrintable(session.error().message));
        benchmark::DoNotOptimize(session);
    }
}
BENCHMARK(open_report_session)->Unit(benchmark::kMillisecond);
