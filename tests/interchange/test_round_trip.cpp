// Our own output comes back whole: a package printed as HTML, or as PDF (both
// page styles) turned into text by pdftotext -layout, converts back to every
// cell and stated total, the agency, the year and the texts.
#include "core/interchange/published_report_importer.h"
#include "core/render/report_renderer.h"
#include "tests/interchange/round_trip_support.h"
#include "tests/support/fixtures.h"

#include <QFile>
#include <catch2/catch.hpp>

#include "tests/support/catch_qt.h"

using namespace nb::report;
using namespace nb::interchange;
using nb::render::OutputFormat;
using nb::render::PageStyle;

namespace {

QByteArray rendered(const Report &report, OutputFormat format, PageStyle style, const QString &name)
{
    const QString path = nb::test::tempPath(name);
    const auto written = nb::render::renderToFile(report, *Definition::builtin(), format, style, path);
    INFO((written ? QString() : written.error().message).toStdString());
    REQUIRE(written.ok());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

ImportResult imported(const QByteArray &bytes, const QString &name)
{
    auto result = importPublishedReport(bytes, name);
    INFO(name.toStdString() << ": " << (result ? QString() : result.error().message).toStdString());
    REQUIRE(result.ok());
    return result.value();
}

const std::vector<std::pair<const char *, Report>> &reports()
{
    static const std::vector<std::pair<const char *, Report>> all{{"full-2023", nb::test::full2023()},
                                                                  {"every-cell", nb::test::everyCellReport()}};
    return all;
}

} // namespace

TEST_CASE("our own HTML export converts back to every cell and stated total", "[import][roundtrip]")
{
    for (const auto &[name, report] : reports())
        for (PageStyle style : {PageStyle::Official, PageStyle::Gongwen}) {
            const QString file = QStringLiteral("%1-%2.html").arg(QLatin1String(name), nb::render::pageStyleKey(style));
            DYNAMIC_SECTION(file.toStdString())
            {
                const ImportResult back = imported(rendered(report, OutputFormat::Html, style, file), file);
                CHECK(nb::test::roundTripDifferences(report, back, *Definition::builtin()) == QStringList());
            }
        }
}

TEST_CASE("the pdftotext -layout text of our own PDF converts back to every cell and stated total", "[import][roundtrip][pdf]")
{
    for (const auto &[name, report] : reports())
        for (PageStyle style : {PageStyle::Official, PageStyle::Gongwen}) {
            const QString file = QStringLiteral("%1-%2.pdf").arg(QLatin1String(name), nb::render::pageStyleKey(style));
            DYNAMIC_SECTION(file.toStdString())
            {
                rendered(report, OutputFormat::Pdf, style, file);
                const QByteArray text = nb::test::runProgram(QStringLiteral("pdftotext"),
                                                             {QStringLiteral("-layout"), nb::test::tempPath(file), QStringLiteral("-")});
                REQUIRE(text.size() > 1000);
                const ImportResult back = imported(text, file + QStringLiteral(".txt"));
                CHECK(nb::test::roundTripDifferences(report, back, *Definition::builtin()) == QStringList());
            }
        }
}
