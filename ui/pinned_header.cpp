#include "ui/pinned_header.h"

#include "ui/report_table_view.h"

#include <QEvent>
#include <QHeaderView>
#include <QScrollArea>
#include <QScrollBar>

namespace nb::ui {

PinnedHeader::PinnedHeader(ReportTableView *table, QScrollArea *scroll)
    : QTableView(scroll->viewport()), m_table(table), m_scroll(scroll),
      m_headerRows(table->reportModel()->table().headerHeight)
{
    setObjectName(QStringLiteral("pinnedHeader"));
    setModel(table->model());
    horizontalHeader()->hide();
    verticalHeader()->hide();
    setWordWrap(true);
    setTextElideMode(Qt::ElideNone);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSelectionMode(QAbstractItemView::NoSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setFocusPolicy(Qt::NoFocus);
    for (const report::GridCell &g : table->reportModel()->spans())
        if (g.row < m_headerRows && (g.rowSpan > 1 || g.colSpan > 1))
            setSpan(g.row, g.col, g.rowSpan, g.colSpan);
    for (int r = m_headerRows; r < model()->rowCount(); ++r)
        setRowHidden(r, true);
    hide();
    connect(scroll->verticalScrollBar(), &QScrollBar::valueChanged, this, &PinnedHeader::reposition);
    connect(scroll->horizontalScrollBar(), &QScrollBar::valueChanged, this, &PinnedHeader::reposition);
    table->installEventFilter(this);            // its rows change height with its width and contents
    scroll->viewport()->installEventFilter(this); // the window was resized
}

bool PinnedHeader::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize || event->type() == QEvent::Move)
        reposition();
    return QTableView::eventFilter(watched, event);
}

void PinnedHeader::copyGeometry()
{
    int height = 2 * frameWidth();
    for (int r = 0; r < m_headerRows; ++r) {
        setRowHeight(r, m_table->rowHeight(r));
        height += m_table->rowHeight(r);
    }
    for (int c = 0; c < model()->columnCount(); ++c)
        setColumnWidth(c, m_table->columnWidth(c));
    setFixedSize(m_table->width(), height);
}

void PinnedHeader::reposition()
{
    if (m_headerRows == 0 || !m_table->isVisible()) {
        hide();
        return;
    }
    copyGeometry();
    const QPoint at = m_table->mapTo(m_scroll->viewport(), QPoint(0, 0));
    const int tableBottom = at.y() + m_table->height();
    const int lastRow = m_table->rowHeight(model()->rowCount() - 1);
    // Pinned while the table's top is above the viewport and a row is still
    // visible under the copy; it slides up with the table's last row.
    const bool pinned = at.y() < 0 && tableBottom > height() + lastRow / 2;
    if (!pinned) {
        hide();
        return;
    }
    move(at.x(), std::min(0, tableBottom - height() - lastRow));
    show();
    raise();
}

} // namespace nb::ui
