#include <QCoreApplication>
#include <benchmark/benchmark.h>

// Google Benchmark's main, with a QCoreApplication for the Qt parts being measured.
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
