// ODT (content.xml holds every label, merged cells intact) and CSV for Excel/WPS.
#include "core/render/report_renderer.h"
#include "tests/render/render_support.h"
#include "tests/support/fixtures.h"

#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <catch2/catch.hpp>

using namespace nb;
using namespace nb::render;

namespace {

// All character data of an XML document, in order.
// `rowWidths`: per table row, its cells plus covered cells (ODF needs both).
QString xmlText(const QByteArray &xml, QStringList *spans, QList<int> *rowWidths)
{
    QXmlStreamReader reader(xml);
    QString text;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == QLatin1String("table-row"))
            *rowWidths << 0;
        if (reader.isStartElement() &&
            (reader.name() == QLatin1String("table-cell") || reader.name() == QLatin1String("covered-table-cell")))
            ++rowWidths->last();
        if (reader.isCharacters())
            text += reader.text().toString() + u' ';
        if (reader.isStartElement() && reader.name() == QLatin1String("table-cell")) {
            const auto a = reader.attributes();
            const QString rows = QStringLiteral("table:number-rows-spanned");
            const QString cols = QStringLiteral("table:number-columns-spanned");
            // The writer leaves out a span of 1.
            if (a.hasAttribute(rows) || a.hasAttribute(cols))
                *spans << (a.hasAttribute(rows) ? a.value(rows).toString() : QStringLiteral("1")) + u'x' +
                              (a.hasAttribute(cols) ? a.value(cols).toString() : QStringLiteral("1"));
        }
    }
    REQUIRE_FALSE(reader.hasError());
    return text;
}

// RFC 4180 records (quoted fields may hold commas, quotes and line breaks).
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> records{{}};
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text[i];
        if (quoted) {
            if (ch == u'"' && i + 1 < text.size() && text[i + 1] == u'"')
                field += u'"', ++i;
            else if (ch == u'"')
                quoted = false;
            else
                field += ch;
        } else if (ch == u'"') {
            quoted = true;
        } else if (ch == u',') {
            records.last() << field;
            field.clear();
        } else if (ch == u'\n') {
            records.last() << field;
            field.clear();
            records << QStringList{};
        } else if (ch != u'\r') {
            field += ch;
        }
    }
    return records;
}

} // namespace

TEST_CASE("ODT holds every label, figure and merged cell", "[render][odt]")
{
    const auto def = report::Definition::builtin();
    const auto report = test::full2023();
    const QString path = test::tempPath(QStringLiteral("full.odt"));
    const auto written = renderToFile(report, *def, OutputFormat::Odt, PageStyle::Official, path);
    REQUIRE(written.ok());
    const QByteArray xml = test::runTool(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("content.xml")});
    REQUIRE_FALSE(xml.isEmpty());
    QStringList spans;
    QList<int> rowWidths;
    const QString text = xmlText(xml, &spans, &rowWidths);
    const QString flat = test::squeeze(text);
    for (const auto &label : test::officialLabels(*def)) {
        INFO(label.toStdString());
        CHECK(flat.contains(test::squeeze(label)));
    }
    const QStringList tokens = text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    for (const auto &row : test::expectedRows(report, *def))
        CHECK(test::containsSequence(tokens, row));
    // Every merged cell of the definition is merged in the document.
    QStringList expectedSpans;
    for (const auto &t : def->tables()) {
        QList<report::GridCell> grid = t.header;
        for (const auto &r : t.rows)
            grid += r.stub;
        for (const auto &g : grid)
            if (g.rowSpan > 1 || g.colSpan > 1)
                expectedSpans << QString::number(g.rowSpan) + u'x' + QString::number(g.colSpan);
    }
    spans.sort();
    expectedSpans.sort();
    CHECK(spans == expectedSpans);
    QList<int> expectedWidths;
    for (const auto &t : def->tables())
        for (int r = 0; r < t.headerHeight + t.rows.size(); ++r)
            expectedWidths << t.gridColumns();
    CHECK(rowWidths == expectedWidths);
    // The page is A4 with the style's margins.
    const QString styles = QString::fromUtf8(
        test::runTool(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("styles.xml")}));
    CHECK(styles.contains(QStringLiteral("fo:page-width=\"210.00mm\"")));
    CHECK(styles.contains(QStringLiteral("fo:margin-left=\"25.00mm\"")));
    CHECK(test::runTool(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("mimetype")}) ==
          "application/vnd.oasis.opendocument.text");
}

TEST_CASE("CSV is UTF-8 with BOM and lays each table out on its grid", "[render][csv]")
{
    const auto def = report::Definition::builtin();
    const auto report = test::full2023();
    const QByteArray bytes = csv(report, *def);
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    const auto records = parseCsv(QString::fromUtf8(bytes.mid(3)));
    const auto rows = test::expectedRows(report, *def);
    int dataRow = 0;
    for (const auto &t : def->tables()) {
        for (int r = 0; r < t.rows.size(); ++r, ++dataRow) {
            // The row's figures follow its stub columns on some record of the table.
            bool found = false;
            for (const auto &rec : records)
                found = found || (rec.size() == t.gridColumns() && rec.mid(t.stubWidth) == rows[dataRow] &&
                                  (t.stubWidth == 0 || rec.mid(0, t.stubWidth).join(QString()).contains(t.rows[r].stub.last().text)));
            INFO(t.key.toStdString() << " row " << r);
            CHECK(found);
        }
    }
    const QString flat = QString::fromUtf8(bytes);
    for (const auto &t : def->tables())
        for (const auto &h : t.header)
            CHECK(flat.contains(h.text));
    // Fields with commas or quotes survive the round trip.
    auto tricky = report;
    tricky.agencyName = QStringLiteral("示例,\"局\"");
    const auto trickyRecords = parseCsv(QString::fromUtf8(csv(tricky, *def).mid(3)));
    CHECK(trickyRecords.first().first() == def->title(tricky.agencyName, tricky.year));
}

TEST_CASE("A failed write names the file and leaves nothing behind", "[render]")
{
    const QString path = test::tempPath(QStringLiteral("missing-dir/out.pdf"));
    const auto written = renderToFile(test::full2023(), *report::Definition::builtin(), OutputFormat::Pdf,
                                      PageStyle::Official, path);
    REQUIRE_FALSE(written.ok());
    CHECK(written.error().message.contains(path));
    CHECK_FALSE(QFile::exists(path));
}
