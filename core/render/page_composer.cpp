#include "core/render/page_composer.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <algorithm>

namespace nb::render {

namespace {
constexpr int kMinRowsPerPart = 3;     // never leave a lone row of a table at a page end
constexpr qreal kKeepWholeShare = 0.5; // tables up to half a page are never split
} // namespace

PageComposer::PageComposer(const DocumentModel &doc, PageSpec spec, QPaintDevice *device)
    : m_doc(doc), m_spec(std::move(spec)), m_device(device)
{
    m_width = device->width();
    m_height = device->height();
    fitCharactersPerLine();
    for (const auto &grid : doc.tables())
        m_tables.push_back(std::make_unique<TableLayout>(grid, m_spec, device, m_width));
    m_pages.emplace_back();
    for (int i = 0; i < doc.blocks().size(); ++i)
        placeBlock(i);
}

qreal PageComposer::px(qreal points) const
{
    return points * m_device->logicalDpiY() / 72.0;
}

qreal PageComposer::mm(qreal millimetres) const
{
    return millimetres * m_device->logicalDpiY() / 25.4;
}

// GB/T 9704: a line holds exactly 28 characters of the body size. 28 ems of
// 16 pt are 158 mm, a little more than the 156 mm text block, so the size
// shrinks by that hair (to 15.8 pt) and every line holds exactly 28. (Letter
// spacing would be the alternative, but Qt 6.4 scales it inconsistently
// between measuring and laying out on a high-resolution PDF device.)
void PageComposer::fitCharactersPerLine()
{
    if (m_spec.charsPerLine <= 0)
        return;
    const QString line(m_spec.charsPerLine, QChar(0x4E00));
    for (TextStyle *s : {&m_spec.body, &m_spec.heading, &m_spec.documentNumber, &m_spec.date}) {
        const qreal natural = QFontMetricsF(s->font, m_device).horizontalAdvance(line);
        if (natural > m_width)
            s->font.setPointSizeF(s->font.pointSizeF() * (m_width - 1) / natural);
    }
}

void PageComposer::newPage()
{
    m_pages.emplace_back();
    m_y = 0;
}

// Vertical space is dropped at the top of a page.
void PageComposer::skip(qreal pixels)
{
    if (m_y > 0)
        m_y = std::min(m_height, m_y + pixels);
}

void PageComposer::placeBlock(int index)
{
    const Block &b = m_doc.blocks()[index];
    switch (b.kind) {
    case Block::Kind::Title:
        return placeTitle(b);
    case Block::Kind::DocumentNumber:
        return placeText(b.text, m_spec.documentNumber, m_spec.documentNumber.align);
    case Block::Kind::Heading:
        skip(px(m_spec.heading.spaceBeforePt));
        if (px(m_spec.heading.lineHeightPt) + leadHeight(index + 1) > remaining())
            newPage();
        return placeText(b.text, m_spec.heading, m_spec.heading.align);
    case Block::Kind::Paragraph:
        return placeText(b.text, m_spec.body, m_spec.body.align);
    case Block::Kind::Table:
        return placeTable(*m_tables[b.table]);
    case Block::Kind::TableNote:
        placeText(b.text, m_spec.tableNote, m_spec.tableNote.align);
        return;
    case Block::Kind::Date:
        return placeText(b.text, m_spec.date, m_spec.date.align);
    }
}

// A heading stays with the start of what follows it: two lines of text, or a
// table's header and first rows (all of a small table).
qreal PageComposer::leadHeight(int index) const
{
    if (index >= m_doc.blocks().size())
        return 0;
    const Block &b = m_doc.blocks()[index];
    if (b.kind == Block::Kind::Table) {
        const TableLayout &t = *m_tables[b.table];
        if (t.totalHeight() <= m_height * kKeepWholeShare)
            return t.totalHeight();
        const int to = std::min(t.grid().rowCount(), t.grid().headerRows() + kMinRowsPerPart);
        return t.rowsHeight(0, to);
    }
    if (b.kind == Block::Kind::Paragraph)
        return 2 * px(m_spec.body.lineHeightPt);
    return 0;
}

void PageComposer::placeTitle(const Block &block)
{
    QString text = block.text;
    const QFontMetricsF fm(m_spec.title.font, m_device);
    // A title too long for one line breaks after the agency name, not mid-word.
    if (block.breakAt > 0 && fm.horizontalAdvance(text) > m_width)
        text.insert(block.breakAt, QChar::LineSeparator);
    placeText(text, m_spec.title, m_spec.title.align);
}

void PageComposer::placeText(const QString &text, const TextStyle &style, Qt::Alignment align)
{
    skip(px(style.spaceBeforePt));
    const qreal pitch = px(style.lineHeightPt);
    placeLines(layoutText(text, style, m_device, m_width, pitch, align), style);
    skip(px(style.spaceAfterPt));
}

void PageComposer::placeLines(const std::shared_ptr<QTextLayout> &layout, const TextStyle &style)
{
    const qreal pitch = px(style.lineHeightPt);
    for (int i = 0; i < layout->lineCount(); ++i) {
        if (m_y + pitch > m_height + 0.5)
            newPage();
        // Line i was laid out at y = i * pitch; shift it to the current position.
        m_pages.back().texts.push_back(TextItem{layout, i, QPointF(0, m_y - i * pitch), {}});
        m_y += pitch;
    }
}

void PageComposer::placeTable(const TableLayout &table)
{
    const TableGrid &grid = table.grid();
    if (table.totalHeight() <= m_height * kKeepWholeShare && table.totalHeight() > remaining())
        newPage();
    int from = grid.headerRows();
    while (from < grid.rowCount()) {
        const qreal room = remaining() - table.headerHeight();
        int to = from;
        for (qreal used = 0; to < grid.rowCount() && used + table.rowHeight(to) <= room + 0.5; ++to)
            used += table.rowHeight(to);
        const int wanted = std::min(kMinRowsPerPart, grid.rowCount() - from);
        if (to - from < wanted && m_y > 0) {
            newPage();
            continue;
        }
        to = std::max(to, from + 1); // a row taller than a page still has to go somewhere
        placeTablePart(table, from, to);
        from = to;
        if (from < grid.rowCount())
            newPage();
    }
    skip(px(m_spec.tableGapPt));
}

// Header rows, then data rows [from, to). A cell spanning rows outside that
// range is drawn for the part inside it, with its label repeated.
void PageComposer::placeTablePart(const TableLayout &table, int from, int to)
{
    const int headerRows = table.grid().headerRows();
    const qreal top = m_y, bodyTop = top + table.headerHeight();
    const auto rowY = [&](int r) {
        return r <= headerRows ? top + table.rowsHeight(0, r) : bodyTop + table.rowsHeight(from, r);
    };
    for (const auto &cell : table.cells()) {
        const GridEntry &e = *cell.entry;
        int r0 = e.row, r1 = e.row + e.rowSpan;
        if (r0 >= headerRows) {
            r0 = std::max(r0, from);
            r1 = std::min(r1, to);
            if (r0 >= r1)
                continue;
        }
        const qreal x0 = table.columnX(e.col), x1 = table.columnX(e.col + e.colSpan);
        placeCell(table, cell, QRectF(QPointF(x0, rowY(r0)), QPointF(x1, r1 == headerRows ? bodyTop : rowY(r1))));
    }
    m_y = bodyTop + table.rowsHeight(from, to);
}

void PageComposer::placeCell(const TableLayout &table, const LaidCell &cell, const QRectF &rect)
{
    Page &page = m_pages.back();
    page.boxes.push_back(rect);
    const qreal pad = table.padding();
    const bool fits = cell.textHeight <= rect.height() - 2 * pad + 0.5;
    const qreal y = fits ? rect.top() + (rect.height() - cell.textHeight) / 2 : rect.top() + pad;
    page.texts.push_back(TextItem{cell.layout, -1, QPointF(rect.left() + pad, y), fits ? QRectF() : rect});
}

void PageComposer::paintPage(QPainter *painter, int page) const
{
    const Page &p = m_pages[page];
    painter->save();
    QPen pen(Qt::black);
    pen.setWidthF(px(m_spec.borderPt));
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    for (const auto &box : p.boxes)
        painter->drawRect(box);
    for (const auto &t : p.texts) {
        if (!t.clip.isEmpty()) {
            painter->save();
            painter->setClipRect(t.clip);
        }
        if (t.line >= 0)
            t.layout->lineAt(t.line).draw(painter, t.origin);
        else
            t.layout->draw(painter, t.origin);
        if (!t.clip.isEmpty())
            painter->restore();
    }
    // Page number below the text block; gongwen keeps it one character in from the edge.
    const QString number = m_spec.pageNumberText(m_doc.pageNumberPattern(), page + 1, pageCount());
    const Qt::Alignment align = m_spec.pageNumberAlignment(page + 1);
    const qreal inset = align == Qt::AlignHCenter ? 0 : QFontMetricsF(m_spec.pageNumber.font, m_device).horizontalAdvance(QChar(0x4E00));
    const qreal pitch = px(m_spec.pageNumber.lineHeightPt);
    auto layout = layoutText(number, m_spec.pageNumber, m_device, m_width - inset, pitch, align);
    layout->draw(painter, QPointF(align == Qt::AlignLeft ? inset : 0, m_height + mm(m_spec.pageNumberGapMm)));
    painter->restore();
}

} // namespace nb::render
