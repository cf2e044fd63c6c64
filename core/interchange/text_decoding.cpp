#include "core/interchange/text_decoding.h"

#include <QRegularExpression>
#include <QStringDecoder>
#include <cerrno>
#include <iconv.h>
#include <memory>

namespace nb::interchange {

namespace {

std::optional<QString> decodeStrict(const QByteArray &bytes, QStringConverter::Encoding encoding)
{
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    QString text = decoder(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

std::optional<QString> decodeWithIconv(const QByteArray &bytes)
{
    iconv_t cd = iconv_open("UTF-8", "GB18030");
    if (cd == iconv_t(-1))
        return std::nullopt;
    std::unique_ptr<void, int (*)(iconv_t)> guard(cd, iconv_close);
    QByteArray out(bytes.size() * 2 + 16, Qt::Uninitialized); // GB18030 → UTF-8 grows at most 2× (+4-byte runs)
    char *in = const_cast<char *>(bytes.constData());
    size_t inLeft = size_t(bytes.size());
    char *outPtr = out.data();
    size_t outLeft = size_t(out.size());
    while (inLeft > 0) {
        if (iconv(cd, &in, &inLeft, &outPtr, &outLeft) != size_t(-1))
            continue;
        if (errno != E2BIG)
            return std::nullopt; // EILSEQ / EINVAL: not GB18030
        const qsizetype used = outPtr - out.data();
        out.resize(out.size() * 2);
        outPtr = out.data() + used;
        outLeft = size_t(out.size() - used);
    }
    out.resize(outPtr - out.data());
    return decodeStrict(out, QStringConverter::Utf8);
}

// The charset an HTML page declares in its first bytes (<meta charset=…>).
QString declaredCharset(const QByteArray &bytes)
{
    static const QRegularExpression re(QStringLiteral(R"(<meta[^>]*charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+))"),
                                       QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(QString::fromLatin1(bytes.left(4096)));
    return m.hasMatch() ? m.captured(1).toLower() : QString();
}

} // namespace

std::optional<QString> decodeGb18030(const QByteArray &bytes, GbDecoder decoder)
{
    // Qt's own converter reads GB18030 by name where Qt was built with ICU (Debian's is);
    // glibc's iconv only where it was not.
    if (decoder == GbDecoder::Qt) {
        QStringDecoder qt("GB18030", QStringConverter::Flag::Stateless);
        if (qt.isValid()) {
            QString text = qt(bytes);
            if (qt.hasError())
                return std::nullopt;
            return text;
        }
    }
    return decodeWithIconv(bytes);
}

bool qtDecodesGb18030()
{
    return QStringDecoder("GB18030").isValid();
}

std::optional<QString> decodeReportText(const QByteArray &bytes, QString *encoding)
{
    auto result = [&](std::optional<QString> text, const char *name) {
        if (text && encoding)
            *encoding = QString::fromLatin1(name);
        return text;
    };
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return result(decodeStrict(bytes.mid(3), QStringConverter::Utf8), "UTF-8");
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        return result(decodeStrict(bytes, bytes.startsWith("\xFF\xFE") ? QStringConverter::Utf16LE : QStringConverter::Utf16BE),
                      "UTF-16");
    // Chinese text in GBK is practically never valid UTF-8, so bytes that are valid UTF-8 are
    // UTF-8 even when a page wrongly declares gb2312 (sites that converted but kept the old <meta>).
    if (auto utf8 = decodeStrict(bytes, QStringConverter::Utf8))
        return result(utf8, "UTF-8");
    const QString declared = declaredCharset(bytes);
    const bool declaredOther = !declared.isEmpty() && !declared.startsWith(QLatin1String("gb")) && declared != QLatin1String("x-gbk");
    if (declaredOther && declared != QLatin1String("utf-8") && declared != QLatin1String("utf8"))
        return std::nullopt; // Big5, Shift_JIS …: not an encoding of these reports
    return result(decodeGb18030(bytes), "GB18030");
}

} // namespace nb::interchange
