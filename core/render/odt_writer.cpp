#include "core/render/odt_writer.h"
#include "core/render/table_layout.h"
#include "core/render/zip_writer.h"

#include <QHash>
#include <QImage>
#include <QXmlStreamWriter>

namespace nb::render {

namespace {

const QString kOffice = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
const QString kStyle = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0");
const QString kText = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
const QString kTable = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0");
const QString kFo = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0");

QString pt(qreal v) { return QString::number(v, 'f', 2) + QStringLiteral("pt"); }
QString mm(qreal v) { return QString::number(v, 'f', 2) + QStringLiteral("mm"); }

void declareNamespaces(QXmlStreamWriter &w)
{
    w.writeNamespace(kOffice, QStringLiteral("office"));
    w.writeNamespace(kStyle, QStringLiteral("style"));
    w.writeNamespace(kText, QStringLiteral("text"));
    w.writeNamespace(kTable, QStringLiteral("table"));
    w.writeNamespace(kFo, QStringLiteral("fo"));
}

QString alignValue(Qt::Alignment a)
{
    if (a & Qt::AlignHCenter)
        return QStringLiteral("center");
    if (a & Qt::AlignRight)
        return QStringLiteral("end");
    if (a & Qt::AlignJustify)
        return QStringLiteral("justify");
    return QStringLiteral("start");
}

void paragraphStyle(QXmlStreamWriter &w, const QString &name, const TextStyle &s, Qt::Alignment align,
                    bool keepWithNext = false)
{
    w.writeStartElement(kStyle, QStringLiteral("style"));
    w.writeAttribute(kStyle, QStringLiteral("name"), name);
    w.writeAttribute(kStyle, QStringLiteral("family"), QStringLiteral("paragraph"));
    w.writeEmptyElement(kStyle, QStringLiteral("paragraph-properties"));
    w.writeAttribute(kFo, QStringLiteral("text-align"), alignValue(align));
    w.writeAttribute(kFo, QStringLiteral("margin-top"), pt(s.spaceBeforePt));
    w.writeAttribute(kFo, QStringLiteral("margin-bottom"), pt(s.spaceAfterPt));
    w.writeAttribute(kFo, QStringLiteral("line-height"), pt(s.lineHeightPt));
    w.writeAttribute(kFo, QStringLiteral("text-indent"), pt(s.firstIndentEm * s.font.pointSizeF()));
    if (keepWithNext) // a heading never ends a page
        w.writeAttribute(kFo, QStringLiteral("keep-with-next"), QStringLiteral("always"));
    w.writeEmptyElement(kStyle, QStringLiteral("text-properties"));
    const QString size = pt(s.font.pointSizeF());
    const QString weight = s.font.bold() ? QStringLiteral("bold") : QStringLiteral("normal");
    w.writeAttribute(kFo, QStringLiteral("font-family"), s.officeFamily);
    w.writeAttribute(kStyle, QStringLiteral("font-family-asian"), s.officeFamily);
    w.writeAttribute(kFo, QStringLiteral("font-size"), size);
    w.writeAttribute(kStyle, QStringLiteral("font-size-asian"), size);
    w.writeAttribute(kFo, QStringLiteral("font-weight"), weight);
    w.writeAttribute(kStyle, QStringLiteral("font-weight-asian"), weight);
    w.writeEndElement();
}

// Column shares as on the printed page.
std::vector<qreal> columnWidthsMm(const TableGrid &grid, const PageSpec &spec, qreal widthMm)
{
    QImage probe(1, 1, QImage::Format_RGB32);
    const qreal toPixels = probe.logicalDpiX() / 25.4;
    const TableLayout layout(grid, spec, &probe, widthMm * toPixels);
    std::vector<qreal> out;
    for (int c = 0; c < grid.columnCount(); ++c)
        out.push_back((layout.columnX(c + 1) - layout.columnX(c)) / toPixels);
    return out;
}

class ContentWriter {
public:
    ContentWriter(const DocumentModel &doc, const PageSpec &spec) : m_doc(doc), m_spec(spec) {}
    QByteArray write();

private:
    void styles();
    void tableStyles(int index);
    void body();
    void paragraph(const QString &style, const QString &text);
    void table(int index);
    void cell(const GridEntry &e);

