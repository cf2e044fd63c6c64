#include "bench/bench_fixture.h"

#include <QGuiApplication>
#include <benchmark/benchmark.h>
#include <cstdio>
#include <cstring>

// Google Benchmark's main, with a Qt application for the parts being measured:
// a QGuiApplication (offscreen, no display needed) because rendering needs fonts.
// `nianbao-bench --print-database` makes the database of 2,000 agencies ×
// 5 years once (as the storage benchmarks do) and prints its path, for the
// timing scripts (startup.sh, time_list_cli.sh), which copy it.
int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    if (argc == 2 && std::strcmp(argv[1], "--print-database") == 0) {
        std::puts(qPrintable(nb::bench::bigDatabase(nb::bench::Use::Pristine)));
        return 0;
    }
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
