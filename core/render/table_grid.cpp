#include "core/render/table_grid.h"

#include <algorithm>

namespace nb::render {

using namespace nb::report;

QString printedValue(const Engine &engine, int cell)
{
    const CellValue v = engine.value(cell);
    return v ? v->toString() : QStringLiteral("0");
}

namespace {
GridEntry fromGridCell(const GridCell &g, int rowOffset, GridEntry::Kind kind)
{
    GridEntry e;
    e.row = g.row + rowOffset;
    e.col = g.col;
    e.rowSpan = g.rowSpan;
    e.colSpan = g.colSpan;
    e.text = g.text;
    e.kind = g.role == QLatin1String("note") ? GridEntry::Kind::Note : kind;
    return e;
}
} // namespace

TableGrid TableGrid::build(const Table &table, const Engine &engine)
{
    TableGrid grid;
    grid.m_key = table.key;
    grid.m_note = table.note;
    grid.m_headerRows = table.headerHeight;
    grid.m_stubColumns = table.stubWidth;
    grid.m_rows = table.headerHeight + int(table.rows.size());
    grid.m_cols = table.gridColumns();
    const auto &cells = engine.definition().cells();
    for (const auto &h : table.header)
        grid.m_entries << fromGridCell(h, 0, GridEntry::Kind::Header);
    for (int r = 0; r < table.rows.size(); ++r) {
        for (const auto &s : table.rows[r].stub)
            grid.m_entries << fromGridCell(s, table.headerHeight, GridEntry::Kind::Stub);
        for (int c = 0; c < table.columns.size(); ++c) {
            const int index = table.cellIndex(r, c);
            GridEntry e;
            e.row = table.headerHeight + r;
            e.col = table.stubWidth + c;
            e.text = printedValue(engine, index);
            e.cellKey = cells[index].key;
            grid.m_entries << e;
        }
    }
    // The definition lists header cells by row already; keep a stable reading order anyway.
    std::stable_sort(grid.m_entries.begin(), grid.m_entries.end(), [](const GridEntry &a, const GridEntry &b) {
        return a.row != b.row ? a.row < b.row : a.col < b.col;
    });
    return grid;
}

TableGrid TableGrid::list(const QString &key, const QStringList &header, const QList<QStringList> &rows,
                          const QList<int> &textColumns)
{
    TableGrid grid;
    grid.m_key = key;
    grid.m_headerRows = 1;
    grid.m_stubColumns = 1;
    grid.m_rows = 1 + int(rows.size());
    grid.m_cols = int(header.size());
    for (int c = 0; c < header.size(); ++c)
        grid.m_entries << GridEntry{0, c, 1, 1, header[c], GridEntry::Kind::Header, {}};
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < header.size(); ++c) {
            const bool text = c == 0 || textColumns.contains(c);
            grid.m_entries << GridEntry{1 + r, c, 1, 1, rows[r].value(c),
                                        text ? GridEntry::Kind::Stub : GridEntry::Kind::Value, {}};
        }
    return grid;
}

} // namespace nb::render
