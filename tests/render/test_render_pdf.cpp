// The full fixture printed to PDF in both styles, read back with poppler.
#include "core/render/page_style.h"
#include "core/render/report_renderer.h"
#include "tests/render/render_support.h"
#include "tests/support/fixtures.h"

#include <QFont>
#include <QFontDatabase>
#include <QGlyphRun>
#include <QRawFont>
#include <QTextLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <catch2/catch.hpp>

using namespace nb;
using namespace nb::render;
using nb::test::runTool;

namespace {

QString renderPdf(PageStyle style)
{
    const QString path = test::tempPath(QStringLiteral("full-%1.pdf").arg(pageStyleKey(style)));
    const auto written = renderToFile(test::full2023(), *report::Definition::builtin(), OutputFormat::Pdf, style, path);
    INFO((written ? QString() : written.error().message).toStdString());
    REQUIRE(written.ok());
    return path;
}

QString pageText(const QString &pdf, int page)
{
    const QString n = QString::number(page);
    return QString::fromUtf8(runTool(QStringLiteral("pdftotext"),
                                     {QStringLiteral("-raw"), QStringLiteral("-f"), n, QStringLiteral("-l"), n, pdf,
                                      QStringLiteral("-")}));
}

int pageCount(const QString &pdf)
{
    const QString info = QString::fromUtf8(runTool(QStringLiteral("pdfinfo"), {pdf}));
    const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    REQUIRE(m.hasMatch());
    return m.captured(1).toInt();
}

// Labels may wrap inside a table cell; figures must appear as whole tokens,
// each table row's figures in order.
// `normal` is applied to both sides (identity, or NFKC).
void requireEverything(const QString &text, QString (*normal)(const QString &), const QString &what)
{
    INFO(what.toStdString());
    const auto def = report::Definition::builtin();
    const auto report = test::full2023();
    const QString flat = test::squeeze(normal(text));
    for (const auto &label : test::officialLabels(*def)) {
        INFO("label " << label.toStdString());
        CHECK(flat.contains(test::squeeze(normal(label))));
    }
    CHECK(flat.contains(test::squeeze(normal(def->title(report.agencyName, report.year)))));
    for (const auto &paragraph : report.texts)
        CHECK(flat.contains(test::squeeze(normal(paragraph))));
    const QStringList tokens = text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    for (const auto &row : test::expectedRows(report, *def)) {
        INFO("figures " << row.join(u' ').toStdString());
        CHECK(test::containsSequence(tokens, row));
    }
}

} // namespace

TEST_CASE("Both page styles print every label and figure, with every font embedded", "[render][pdf]")
{
    for (PageStyle style : {PageStyle::Official, PageStyle::Gongwen}) {
        const QString pdf = renderPdf(style);
        INFO("style " << pageStyleKey(style).toStdString());
        const int pages = pageCount(pdf);
        CHECK(pages >= 2);
        CHECK(pages <= 6);
        const QString info = QString::fromUtf8(runTool(QStringLiteral("pdfinfo"), {pdf}));
        CHECK(info.contains(QStringLiteral("(A4)")));

        // pdffonts: name type encoding emb sub uni object-id generation
        const QStringList fontLines = QString::fromUtf8(runTool(QStringLiteral("pdffonts"), {pdf})).split(u'\n', Qt::SkipEmptyParts).mid(2);
        CHECK(fontLines.size() >= 2);
        for (const auto &line : fontLines) {
            const QStringList f = line.split(u' ', Qt::SkipEmptyParts);
            INFO(line.toStdString());
            REQUIRE(f.size() >= 5);
            CHECK(f[f.size() - 5] == QLatin1String("yes"));
        }

        QString all;
        for (int p = 1; p <= pages; ++p)
            all += pageText(pdf, p) + u'\n';
        // The text layer must be right as extracted, and (trivially then) after NFKC.
        requireEverything(all, [](const QString &s) { return s; }, QStringLiteral("as extracted"));
        requireEverything(all, test::nfkc, QStringLiteral("after NFKC"));
    }
}

TEST_CASE("A table broken over pages repeats its header rows", "[render][pdf]")
{
    const auto def = report::Definition::builtin();
    const auto *requests = def->table(QStringLiteral("requests"));
    REQUIRE(requests);
    const QString corner = test::squeeze(requests->header.first().text);
    for (PageStyle style : {PageStyle::Official, PageStyle::Gongwen}) {
        const QString pdf = renderPdf(style);
        int pagesWithRows = 0;
        for (int p = 1; p <= pageCount(pdf); ++p) {
            const QString text = test::squeeze(pageText(pdf, p));
            bool hasRow = false;
            for (const auto &row : requests->rows)
                hasRow = hasRow || text.contains(test::squeeze(row.stub.last().text));
            if (!hasRow)
                continue;
            ++pagesWithRows;
            INFO("style " << pageStyleKey(style).toStdString() << " page " << p);
            for (const auto &h : requests->header)
                CHECK(text.contains(test::squeeze(h.text)));
            CHECK(text.contains(corner));
        }
        CHECK(pagesWithRows >= 1);
    }
}

