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

// ---- HTML: our reader against libxml2's HTML parser (issue 10's decision) ----
// Both start from the page's UTF-8 bytes; ours ends with the page's lines and
// cells, libxml2's with its tree walked once for the text (the least a reader
// built on it would do, before any table logic).
#include "core/interchange/html_layout_reader.h"
#ifdef NB_HAVE_LIBXML2
#include <libxml/HTMLparser.h>
#endif

namespace {

// 200,000 entities: 100,000 "&amp;" and 100,000 lone '&' (which once made the reader quadratic).
QByteArray entityPage()
{
    QByteArray page = "<html><body><p>";
    for (int i = 0; i < 100000; ++i)
        page += (i % 2 ? "&amp;" : "&nbsp;");
    page += "</p><p>";
    for (int i = 0; i < 100000; ++i)
        page += "& ";
    return page + "</p></body></html>";
}

void html_reader_ours(benchmark::State &state, QByteArray bytes)
{
    for (auto _ : state) {
        const auto lines = nb::interchange::readHtmlLayout(QString::fromUtf8(bytes));
        benchmark::DoNotOptimize(lines);
    }
}

void html_entities_ours(benchmark::State &state)
{
    html_reader_ours(state, entityPage());
}

#ifdef NB_HAVE_LIBXML2
size_t textLength(xmlNode *node)
{
    size_t n = 0;
    for (; node; node = node->next) {
        if (node->type == XML_TEXT_NODE && node->content)
            n += xmlStrlen(node->content);
        n += textLength(node->children);
    }
    return n;
}

void html_reader_libxml2(benchmark::State &state, QByteArray bytes)
{
    for (auto _ : state) {
        htmlDocPtr doc = htmlReadMemory(bytes.constData(), int(bytes.size()), "page.html", "UTF-8",
                                        HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
        benchmark::DoNotOptimize(textLength(xmlDocGetRootElement(doc)));
        xmlFreeDoc(doc);
    }
}

void html_entities_libxml2(benchmark::State &state)
{
    html_reader_libxml2(state, entityPage());
}
#endif

} // namespace

BENCHMARK(html_entities_ours)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(html_reader_ours, page, fixture("page-2023.html"))->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(html_reader_ours, word, fixture("html-word.html"))->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(html_reader_ours, nested, fixture("html-nested.html"))->Unit(benchmark::kMicrosecond);
#ifdef NB_HAVE_LIBXML2
BENCHMARK(html_entities_libxml2)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(html_reader_libxml2, page, fixture("page-2023.html"))->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(html_reader_libxml2, word, fixture("html-word.html"))->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(html_reader_libxml2, nested, fixture("html-nested.html"))->Unit(benchmark::kMicrosecond);
#endif
