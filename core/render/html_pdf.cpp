#include "core/render/html_pdf.h"

#include "core/render/page_style.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextOption>
#include <QTextTable>

namespace nb::render {

namespace {

struct HtmlPdf {
    Q_DECLARE_TR_FUNCTIONS(HtmlPdf)
};

// The body font of the page's text: Latin first (digits print reliably into
// the PDF text layer), then the CJK face. The page's style sheet sets the sizes.
QFont bodyFont()
{
    QFont font;
    font.setFamilies(PageStyles::families(PageStyles::Face::Hei));
    font.setPointSizeF(10.5);
    return font;
}

// A list (a table of four or more columns) spans the page between the
// margins, as a printed form does; a small table keeps its width. Tables
// start at the margin, under the headings, as in a browser (Qt indents them).
void spanLists(QTextDocument &doc)
{
    for (QTextFrame *frame : doc.rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table)
            continue;
        QTextTableFormat format = table->format();
        format.setLeftMargin(0);
        format.setRightMargin(0);
        if (table->columns() >= 4)
            format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        table->setFormat(format);
    }
}

// How far OnePage may shrink the page: the 10.5 pt body to 9 pt.
constexpr qreal kSmallestScale = 9.0 / 10.5;

// Lays `html` out for the device: fonts in points at the device's resolution
// (the layout's paint device is the device; without it the layout is made for
// the screen's 96 dpi and prints at 96/1200 of its size on a 1200 dpi
// printer), the pages the device's printable area. Returns the scale to draw
// with: 1, or less when OnePage shrank the page onto one sheet.
qreal layOut(QTextDocument &doc, const QString &html, QPagedPaintDevice *device, PageFit fit)
{
    const QSizeF page = device->pageLayout().paintRectPixels(device->logicalDpiX()).size();
    doc.setDocumentMargin(0);
    doc.setDefaultFont(bodyFont());
    // Between words only: by default a narrow table column breaks a figure
    // or a cell key (312.4 as "312." and "4") anywhere.
    QTextOption wrap = doc.defaultTextOption();
    wrap.setWrapMode(QTextOption::WordWrap);
    doc.setDefaultTextOption(wrap);
    doc.setHtml(html);
    spanLists(doc);
    doc.documentLayout()->setPaintDevice(device);
    doc.setPageSize(page);
    if (fit == PageFit::Flow || doc.pageCount() <= 1)
        return 1;
    for (const qreal scale : {0.95, 0.9, kSmallestScale}) {
        doc.setPageSize(page / scale);
        if (doc.pageCount() <= 1)
            return scale;
    }
    doc.setPageSize(page); // too long for one readable sheet: flows on at full size
    return 1;
}

void paintPages(QTextDocument &doc, QPagedPaintDevice *device, qreal scale)
{
    QPainter painter(device);
    painter.scale(scale, scale);
    const QSizeF pageSize = doc.pageSize();
    for (int page = 0; page < doc.pageCount(); ++page) {
        if (page > 0)
            device->newPage();
        painter.save();
        painter.translate(0, -page * pageSize.height());
        const QRectF clip(0, page * pageSize.height(), pageSize.width(), pageSize.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        painter.setClipRect(clip);
        doc.documentLayout()->draw(&painter, context);
        painter.restore();
    }
}

} // namespace

void printHtml(const QString &html, QPagedPaintDevice *device, PageFit fit)
{
    QTextDocument doc;
    const qreal scale = layOut(doc, html, device, fit);
    paintPages(doc, device, scale);
}

QPageLayout htmlPageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(15, 15, 15, 15),
                       QPageLayout::Millimeter);
}

Status htmlToPdf(const QString &html, const QString &title, const QString &path, PageFit fit)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{QStringLiteral("render.write"), HtmlPdf::tr("无法写入 %1：%2").arg(path, file.errorString())};
    {
        QPdfWriter writer(&file);
        writer.setPageLayout(htmlPageLayout());
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Nianbao"));
        printHtml(html, &writer, fit);
    }
    if (!file.commit())
        return Error{QStringLiteral("render.write"), HtmlPdf::tr("无法写入 %1：%2").arg(path, file.errorString())};
    return success();
}

} // namespace nb::render
