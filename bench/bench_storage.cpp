// Benchmarks of the SQLite store: loading one report from a database of
// 2,000 agencies × 5 years, committing one edited cell durably, and starting
// a new year from the previous one.
#include "bench/bench_fixture.h"
#include "core/storage/sqlite_report_store.h"

#include <QTemporaryDir>
#include <benchmark/benchmark.h>

using namespace nb;

namespace {

using bench::openOrDie;
using bench::bigDatabase;
constexpr int kAgencies = bench::kBigAgencies;
constexpr int kFirstYear = bench::kBigFirstYear, kYears = bench::kBigYears;

QString agencyName(int i)
{
    return bench::bigAgencyName(i);
}

} // namespace

static void open_draft(benchmark::State &state)
{
    auto store = openOrDie(bigDatabase());
    int i = 0;
    for (auto _ : state) {
        i = (i + 617) % kAgencies;
        auto report = store->load({agencyName(i), kFirstYear + i % kYears});
        if (!report)
            state.SkipWithError(qPrintable(report.error().message));
        benchmark::DoNotOptimize(report);
    }
}
BENCHMARK(open_draft)->Unit(benchmark::kMillisecond);

static void save_edit(benchmark::State &state)
{
    auto store = openOrDie(bigDatabase());
    const store::ReportId id{agencyName(7), kFirstYear + 2};
    report::Report report = store->load(id).value();
    const QString key = QStringLiteral("requests.result.withheld.third_party.natural");
    const store::ChangeHint hint{{key}, {}, false, false};
    long long v = 0;
    for (auto _ : state) {
        report.cells[key] = report::Decimal::fromInteger(++v % 100);
        if (auto done = store->write(report, hint); !done)
            state.SkipWithError(qPrintable(done.error().message));
    }
}
BENCHMARK(save_edit)->Unit(benchmark::kMillisecond);

// What the editing session writes while someone types: one text section of
// about 1,500 characters, stating the version it is based on (the store
// compares it with the stored text inside the transaction).
static void save_text(benchmark::State &state)
{
    auto store = openOrDie(bigDatabase());
    const store::ReportId id{agencyName(11), kFirstYear + 2};
    report::Report report = store->load(id).value();
    const QString section = QStringLiteral("problems");
    const QString body = QStringLiteral("本年度政府信息公开工作存在的主要问题和改进措施。").repeated(60);
    store::ChangeHint hint{{}, {section}, false, false};
    long long v = 0;
    for (auto _ : state) {
        hint.textBase[section] = report.texts.value(section);
        report.texts[section] = body + QString::number(++v);
        if (auto done = store->write(report, hint); !done)
            state.SkipWithError(qPrintable(done.error().message));
    }
}
BENCHMARK(save_text)->Unit(benchmark::kMillisecond);

// What the open report's watch timer costs every 250 ms: has anyone else
// changed it? One indexed query.
static void watch_revision(benchmark::State &state)
{
    auto store = openOrDie(bigDatabase());
    const store::ReportId id{agencyName(13), kFirstYear + 1};
    for (auto _ : state) {
        auto revision = store->revision(id);
        if (!revision)
            state.SkipWithError(qPrintable(revision.error().message));
        benchmark::DoNotOptimize(revision);
    }
}
BENCHMARK(watch_revision)->Unit(benchmark::kMicrosecond);

// Year Y from Y−1 where Y already exists and is replaced: the slower path
// (snapshot of the old report, rewrite, snapshot of the new one).
static void new_year(benchmark::State &state)
{
    QTemporaryDir dir;
    auto store = openOrDie(dir.filePath(QStringLiteral("new-year.sqlite3")));
    report::Report report = bench::fullReport();
    QList<report::Report> previous;
    for (int i = 0; i < 50; ++i) {
        report.agencyName = agencyName(i);
        report.year = 2022;
        previous << report;
    }
    if (auto done = store->createAll(previous); !done)
        state.SkipWithError(qPrintable(done.error().message));
    int i = 0;
    for (auto _ : state) {
        auto made = store->newYear(agencyName(i % 50), 2023, true);
        if (!made)
            state.SkipWithError(qPrintable(made.error().message));
        ++i;
    }
}
BENCHMARK(new_year)->Unit(benchmark::kMillisecond);
