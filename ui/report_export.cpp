#include "ui/report_export.h"

#include "core/interchange/package.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

namespace nb::ui::report_export {

namespace {
struct ReportExport {
    Q_DECLARE_TR_FUNCTIONS(ReportExport)
};

QString gongwenPdf() { return ReportExport::tr("PDF 公文格式 (*.pdf)"); }
} // namespace

Status write(const report::Report &report, const report::Definition &def, const QString &path,
             render::PageStyle style)
{
    const QString lower = path.toLower();
    if (lower.endsWith(QLatin1String(".json")))
        return interchange::Package::writeFile(path, report, def);
    const std::pair<const char *, render::OutputFormat> formats[] = {
        {".pdf", render::OutputFormat::Pdf}, {".odt", render::OutputFormat::Odt},
        {".html", render::OutputFormat::Html}, {".htm", render::OutputFormat::Html}, {".csv", render::OutputFormat::Csv}};
    for (const auto &[suffix, format] : formats)
        if (lower.endsWith(QLatin1String(suffix)))
            return render::renderToFile(report, def, format, style, path);
    return Error{QStringLiteral("ui.format"),
                 ReportExport::tr("不认识的文件类型“%1”：请用 .pdf、.odt、.html、.csv 或 .nianbao.json。")
                     .arg(QFileInfo(path).suffix())};
}

QString filter(bool bothStyles)
{
    const QString rest = ReportExport::tr("OpenDocument 文本 (*.odt);;网页 (*.html);;CSV 表格 (*.csv);;报告包 (*.nianbao.json)");
    if (!bothStyles)
        return ReportExport::tr("PDF (*.pdf)") + QStringLiteral(";;") + rest;
    return ReportExport::tr("PDF 正式版式 (*.pdf)") + QStringLiteral(";;") + gongwenPdf() + QStringLiteral(";;") + rest;
}

std::optional<render::PageStyle> styleOfFilter(const QString &chosenFilter)
{
    if (chosenFilter == gongwenPdf())
        return render::PageStyle::Gongwen;
    if (chosenFilter.contains(QLatin1String("*.pdf")))
        return render::PageStyle::Official;
    return std::nullopt;
}

Status writeBytes(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{QStringLiteral("ui.write"), ReportExport::tr("无法写入 %1：%2").arg(path, file.errorString())};
    return success();
}

} // namespace nb::ui::report_export
