#pragma once
// Breaks the document into pages and paints them. Layout happens once, in
// the device's own pixels (fonts are measured for that device), so the page
// count is known before painting and page numbers can say "of N". Tables
// break only between rows, repeat their header rows on the next page, and a
// label spanning rows is repeated on each page the span reaches.
#include "core/render/document_model.h"
#include "core/render/page_style.h"
#include "core/render/table_layout.h"

#include <QRectF>
#include <vector>

class QPainter;
class QPaintDevice;

namespace nb::render {

class PageComposer {
public:
    // `device` gives the text block size (its width() x height()) and the metrics.
    PageComposer(const DocumentModel &doc, PageSpec spec, QPaintDevice *device);

    int pageCount() const { return int(m_pages.size()); }
    // Paints one page; the painter's origin is the top-left of the text block.
    void paintPage(QPainter *painter, int page) const;

private:
    struct TextItem {
        std::shared_ptr<QTextLayout> layout;
        int line = -1;   // one line of a paragraph, or -1 for the whole layout
        QPointF origin;  // where the layout's (0, 0) goes
        QRectF clip;     // non-empty: the text does not fit its table cell
    };
    struct Page {
        std::vector<TextItem> texts;
        std::vector<QRectF> boxes; // table cell borders
    };

    void fitCharactersPerLine();
    void placeBlock(int index);
    void placeLines(const std::shared_ptr<QTextLayout> &layout, const TextStyle &style);
    void placeText(const QString &text, const TextStyle &style, Qt::Alignment align);
    void placeTitle(const Block &block);
    void placeTable(const TableLayout &table);
    void placeTablePart(const TableLayout &table, int from, int to);
    void placeCell(const TableLayout &table, const LaidCell &cell, const QRectF &rect);
    qreal leadHeight(int index) const; // what must follow a heading on its page
    void newPage();
    void skip(qreal pixels);
    qreal remaining() const { return m_height - m_y; }
    qreal px(qreal points) const;
    qreal mm(qreal millimetres) const;

    const DocumentModel &m_doc;
    PageSpec m_spec;
    QPaintDevice *m_device;
    qreal m_width = 0, m_height = 0, m_y = 0;
    std::vector<Page> m_pages;
    std::vector<std::unique_ptr<TableLayout>> m_tables;
};

} // namespace nb::render
