#include "core/render/html_pdf.h"

#include "core/render/page_style.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace nb::render {

namespace {

struct HtmlPdf {
    Q_DECLARE_TR_FUNCTIONS(HtmlPdf)
};

// The body font of the page's text: Latin first (digits print reliably into
// the PDF text layer), then the CJK face; 10 pt before any shrinking.
QFont bodyFont(qreal pointSize)
{
    QFont font;
    font.setFamilies(PageStyles::families(PageStyles::Face::Hei));
    font.setPointSizeF(pointSize);
    return font;
}

// Lays `html` out on the device's printable area; the font shrinks, for
// OnePage, until one page holds it (never below 5 pt: then it flows on).
void layOut(QTextDocument &doc, const QString &html, QPagedPaintDevice *device, PageFit fit)
{
    const QRectF page = device->pageLayout().paintRectPixels(device->logicalDpiX());
    doc.setDocumentMargin(0);
    for (qreal size = 10; ; size -= 0.5) {
        doc.setDefaultFont(bodyFont(size));
        doc.setHtml(html);
        doc.setPageSize(page.size());
        if (fit == PageFit::Flow || doc.pageCount() <= 1 || size <= 5)
            return;
    }
}

void paintPages(QTextDocument &doc, QPagedPaintDevice *device)
{
    QPainter painter(device);
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
    layOut(doc, html, device, fit);
    paintPages(doc, device);
}

Status htmlToPdf(const QString &html, const QString &title, const QString &path, PageFit fit)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{QStringLiteral("render.write"), HtmlPdf::tr("无法写入 %1：%2").arg(path, file.errorString())};
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Nianbao"));
        printHtml(html, &writer, fit);
    }
    if (!file.commit())
        return Error{QStringLiteral("render.write"), HtmlPdf::tr("无法写入 %1：%2").arg(path, file.errorString())};
    return success();
}

} // namespace nb::render
