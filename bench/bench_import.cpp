// Importing a published report: the whole path from the file's bytes (decoding,
// layout reading, section, row and column matching) to a Report. Target ≤ 2 ms.
#include "core/interchange/published_report_importer.h"

#include <QFile>
#include <benchmark/benchmark.h>

namespace {

QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(NB_TEST_DATA "/published/") + QString::fromLatin1(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the benchmark fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

void importFile(benchmark::State &state, const char *name)
{
    const QByteArray bytes = fixture(name);
    const QString fileName = QString::fromLatin1(name);
    const auto def = nb::report::Definition::builtin();
    for (auto _ : state) {
        auto result = nb::interchange::importPublishedReport(bytes, fileName, *def);
        if (!result)
            state.SkipWithError("import failed");
        benchmark::DoNotOptimize(result);
    }
}

void import_text(benchmark::State &state, const char *name)
{
    importFile(state, name);
}

void import_html(benchmark::State &state, const char *name)
{
    importFile(state, name);
}

} // namespace

BENCHMARK_CAPTURE(import_text, web_copy, "web-2023.txt")->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(import_text, pdftotext, "pdf-2023.txt")->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(import_html, utf8, "page-2023.html")->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(import_html, gbk, "page-gbk-2023.html")->Unit(benchmark::kMicrosecond);
