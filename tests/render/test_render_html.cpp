// HTML: the table's rows, columns and spans equal the definition's grid.
#include "core/render/report_renderer.h"
#include "core/report/engine.h"
#include "tests/render/render_support.h"
#include "tests/support/fixtures.h"

#include <QRegularExpression>
#include <catch2/catch.hpp>

using namespace nb;
using namespace nb::render;

namespace {

struct ParsedCell {
    int row = 0, col = 0, rowSpan = 1, colSpan = 1;
    QString tag, text;
};

// Places each <th>/<td> on the grid the way a browser does: skipping
// positions taken by cells spanning down from earlier rows.
QList<ParsedCell> parseTable(const QString &html, int *rows, int *cols)
{
    static const QRegularExpression rowRe(QStringLiteral("<tr>(.*?)</tr>"), QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression cellRe(QStringLiteral("<(th|td)([^>]*)>(.*?)</\\1>"));
    static const QRegularExpression rowSpanRe(QStringLiteral("rowspan=\"(\\d+)\""));
    static const QRegularExpression colSpanRe(QStringLiteral("colspan=\"(\\d+)\""));
    QList<ParsedCell> cells;
    QSet<QPair<int, int>> taken;
    int r = 0;
    *cols = 0;
    for (auto rm = rowRe.globalMatch(html); rm.hasNext(); ++r) {
        const QString tr = rm.next().captured(1);
        int c = 0;
        for (auto cm = cellRe.globalMatch(tr); cm.hasNext();) {
            const auto m = cm.next();
            while (taken.contains({r, c}))
                ++c;
            ParsedCell cell;
            cell.row = r;
            cell.col = c;
            cell.tag = m.captured(1);
            const auto rs = rowSpanRe.match(m.captured(2)), cs = colSpanRe.match(m.captured(2));
            cell.rowSpan = rs.hasMatch() ? rs.captured(1).toInt() : 1;
            cell.colSpan = cs.hasMatch() ? cs.captured(1).toInt() : 1;
            cell.text = m.captured(3);
            for (int i = 0; i < cell.rowSpan; ++i)
                for (int j = 0; j < cell.colSpan; ++j)
                    taken.insert({r + i, c + j});
            c += cell.colSpan;
            *cols = std::max(*cols, c);
            cells << cell;
        }
    }
    *rows = r;
    return cells;
}

const ParsedCell *at(const QList<ParsedCell> &cells, int row, int col)
{
    for (const auto &c : cells)
        if (c.row == row && c.col == col)
            return &c;
    return nullptr;
}

void requireGridMatches(const report::Table &t, const report::Report &report)
{
    INFO("table " << t.key.toStdString());
    const auto def = report::Definition::builtin();
    const QString html = tableHtml(report, *def, t.key);
    int rows = 0, cols = 0;
    const auto cells = parseTable(html, &rows, &cols);
    CHECK(rows == t.headerHeight + t.rows.size());
    CHECK(cols == t.gridColumns());
    int expectedCells = int(t.header.size() + t.rows.size() * t.columns.size());
    const auto same = [&](const report::GridCell &g, int rowOffset) {
        const ParsedCell *c = at(cells, g.row + rowOffset, g.col);
        INFO("grid cell " << g.text.toStdString());
        REQUIRE(c);
        CHECK(c->text == g.text.toHtmlEscaped());
        CHECK(c->rowSpan == g.rowSpan);
        CHECK(c->colSpan == g.colSpan);
        CHECK(c->tag == QLatin1String("th"));
    };
    for (const auto &h : t.header)
        same(h, 0);
    report::Engine engine(def);
    engine.load(report);
    for (int r = 0; r < t.rows.size(); ++r) {
        for (const auto &s : t.rows[r].stub) {
            same(s, t.headerHeight);
            ++expectedCells;
        }
        for (int c = 0; c < t.columns.size(); ++c) {
            const ParsedCell *cell = at(cells, t.headerHeight + r, t.stubWidth + c);
            REQUIRE(cell);
            const auto v = engine.value(t.cellIndex(r, c));
            CHECK(cell->tag == QLatin1String("td"));
            CHECK(cell->text == (v ? v->toString() : QStringLiteral("0")));
        }
    }
    CHECK(cells.size() == expectedCells);
}

} // namespace

TEST_CASE("Copy-table HTML has the definition's rows, columns and spans", "[render][html]")
{
    const auto report = test::full2023();
    for (const auto &t : report::Definition::builtin()->tables())
        requireGridMatches(t, report);
}

TEST_CASE("Blank cells print 0 and money prints as typed", "[render][html]")
{
    auto report = test::full2023();
    report.cells.clear();
    report.cells.insert(QStringLiteral("active.fees.amount"), test::dec("12.50"));
    for (const auto &t : report::Definition::builtin()->tables())
        requireGridMatches(t, report);
    const QString html = tableHtml(report, *report::Definition::builtin(), QStringLiteral("active.article20_8"));
    CHECK(html.contains(QStringLiteral(">12.50</td>")));
    CHECK(tableHtml(report, *report::Definition::builtin(), QStringLiteral("no.such.table")).isEmpty());
}

TEST_CASE("The standalone page is self-contained and holds the whole report", "[render][html]")
{
    const auto report = test::full2023();
    const auto def = report::Definition::builtin();
    const QString page = standaloneHtml(report, *def);
    CHECK(page.startsWith(QStringLiteral("<!DOCTYPE html>")));
    CHECK(page.contains(QStringLiteral("<meta charset=\"utf-8\">")));
    for (const QString &forbidden : {QStringLiteral("<script"), QStringLiteral("<link"), QStringLiteral("src="),
                                    QStringLiteral("url("), QStringLiteral("http")})
        CHECK_FALSE(page.contains(forbidden, Qt::CaseInsensitive));
    CHECK(page.count(QStringLiteral("<table")) == def->tables().size());
    for (const auto &label : test::officialLabels(*def))
        CHECK(page.contains(label.toHtmlEscaped()));
    for (const auto &paragraph : report.texts)
        for (const auto &line : paragraph.split(u'\n'))
            CHECK(page.contains(line.trimmed().toHtmlEscaped()));
    CHECK(page.contains(def->title(report.agencyName, report.year)));
}

TEST_CASE("Text that looks like markup is escaped", "[render][html]")
{
    auto report = test::full2023();
    report.agencyName = QStringLiteral("<b>示例</b>局");
    report.texts[QStringLiteral("problems")] = QStringLiteral("a < b & \"c\"");
    const QString page = standaloneHtml(report, *report::Definition::builtin());
    CHECK_FALSE(page.contains(QStringLiteral("<b>")));
    CHECK(page.contains(QStringLiteral("&lt;b&gt;示例&lt;/b&gt;局")));
    CHECK(page.contains(QStringLiteral("a &lt; b &amp; &quot;c&quot;")));
}
