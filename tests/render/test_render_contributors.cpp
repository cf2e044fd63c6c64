// An aggregate (汇总) prints an appendix after the report: every agency in
// scope with its status, its error rules and its unexplained warnings, in
// every output (PDF in both styles, ODT, HTML, CSV); a plain report has none.
#include "core/render/report_renderer.h"
#include "tests/render/render_support.h"
#include "tests/support/fixtures.h"

#include <QFile>
#include <QRegularExpression>
#include <catch2/catch.hpp>

using namespace nb;
using namespace nb::render;
using report::CollectionStatus;

namespace {

report::Report aggregateReport()
{
    report::Report r = test::full2023();
    r.agencyName = QStringLiteral("示例市人民政府（汇总）");
    report::AggregateInfo info;
    info.contributors = {{QStringLiteral("示例市教育局"), CollectionStatus::Submitted, {}, 0},
                         {QStringLiteral("示例市公安局"), CollectionStatus::Draft, {"R3-BALANCE", "X-CARRY"}, 2},
                         {QStringLiteral("示例市民政局"), CollectionStatus::Missing, {}, 0}};
    r.aggregate = info;
    return r;
}

// The words as read, without markup or CSV's commas, whitespace removed.
QString plain(const QString &text)
{
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    return test::squeeze(QString(text).remove(tag).remove(u','));
}

QString rendered(const report::Report &r, OutputFormat format, PageStyle style, const QString &name)
{
    const QString path = test::tempPath(name);
    REQUIRE(renderToFile(r, *report::Definition::builtin(), format, style, path).ok());
    if (format == OutputFormat::Pdf)
        return plain(QString::fromUtf8(test::runTool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")})));
    if (format == OutputFormat::Odt)
        return plain(QString::fromUtf8(
            test::runTool(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("content.xml")})));
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return plain(QString::fromUtf8(f.readAll()));
}

} // namespace

TEST_CASE("render: an aggregate prints its contributors and their statuses in every output", "[render][aggregate]")
{
    const report::Report r = aggregateReport();
    const struct {
        OutputFormat format;
        PageStyle style;
        const char *file;
    } outputs[] = {{OutputFormat::Pdf, PageStyle::Official, "agg-official.pdf"},
                   {OutputFormat::Pdf, PageStyle::Gongwen, "agg-gongwen.pdf"},
                   {OutputFormat::Odt, PageStyle::Official, "agg.odt"},
                   {OutputFormat::Html, PageStyle::Official, "agg.html"},
                   {OutputFormat::Csv, PageStyle::Official, "agg.csv"}};
    for (const auto &o : outputs) {
        CAPTURE(o.file);
        const QString text = rendered(r, o.format, o.style, QLatin1String(o.file));
        CHECK(text.contains(QStringLiteral("附：参与汇总的机关（共3个，有报告的2个）")));
        // Agency then status (pdftotext reads the columns after them apart).
        for (const QString row : {"示例市教育局已报送", "示例市公安局草稿", "示例市民政局未开始"})
            CHECK(text.contains(row));
        CHECK(text.contains(QStringLiteral("R3-BALANCE、X-CARRY")));
        // After the report's own tables: the appendix is last.
        CHECK(text.indexOf(QStringLiteral("附：参与汇总的机关")) > text.indexOf(QStringLiteral("四、")));
    }
}

TEST_CASE("render: a report that is not an aggregate has no contributors appendix", "[render][aggregate]")
{
    const QString html = rendered(test::full2023(), OutputFormat::Html, PageStyle::Official, "plain.html");
    CHECK_FALSE(html.contains(QStringLiteral("参与汇总")));
}
