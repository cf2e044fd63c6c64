// Benchmarks of the core: one edit with recalculation and rules, and checking a package.
#include "bench/bench_fixture.h"
#include "core/interchange/package.h"
#include "core/report/engine.h"

#include <benchmark/benchmark.h>

using namespace nb::report;

// One input edit in 三 on a full report: recompute the dependent totals and
// re-evaluate every in-report rule that reads them.
static void edit_cell(benchmark::State &state)
{
    Engine engine;
    engine.load(nb::bench::fullReport());
    const int cell = engine.definition().cellIndex(QStringLiteral("requests.result.withheld.third_party.natural"));
    const Decimal a = Decimal::fromInteger(3), b = Decimal::fromInteger(4);
    bool flip = false;
    for (auto _ : state) {
        auto changes = engine.setInput(cell, (flip = !flip) ? a : b);
        benchmark::DoNotOptimize(changes);
    }
}
BENCHMARK(edit_cell);

// Parse a full package from memory and evaluate every rule on it.
static void check_package(benchmark::State &state)
{
    const QByteArray json = nb::bench::fullPackageJson();
    const auto def = Definition::builtin();
    Engine engine(def);
    for (auto _ : state) {
        auto report = nb::interchange::Package::parse(json, *def);
        engine.load(report.value());
        benchmark::DoNotOptimize(engine.count(Severity::Error));
    }
}
BENCHMARK(check_package);
