#pragma once
// Geometry of one table on a page: column widths that share the text block by
// what each column needs (labels wrap, figures never do), and row heights
// that fit every cell, spanning cells included. Units are device pixels.
#include "core/render/page_style.h"
#include "core/render/table_grid.h"

#include <QTextLayout>
#include <memory>

class QPaintDevice;

namespace nb::render {

struct LaidCell {
    const GridEntry *entry = nullptr;
    std::shared_ptr<QTextLayout> layout;
    qreal textHeight = 0;
};

class TableLayout {
public:
    TableLayout(const TableGrid &grid, const PageSpec &spec, QPaintDevice *device, qreal width);

    const TableGrid &grid() const { return *m_grid; }
    qreal columnX(int col) const { return m_x[col]; }
    qreal rowHeight(int row) const { return m_heights[row]; }
    qreal rowsHeight(int from, int to) const; // rows [from, to)
    qreal headerHeight() const { return rowsHeight(0, m_grid->headerRows()); }
    qreal totalHeight() const { return rowsHeight(0, m_grid->rowCount()); }
    qreal padding() const { return m_pad; }
    const std::vector<LaidCell> &cells() const { return m_cells; }

private:
    void computeWidths(qreal width);
    void layoutCells();
    void computeHeights();

    const TableGrid *m_grid;
    const PageSpec *m_spec;
    QPaintDevice *m_device;
    qreal m_pad = 0, m_line = 0;
    std::vector<qreal> m_x;       // column edges, size columns + 1
    std::vector<qreal> m_heights; // per grid row
    std::vector<LaidCell> m_cells;
};

// Lays `text` out in `width` with the style's font, alignment, first-line
// indent and fixed line pitch; lines are positioned from y = 0.
std::shared_ptr<QTextLayout> layoutText(const QString &text, const TextStyle &style, QPaintDevice *device,
                                        qreal width, qreal pitch, Qt::Alignment align);

} // namespace nb::render
