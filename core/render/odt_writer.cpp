#include "core/render/odt_writer.h"
#include "core/render/table_layout.h"

#include <QImage>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QTextTable>

namespace nb::render {

namespace {

QTextCharFormat charFormat(const TextStyle &style)
{
    QTextCharFormat f;
    f.setFontFamilies(style.font.families());
    f.setFontPointSize(style.font.pointSizeF());
    f.setFontWeight(style.font.weight());
    return f;
}

QTextBlockFormat blockFormat(const TextStyle &style, Qt::Alignment align)
{
    QTextBlockFormat f;
    f.setAlignment(align);
    f.setTopMargin(style.spaceBeforePt);
    f.setBottomMargin(style.spaceAfterPt);
    f.setLineHeight(style.lineHeightPt, QTextBlockFormat::FixedHeight);
    if (style.firstIndentEm > 0)
        f.setTextIndent(style.firstIndentEm * style.font.pointSizeF());
    return f;
}

// Column shares as on the printed page, measured on an A4 text block.
QList<QTextLength> columnWidths(const TableGrid &grid, const PageSpec &spec)
{
    QImage probe(1, 1, QImage::Format_RGB32);
    const qreal width = 160.0 / 25.4 * probe.logicalDpiX();
    TableLayout layout(grid, spec, &probe, width);
    QList<QTextLength> out;
    for (int c = 0; c < grid.columnCount(); ++c)
        out << QTextLength(QTextLength::PercentageLength,
                           100.0 * (layout.columnX(c + 1) - layout.columnX(c)) / layout.columnX(grid.columnCount()));
    return out;
}

void insertTable(QTextCursor &cursor, const TableGrid &grid, const PageSpec &spec)
{
    QTextTableFormat tf;
    tf.setBorder(0.5);
    tf.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    tf.setBorderCollapse(true);
    tf.setCellSpacing(0);
    tf.setCellPadding(spec.cellPaddingPt);
    tf.setHeaderRowCount(grid.headerRows());
    tf.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    tf.setColumnWidthConstraints(columnWidths(grid, spec));
    QTextTable *table = cursor.insertTable(grid.rowCount(), grid.columnCount(), tf);
    const QTextCharFormat cf = charFormat(spec.tableText);
    for (const auto &e : grid.entries()) {
        if (e.rowSpan > 1 || e.colSpan > 1)
            table->mergeCells(e.row, e.col, e.rowSpan, e.colSpan);
        QTextTableCell cell = table->cellAt(e.row, e.col);
        QTextTableCellFormat cellFormat = cell.format().toTableCellFormat();
        cellFormat.setVerticalAlignment(QTextCharFormat::AlignMiddle);
        cell.setFormat(cellFormat);
        QTextCursor c = cell.firstCursorPosition();
        QTextBlockFormat bf;
        const bool stubLabel = e.kind == GridEntry::Kind::Stub && e.rowSpan == 1;
        bf.setAlignment(stubLabel ? Qt::AlignLeft : Qt::AlignHCenter);
        c.setBlockFormat(bf);
        c.insertText(e.text, cf);
    }
    cursor.movePosition(QTextCursor::End);
}

} // namespace

std::unique_ptr<QTextDocument> textDocument(const DocumentModel &doc, const PageSpec &spec)
{
    auto document = std::make_unique<QTextDocument>();
    document->setMetaInformation(QTextDocument::DocumentTitle, doc.title());
    QTextCursor cursor(document.get());
    bool first = true;
    const auto addText = [&](const QString &text, const TextStyle &style) {
        if (!first)
            cursor.insertBlock();
        first = false;
        cursor.setBlockFormat(blockFormat(style, style.align));
        cursor.insertText(text, charFormat(style));
    };
    for (const auto &b : doc.blocks()) {
        switch (b.kind) {
        case Block::Kind::Title: addText(b.text, spec.title); break;
        case Block::Kind::DocumentNumber: addText(b.text, spec.documentNumber); break;
        case Block::Kind::Heading: addText(b.text, spec.heading); break;
        case Block::Kind::Paragraph: addText(b.text, spec.body); break;
        case Block::Kind::TableNote: addText(b.text, spec.tableNote); break;
        case Block::Kind::Date: addText(b.text, spec.date); break;
        case Block::Kind::Table:
            insertTable(cursor, doc.tables()[b.table], spec);
            first = true; // the cursor now sits in the empty block after the table
            break;
        }
    }
    return document;
}

bool writeOdt(const DocumentModel &doc, const PageSpec &spec, QIODevice *out)
{
    const auto document = textDocument(doc, spec);
    QTextDocumentWriter writer(out, QByteArrayLiteral("odf"));
    return writer.write(document.get());
}

} // namespace nb::render