// Qt writes a glyph's lowest code point into the PDF text layer. Noto CJK
// shares glyphs between ideographs and Kangxi / supplement radicals, so
// 人民 comes out as ⼈⺠ (⺠ has no NFKC mapping). The families the styles
// choose must extract correctly; the others are reported for the record.
TEST_CASE("The CJK fonts the page styles choose extract correctly from PDF", "[render][pdf][fonts]")
{
    const QString sample = QStringLiteral("人民政府工作年度报告一二三用行文门户生入示");
    using F = PageStyles::Face;
    for (F face : {F::Serif, F::FangSong, F::XiaoBiaoSong, F::Hei}) {
        const QStringList families = PageStyles::families(face);
        REQUIRE(families.size() >= 2); // Latin first, then at least one CJK family
        const QString path = test::tempPath(QStringLiteral("font-%1.pdf").arg(int(face)));
        {
            QPdfWriter writer(path);
            QPainter painter(&writer);
            QFont font;
            font.setFamilies(families);
            font.setPointSize(12);
            painter.setFont(font);
            painter.drawText(QPointF(100, 500), sample);
        }
        const QString text = QString::fromUtf8(runTool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}));
        INFO("families " << families.join(u',').toStdString() << " extracted " << text.toStdString());
        CHECK(test::squeeze(text) == sample);
    }
}

namespace {
// The leftmost x (points) of any word on page 1, from pdftotext -bbox.
double leftmostWord(const QString &pdf)
{
    const QString html = QString::fromUtf8(runTool(QStringLiteral("pdftotext"),
        {QStringLiteral("-bbox"), QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), pdf,
         QStringLiteral("-")}));
    double least = 1e9;
    auto it = QRegularExpression(QStringLiteral("<word xMin=\"([0-9.]+)\"")).globalMatch(html);
    while (it.hasNext())
        least = std::min(least, it.next().captured(1).toDouble());
    REQUIRE(least < 1e9);
    return least;
}

// Paints through render::paint (the print path) onto a PDF whose page layout has 50 mm margins.
QString paintWithWideMargins(PageStyle style, Margins margins, const QString &name)
{
    const QString path = test::tempPath(name);
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(50, 50, 50, 50), QPageLayout::Millimeter);
    paint(&writer, test::full2023(), *report::Definition::builtin(), style, margins);
    return path;
}
} // namespace

TEST_CASE("Printing keeps the margins chosen in page setup for the official style, never for 公文", "[render][pdf]")
{
    constexpr double mm = 72.0 / 25.4;
    const double chosen = leftmostWord(paintWithWideMargins(PageStyle::Official, Margins::Device, QStringLiteral("m1.pdf")));
    const double styled = leftmostWord(paintWithWideMargins(PageStyle::Official, Margins::Style, QStringLiteral("m2.pdf")));
    CHECK(chosen >= 50 * mm - 1);
    CHECK(styled < 50 * mm - 10); // the style's 25 mm
    CHECK(styled >= defaultMarginsMm(PageStyle::Official).left() * mm - 1);
    const double gongwen = leftmostWord(paintWithWideMargins(PageStyle::Gongwen, Margins::Device, QStringLiteral("m3.pdf")));
    CHECK(gongwen < 50 * mm - 10);
    CHECK(gongwen >= defaultMarginsMm(PageStyle::Gongwen).left() * mm - 1);
}

// The year in the printed title is drawn like the rest of it: one face, one
// weight, one size (a Latin year in a title of ideographs stood out).
TEST_CASE("The title's year has the weight and size of the rest of the title", "[render][pdf][fonts]")
{
    const auto def = report::Definition::builtin();
    const QString title = def->title(QStringLiteral("示例市人民政府"), 2023);
    for (PageStyle style : {PageStyle::Official, PageStyle::Gongwen}) {
        INFO("style " << pageStyleKey(style).toStdString());
        const QFont font = PageStyles::spec(style).title.font;
        QTextLayout layout(title, font);
        layout.beginLayout();
        layout.createLine();
        layout.endLayout();
        const QList<QGlyphRun> runs = layout.glyphRuns();
        REQUIRE_FALSE(runs.isEmpty());
        // With a title face other than Noto CJK installed (方正小标宋, or AR PL UMing as
        // on Debian), the whole title is drawn in it, digits included; with only Noto
        // CJK the digits must come from the Latin font (see page_style.h), and only
        // their weight and size can match.
        const QStringList ownFaces{QStringLiteral("方正小标宋简体"), QStringLiteral("方正小标宋_GBK"),
                                   QStringLiteral("FZXiaoBiaoSong-B05S"), QStringLiteral("FZXiaoBiaoSong-B05"),
                                   QStringLiteral("AR PL UMing CN")};
        const QStringList installed = QFontDatabase::families();
        const bool oneFace = std::any_of(ownFaces.begin(), ownFaces.end(),
                                         [&](const QString &f) { return installed.contains(f, Qt::CaseInsensitive); });
        if (!oneFace)
            WARN("no title face but Noto CJK installed: only weight and size are compared");
        const QRawFont first = runs.first().rawFont();
        for (const QGlyphRun &run : runs) {
            INFO("run in " << run.rawFont().familyName().toStdString() << " " << run.rawFont().styleName().toStdString());
            if (oneFace)
                CHECK(run.rawFont().familyName() == first.familyName());
            CHECK(run.rawFont().weight() == first.weight());
            CHECK(run.rawFont().pixelSize() == first.pixelSize());
        }
    }
}
