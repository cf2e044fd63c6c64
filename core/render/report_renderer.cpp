#include "core/render/report_renderer.h"
#include "core/render/csv_writer.h"
#include "core/render/document_model.h"
#include "core/render/html_writer.h"
#include "core/render/odt_writer.h"
#include "core/render/page_composer.h"
#include "core/render/page_style.h"

#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace nb::render {

using namespace nb::report;

namespace {

struct Renderer {
    Q_DECLARE_TR_FUNCTIONS(Renderer)
};

bool paintDocument(QPagedPaintDevice *device, const DocumentModel &doc, const PageSpec &spec)
{
    device->setPageMargins(spec.marginsMm, QPageLayout::Millimeter);
    const PageComposer composer(doc, spec, device);
    QPainter painter;
    if (!painter.begin(device))
        return false;
    for (int page = 0; page < composer.pageCount(); ++page) {
        if (page > 0)
            device->newPage();
        composer.paintPage(&painter, page);
    }
    return painter.end();
}

bool writePdf(QIODevice *out, const DocumentModel &doc, PageStyle style)
{
    const PageSpec spec = PageStyles::spec(style);
    QPdfWriter writer(out);
    writer.setPageSize(spec.pageSize);
    writer.setPageOrientation(QPageLayout::Portrait);
    writer.setTitle(doc.title());
    writer.setCreator(QStringLiteral("Nianbao"));
    return paintDocument(&writer, doc, spec);
}

Status failed(const QString &path, const QString &why)
{
    return Error{QStringLiteral("render.write"), Renderer::tr("无法写入 %1：%2").arg(path, why)};
}

} // namespace

std::optional<PageStyle> pageStyleFromKey(const QString &key)
{
    for (PageStyle s : {PageStyle::Official, PageStyle::Gongwen})
        if (pageStyleKey(s) == key)
            return s;
    return std::nullopt;
}

QString pageStyleKey(PageStyle style)
{
    return style == PageStyle::Gongwen ? QStringLiteral("gongwen") : QStringLiteral("official");
}

Status renderToFile(const Report &report, const Definition &def, OutputFormat format, PageStyle style,
                    const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(path, file.errorString());
    const DocumentModel doc = DocumentModel::build(report, def);
    bool ok = true;
    switch (format) {
    case OutputFormat::Pdf: ok = writePdf(&file, doc, style); break;
    case OutputFormat::Odt: ok = file.write(odtPackage(doc, PageStyles::spec(style))) >= 0; break;
    case OutputFormat::Html: ok = file.write(HtmlWriter(doc).page().toUtf8()) >= 0; break;
    case OutputFormat::Csv: ok = file.write(tablesCsv(doc)) >= 0; break;
    }
    if (!ok) {
        file.cancelWriting();
        return failed(path, file.errorString());
    }
    // Only a complete file replaces the target; an error leaves the old one untouched.
    if (!file.commit())
        return failed(path, file.errorString());
    return success();
}

void paint(QPagedPaintDevice *device, const Report &report, const Definition &def, PageStyle style, Margins margins)
{
    PageSpec spec = PageStyles::spec(style);
    const QPageLayout chosen = device->pageLayout();
    if (margins == Margins::Device && style == PageStyle::Official)
        spec.marginsMm = chosen.margins(QPageLayout::Millimeter);
    paintDocument(device, DocumentModel::build(report, def), spec);
    // The device keeps what the user chose (a preview paints again after each
    // change of page setup, and the page setup is remembered from the device).
    device->setPageLayout(chosen);
}

QMarginsF defaultMarginsMm(PageStyle style)
{
    return PageStyles::spec(style).marginsMm;
}

QString tableHtml(const Report &report, const Definition &def, const QString &tableKey)
{
    const DocumentModel doc = DocumentModel::build(report, def);
    for (int i = 0; i < doc.tables().size(); ++i)
        if (doc.tables()[i].key() == tableKey)
            return HtmlWriter(doc).table(i);
    return {};
}

QString standaloneHtml(const Report &report, const Definition &def)
{
    return HtmlWriter(DocumentModel::build(report, def)).page();
}

QByteArray csv(const Report &report, const Definition &def)
{
    return tablesCsv(DocumentModel::build(report, def));
}

} // namespace nb::render
