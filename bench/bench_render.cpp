// Printing the full fixture report: to PDF in both page styles (target: the
// whole report in <= 100 ms), and to ODT, HTML and CSV.
#include "bench/bench_fixture.h"
#include "core/render/report_renderer.h"

#include <QTemporaryDir>
#include <benchmark/benchmark.h>

using namespace nb::render;

namespace {
void renderFile(benchmark::State &state, OutputFormat format, PageStyle style, const char *name)
{
    const auto report = nb::bench::fullReport();
    const auto def = nb::report::Definition::builtin();
    QTemporaryDir dir;
    const QString path = dir.filePath(QString::fromLatin1(name));
    for (auto _ : state) {
        const auto written = renderToFile(report, *def, format, style, path);
        if (!written)
            state.SkipWithError(written.error().message.toUtf8().constData());
    }
}
} // namespace

// Whole report to a PDF file: layout, font subsetting, writing, commit.
static void render_pdf(benchmark::State &state)
{
    renderFile(state, OutputFormat::Pdf, PageStyle::Official, "report.pdf");
}
BENCHMARK(render_pdf)->Unit(benchmark::kMillisecond);

static void render_pdf_gongwen(benchmark::State &state)
{
    renderFile(state, OutputFormat::Pdf, PageStyle::Gongwen, "report.pdf");
}
BENCHMARK(render_pdf_gongwen)->Unit(benchmark::kMillisecond);

static void render_odt(benchmark::State &state)
{
    renderFile(state, OutputFormat::Odt, PageStyle::Official, "report.odt");
}
BENCHMARK(render_odt)->Unit(benchmark::kMillisecond);

static void render_html(benchmark::State &state)
{
    const auto report = nb::bench::fullReport();
    const auto def = nb::report::Definition::builtin();
    for (auto _ : state)
        benchmark::DoNotOptimize(standaloneHtml(report, *def));
}
BENCHMARK(render_html)->Unit(benchmark::kMillisecond);

static void render_csv(benchmark::State &state)
{
    const auto report = nb::bench::fullReport();
    const auto def = nb::report::Definition::builtin();
    for (auto _ : state)
        benchmark::DoNotOptimize(csv(report, *def));
}
BENCHMARK(render_csv)->Unit(benchmark::kMillisecond);
