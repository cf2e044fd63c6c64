#include "core/render/table_layout.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <algorithm>
#include <numeric>

namespace nb::render {

std::shared_ptr<QTextLayout> layoutText(const QString &text, const TextStyle &style, QPaintDevice *device,
                                        qreal width, qreal pitch, Qt::Alignment align)
{
    auto layout = std::make_shared<QTextLayout>(text, style.font, device);
    QTextOption option(align);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout->setTextOption(option);
    const qreal indent = style.firstIndentEm * QFontMetricsF(style.font, device).horizontalAdvance(QChar(0x4E00));
    layout->beginLayout();
    qreal y = 0;
    for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
        const qreal x = y == 0 ? indent : 0;
        line.setLineWidth(std::max<qreal>(1, width - x));
        // Centre the glyphs in the fixed pitch so that every line sits on the page grid.
        line.setPosition(QPointF(x, y + (pitch - line.height()) / 2));
        y += pitch;
    }
    layout->endLayout();
    return layout;
}

namespace {
qreal pointsToPixels(qreal pt, const QPaintDevice *device)
{
    return pt * device->logicalDpiY() / 72.0;
}
} // namespace

TableLayout::TableLayout(const TableGrid &grid, const PageSpec &spec, QPaintDevice *device, qreal width)
    : m_grid(&grid), m_spec(&spec), m_device(device)
{
    m_pad = pointsToPixels(spec.cellPaddingPt, device);
    m_line = pointsToPixels(spec.tableText.lineHeightPt, device);
    computeWidths(width);
    layoutCells();
    computeHeights();
}

qreal TableLayout::rowsHeight(int from, int to) const
{
    return std::accumulate(m_heights.begin() + from, m_heights.begin() + to, qreal(0));
}

// Like an HTML table's automatic layout: every column gets its minimum (two
// characters, or its widest figure), then the rest of the width goes to the
// columns in proportion to how much more their one-line labels would need.
// A row label spanning several rows can wrap over them, so it asks for less.
void TableLayout::computeWidths(qreal width)
{
    const QFontMetricsF fm(m_spec->tableText.font, m_device);
    const qreal em = fm.horizontalAdvance(QChar(0x4E00));
    const int cols = m_grid->columnCount();
    std::vector<qreal> minW(cols, 2 * em), prefW(cols, 2 * em);
    for (int c = 0; c < m_grid->stubColumns(); ++c)
        minW[c] = prefW[c] = 4 * em;
    for (const auto &e : m_grid->entries()) {
        if (e.colSpan != 1)
            continue;
        const qreal natural = fm.horizontalAdvance(e.text);
        // Half a character of slack: an office program's substitute font may be wider.
        if (e.kind == GridEntry::Kind::Value)
            minW[e.col] = std::max(minW[e.col], natural + em / 2);
        const bool tallStub = e.kind == GridEntry::Kind::Stub && e.rowSpan > 1;
        const qreal wanted = tallStub ? natural / 2 : natural;
        prefW[e.col] = std::max(prefW[e.col], wanted);
    }
    qreal minSum = 0, extraSum = 0;
    for (int c = 0; c < cols; ++c) {
        minW[c] += 2 * m_pad;
        prefW[c] = std::max(prefW[c] + 2 * m_pad, minW[c]);
        minSum += minW[c];
        extraSum += prefW[c] - minW[c];
    }
    const qreal room = std::max<qreal>(0, width - minSum);
    std::vector<qreal> w(cols);
    for (int c = 0; c < cols; ++c) {
        if (extraSum > room)
            w[c] = minW[c] + room * (prefW[c] - minW[c]) / extraSum;
        else // everything fits on one line: share what is left equally
            w[c] = prefW[c] + (room - extraSum) / cols;
    }
    m_x.assign(cols + 1, 0);
    for (int c = 0; c < cols; ++c)
        m_x[c + 1] = m_x[c] + w[c];
}

void TableLayout::layoutCells()
{
    for (const auto &e : m_grid->entries()) {
        const qreal w = m_x[e.col + e.colSpan] - m_x[e.col] - 2 * m_pad;
        // Row labels read left-aligned like the official form; headers and figures centred.
        const bool stubLabel = e.kind == GridEntry::Kind::Stub && e.rowSpan == 1;
        const Qt::Alignment align = stubLabel ? Qt::AlignLeft : Qt::AlignHCenter;
        auto layout = layoutText(e.text, m_spec->tableText, m_device, w, m_line, align);
        m_cells.push_back(LaidCell{&e, layout, layout->lineCount() * m_line});
    }
}

void TableLayout::computeHeights()
{
    m_heights.assign(m_grid->rowCount(), m_line + 2 * m_pad);
    for (const auto &c : m_cells)
        if (c.entry->rowSpan == 1)
            m_heights[c.entry->row] = std::max(m_heights[c.entry->row], c.textHeight + 2 * m_pad);
    // A spanning cell taller than its rows stretches them evenly.
    for (const auto &c : m_cells) {
        const int from = c.entry->row, to = from + c.entry->rowSpan;
        if (c.entry->rowSpan == 1)
            continue;
        const qreal missing = c.textHeight + 2 * m_pad - rowsHeight(from, to);
        if (missing > 0)
            for (int r = from; r < to; ++r)
                m_heights[r] += missing / c.entry->rowSpan;
    }
}

} // namespace nb::render
