#include "core/report/agency_name.h"

#include <algorithm>
#include <string>

namespace nb::report {

namespace {

// Characters nobody can see or type on purpose: control, format, line and
// paragraph separators, unpaired surrogates, unassigned and private code points.
bool invisible(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Other_NotAssigned:
    case QChar::Other_PrivateUse:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return QChar::isNonCharacter(c);
    }
}

// ASCII characters that separate paths or quote and end commands.
bool separatorOrQuote(char32_t c)
{
    static constexpr std::u16string_view kAscii = u"/\\:*?\"<>|;'`";
    return c < 0x80 && kAscii.find(char16_t(c)) != std::u16string_view::npos;
}

// U+FFFD stands for bytes that were not text in the encoding they were read with.
bool forbidden(char32_t c)
{
    return invisible(c) || separatorOrQuote(c) || c == 0xFFFD;
}

QString codePoint(char32_t c)
{
    return QStringLiteral("U+") + QString::number(uint(c), 16).toUpper().rightJustified(4, u'0');
}

} // namespace

std::optional<Error> AgencyName::check(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error{QStringLiteral("agency.name"), tr("机关名称不能为空")};
    if (trimmed.size() > kMaxLength)
        return Error{QStringLiteral("agency.name"), tr("机关名称“%1…”有 %2 个字符，超过了 %3 个")
                                                        .arg(printable(trimmed.left(20)))
                                                        .arg(trimmed.size())
                                                        .arg(kMaxLength)};
    bool letter = false;
    for (const char32_t c : trimmed.toUcs4()) {
        if (forbidden(c))
            return Error{QStringLiteral("agency.name"), tr("机关名称“%1”含有不能使用的字符“%2”")
                                                            .arg(printable(trimmed), invisible(c) || c == 0xFFFD ? codePoint(c) : QString::fromUcs4(&c, 1))};
        letter = letter || QChar::isLetter(c);
    }
    if (!letter)
        return Error{QStringLiteral("agency.name"), tr("机关名称“%1”中没有文字").arg(printable(trimmed))};
    return std::nullopt;
}

QString AgencyName::printable(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const char32_t c : text.toUcs4())
        out += invisible(c) ? codePoint(c) : QString::fromUcs4(&c, 1);
    return out;
}

} // namespace nb::report

namespace nb::report {

bool AgencyName::hasInvisible(const QString &text)
{
    const auto points = text.toUcs4();
    return std::any_of(points.begin(), points.end(), [](char32_t c) { return invisible(c); });
}

} // namespace nb::report