    const DocumentModel &m_doc;
    const PageSpec &m_spec;
    QByteArray m_out;
    QXmlStreamWriter m_w{&m_out};
};

QByteArray ContentWriter::write()
{
    m_w.writeStartDocument();
    declareNamespaces(m_w); // on the root element
    m_w.writeStartElement(kOffice, QStringLiteral("document-content"));
    m_w.writeAttribute(kOffice, QStringLiteral("version"), QStringLiteral("1.2"));
    styles();
    body();
    m_w.writeEndElement();
    m_w.writeEndDocument();
    return m_out;
}

void ContentWriter::styles()
{
    m_w.writeStartElement(kOffice, QStringLiteral("automatic-styles"));
    paragraphStyle(m_w, QStringLiteral("Title"), m_spec.title, m_spec.title.align);
    paragraphStyle(m_w, QStringLiteral("DocumentNumber"), m_spec.documentNumber, m_spec.documentNumber.align);
    paragraphStyle(m_w, QStringLiteral("Heading"), m_spec.heading, m_spec.heading.align, true);
    paragraphStyle(m_w, QStringLiteral("Body"), m_spec.body, m_spec.body.align);
    paragraphStyle(m_w, QStringLiteral("TableNote"), m_spec.tableNote, m_spec.tableNote.align);
    paragraphStyle(m_w, QStringLiteral("Date"), m_spec.date, m_spec.date.align);
    TextStyle cellText = m_spec.tableText;
    paragraphStyle(m_w, QStringLiteral("CellLeft"), cellText, Qt::AlignLeft);
    paragraphStyle(m_w, QStringLiteral("CellCentre"), cellText, Qt::AlignHCenter);
    m_w.writeStartElement(kStyle, QStringLiteral("style"));
    m_w.writeAttribute(kStyle, QStringLiteral("name"), QStringLiteral("Cell"));
    m_w.writeAttribute(kStyle, QStringLiteral("family"), QStringLiteral("table-cell"));
    m_w.writeEmptyElement(kStyle, QStringLiteral("table-cell-properties"));
    m_w.writeAttribute(kFo, QStringLiteral("border"), pt(m_spec.borderPt) + QStringLiteral(" solid #000000"));
    m_w.writeAttribute(kFo, QStringLiteral("padding"), pt(m_spec.cellPaddingPt));
    m_w.writeAttribute(kStyle, QStringLiteral("vertical-align"), QStringLiteral("middle"));
    m_w.writeEndElement();
    for (int t = 0; t < m_doc.tables().size(); ++t)
        tableStyles(t);
    m_w.writeEndElement();
}

void ContentWriter::tableStyles(int index)
{
    const qreal width = m_spec.pageSize.size(QPageSize::Millimeter).width() - m_spec.marginsMm.left() -
                        m_spec.marginsMm.right();
    const QString name = QStringLiteral("Table%1").arg(index + 1);
    m_w.writeStartElement(kStyle, QStringLiteral("style"));
    m_w.writeAttribute(kStyle, QStringLiteral("name"), name);
    m_w.writeAttribute(kStyle, QStringLiteral("family"), QStringLiteral("table"));
    m_w.writeEmptyElement(kStyle, QStringLiteral("table-properties"));
    m_w.writeAttribute(kStyle, QStringLiteral("width"), mm(width));
    m_w.writeAttribute(kTable, QStringLiteral("align"), QStringLiteral("margins"));
    m_w.writeAttribute(kFo, QStringLiteral("margin-bottom"), pt(m_spec.tableGapPt));
    m_w.writeEndElement();
    const auto widths = columnWidthsMm(m_doc.tables()[index], m_spec, width);
    for (size_t c = 0; c < widths.size(); ++c) {
        m_w.writeStartElement(kStyle, QStringLiteral("style"));
        m_w.writeAttribute(kStyle, QStringLiteral("name"), name + QStringLiteral(".C%1").arg(c));
        m_w.writeAttribute(kStyle, QStringLiteral("family"), QStringLiteral("table-column"));
        m_w.writeEmptyElement(kStyle, QStringLiteral("table-column-properties"));
        m_w.writeAttribute(kStyle, QStringLiteral("column-width"), mm(widths[c]));
        m_w.writeEndElement();
    }
}

void ContentWriter::body()
{
    m_w.writeStartElement(kOffice, QStringLiteral("body"));
    m_w.writeStartElement(kOffice, QStringLiteral("text"));
    for (const auto &b : m_doc.blocks()) {
        switch (b.kind) {
        case Block::Kind::Title: paragraph(QStringLiteral("Title"), b.text); break;
        case Block::Kind::DocumentNumber: paragraph(QStringLiteral("DocumentNumber"), b.text); break;
        case Block::Kind::Heading: paragraph(QStringLiteral("Heading"), b.text); break;
        case Block::Kind::Paragraph: paragraph(QStringLiteral("Body"), b.text); break;
        case Block::Kind::TableNote: paragraph(QStringLiteral("TableNote"), b.text); break;
        case Block::Kind::Date: paragraph(QStringLiteral("Date"), b.text); break;
        case Block::Kind::Table: table(b.table); break;
        }
    }
    m_w.writeEndElement();
    m_w.writeEndElement();
}

void ContentWriter::paragraph(const QString &style, const QString &text)
{
    m_w.writeStartElement(kText, QStringLiteral("p"));
    m_w.writeAttribute(kText, QStringLiteral("style-name"), style);
    m_w.writeCharacters(text);
    m_w.writeEndElement();
}

// Every grid position gets an element: the cell that starts there, or a
// covered cell under a merge (ODF requires them; LibreOffice relies on them).
void ContentWriter::table(int index)
{
    const TableGrid &grid = m_doc.tables()[index];
    QHash<int, const GridEntry *> starts;
    for (const auto &e : grid.entries())
        starts.insert(e.row * grid.columnCount() + e.col, &e);
    const QString name = QStringLiteral("Table%1").arg(index + 1);
    m_w.writeStartElement(kTable, QStringLiteral("table"));
    m_w.writeAttribute(kTable, QStringLiteral("name"), name);
    m_w.writeAttribute(kTable, QStringLiteral("style-name"), name);
    for (int c = 0; c < grid.columnCount(); ++c) {
        m_w.writeEmptyElement(kTable, QStringLiteral("table-column"));
        m_w.writeAttribute(kTable, QStringLiteral("style-name"), name + QStringLiteral(".C%1").arg(c));
    }
    for (int r = 0; r < grid.rowCount(); ++r) {
        if (r == 0 && grid.headerRows() > 0) // repeated on each page by the office program
            m_w.writeStartElement(kTable, QStringLiteral("table-header-rows"));
        m_w.writeStartElement(kTable, QStringLiteral("table-row"));
        for (int c = 0; c < grid.columnCount(); ++c) {
            if (const GridEntry *e = starts.value(r * grid.columnCount() + c))
                cell(*e);
            else
                m_w.writeEmptyElement(kTable, QStringLiteral("covered-table-cell"));
        }
        m_w.writeEndElement();
        if (r + 1 == grid.headerRows())
            m_w.writeEndElement();
    }
    m_w.writeEndElement();
}

void ContentWriter::cell(const GridEntry &e)
{
    m_w.writeStartElement(kTable, QStringLiteral("table-cell"));
    m_w.writeAttribute(kTable, QStringLiteral("style-name"), QStringLiteral("Cell"));
    if (e.colSpan > 1)
        m_w.writeAttribute(kTable, QStringLiteral("number-columns-spanned"), QString::number(e.colSpan));
    if (e.rowSpan > 1)
        m_w.writeAttribute(kTable, QStringLiteral("number-rows-spanned"), QString::number(e.rowSpan));
    m_w.writeAttribute(kOffice, QStringLiteral("value-type"), QStringLiteral("string"));
    const bool stubLabel = e.kind == GridEntry::Kind::Stub && e.rowSpan == 1;
    paragraph(stubLabel ? QStringLiteral("CellLeft") : QStringLiteral("CellCentre"), e.text);
    m_w.writeEndElement();
}

// Paper, margins of the style, and a centred page number in the footer.
QByteArray stylesXml(const PageSpec &spec)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartDocument();
    declareNamespaces(w);
    w.writeStartElement(kOffice, QStringLiteral("document-styles"));
    w.writeAttribute(kOffice, QStringLiteral("version"), QStringLiteral("1.2"));
    w.writeStartElement(kOffice, QStringLiteral("automatic-styles"));
    w.writeStartElement(kStyle, QStringLiteral("page-layout"));
    w.writeAttribute(kStyle, QStringLiteral("name"), QStringLiteral("Page"));
    w.writeEmptyElement(kStyle, QStringLiteral("page-layout-properties"));
    const QSizeF paper = spec.pageSize.size(QPageSize::Millimeter);
    w.writeAttribute(kFo, QStringLiteral("page-width"), mm(paper.width()));
    w.writeAttribute(kFo, QStringLiteral("page-height"), mm(paper.height()));
    w.writeAttribute(kStyle, QStringLiteral("print-orientation"), QStringLiteral("portrait"));
    w.writeAttribute(kFo, QStringLiteral("margin-top"), mm(spec.marginsMm.top()));
    w.writeAttribute(kFo, QStringLiteral("margin-bottom"), mm(spec.marginsMm.bottom() - spec.pageNumberGapMm));
    w.writeAttribute(kFo, QStringLiteral("margin-left"), mm(spec.marginsMm.left()));
    w.writeAttribute(kFo, QStringLiteral("margin-right"), mm(spec.marginsMm.right()));
    w.writeEndElement();
    paragraphStyle(w, QStringLiteral("Footer"), spec.pageNumber, Qt::AlignHCenter);
    w.writeEndElement();
    w.writeStartElement(kOffice, QStringLiteral("master-styles"));
    w.writeStartElement(kStyle, QStringLiteral("master-page"));
    w.writeAttribute(kStyle, QStringLiteral("name"), QStringLiteral("Standard"));
    w.writeAttribute(kStyle, QStringLiteral("page-layout-name"), QStringLiteral("Page"));
    w.writeStartElement(kStyle, QStringLiteral("footer"));
    w.writeStartElement(kText, QStringLiteral("p"));
    w.writeAttribute(kText, QStringLiteral("style-name"), QStringLiteral("Footer"));
    w.writeEmptyElement(kText, QStringLiteral("page-number"));
    w.writeAttribute(kText, QStringLiteral("select-page"), QStringLiteral("current"));
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}

QByteArray manifestXml()
{
    return QByteArrayLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">\n"
        " <manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.2\" "
        "manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>\n"
        " <manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>\n"
        " <manifest:file-entry manifest:full-path=\"styles.xml\" manifest:media-type=\"text/xml\"/>\n"
        "</manifest:manifest>\n");
}

} // namespace

QByteArray odtPackage(const DocumentModel &doc, const PageSpec &spec)
{
    ZipWriter zip;
    zip.add(QStringLiteral("mimetype"), QByteArrayLiteral("application/vnd.oasis.opendocument.text"));
    zip.add(QStringLiteral("content.xml"), ContentWriter(doc, spec).write());
    zip.add(QStringLiteral("styles.xml"), stylesXml(spec));
    zip.add(QStringLiteral("META-INF/manifest.xml"), manifestXml());
    return zip.finish();
}

} // namespace nb::render
