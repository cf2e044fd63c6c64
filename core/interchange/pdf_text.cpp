#include "core/interchange/pdf_text.h"

#include "core/report/label_text.h"

#include <QCoreApplication>
#include <memory>
#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

namespace nb::interchange {

namespace {
struct PdfText {
    Q_DECLARE_TR_FUNCTIONS(PdfText)
};

// poppler writes its complaints about damaged files to stderr; the caller gets
// one clear message instead.
void quiet(const std::string &, void *) {}

// Qt's PDF writer maps some ideographs to radical code points in the text
// layer (用 → ⽤, 民 → ⺠); they read back as the ideographs the page shows.
QString toQString(const poppler::ustring &text)
{
    const poppler::byte_array utf8 = text.to_utf8();
    return report::labels::ideographsForRadicals(QString::fromUtf8(utf8.data(), qsizetype(utf8.size())));
}
} // namespace

bool looksLikePdf(const QByteArray &bytes)
{
    return bytes.left(1024).contains("%PDF-");
}

Result<QString> pdfLayoutText(const QByteArray &bytes, const QString &fileName)
{
    poppler::set_debug_error_function(quiet, nullptr);
    if (bytes.size() > std::numeric_limits<int>::max())
        return Error{QStringLiteral("import.pdf"), PdfText::tr("%1 太大，无法读取").arg(fileName)};
    std::unique_ptr<poppler::document> doc(poppler::document::load_from_raw_data(bytes.constData(), int(bytes.size())));
    if (!doc)
        return Error{QStringLiteral("import.pdf"), PdfText::tr("%1 不是可以读取的 PDF 文件（文件损坏或不完整）").arg(fileName)};
    if (doc->is_locked())
        return Error{QStringLiteral("import.pdf-locked"), PdfText::tr("%1 有打开密码，无法读取；请使用未加密的文件").arg(fileName)};
    QString text;
    bool anyText = false;
    for (int i = 0; i < doc->pages(); ++i) {
        std::unique_ptr<poppler::page> page(doc->create_page(i));
        if (!page)
            continue;
        const QString pageText = toQString(page->text(page->page_rect(), poppler::page::physical_layout));
        anyText = anyText || !pageText.trimmed().isEmpty();
        if (i > 0)
            text += u'\f';
        text += pageText;
    }
    if (!anyText)
        return Error{QStringLiteral("import.pdf-scan"),
                     PdfText::tr("%1 没有文字层（可能是扫描件，共 %2 页），无法读取其中的文字和数字；"
                                 "请使用发布机关的电子版，或先做文字识别（OCR）")
                         .arg(fileName)
                         .arg(doc->pages())};
    return text;
}

} // namespace nb::interchange
