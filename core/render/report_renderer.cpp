#include "core/render/report_renderer.h"
#include "core/render/csv_writer.h"
#include "core/render/document_model.h"
#include "core/render/html_writer.h"
#include "core/render/odt_writer.h"
#include "core/render/page_composer.h"
#include "core/render/page_style.h"

#include <QBuffer>
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

void paintDocument(QPagedPaintDevice *device, const DocumentModel &doc, const PageSpec &spec)
{
    device->setPageMargins(spec.marginsMm, QPageLayout::Millimeter);
    const PageComposer composer(doc, spec, device);
    QPainter painter(device);
    for (int page = 0; page < composer.pageCount(); ++page) {
        if (page > 0)
            device->newPage();
        composer.paintPage(&painter, page);
    }
}

bool writePdf(QIODevice *out, const DocumentModel &doc, PageStyle style)
{
    const PageSpec spec = PageStyles::spec(style);
    QPdfWriter writer(out);
    writer.setPageSize(spec.pageSize);
    writer.setPageOrientation(QPageLayout::Portrait);
    writer.setTitle(doc.title());
    writer.setCreator(QStringLiteral("Nianbao"));
    paintDocument(&writer, doc, spec);
    return true;
}

// Qt's ODF writer closes the device it wrote to, which a QSaveFile forbids
// (it must be committed instead): build the file in memory, then save it.
bool writeOdtTo(QIODevice *out, const DocumentModel &doc, PageStyle style)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!writeOdt(doc, PageStyles::spec(style), &buffer))
        return false;
    return out->write(buffer.data()) == buffer.data().size();
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
    case OutputFormat::Odt: ok = writeOdtTo(&file, doc, style); break;
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

void paint(QPagedPaintDevice *device, const Report &report, const Definition &def, PageStyle style)
{
    paintDocument(device, DocumentModel::build(report, def), PageStyles::spec(style));
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
