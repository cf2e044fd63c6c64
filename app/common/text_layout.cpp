#include "app/common/text_layout.h"


namespace nb::app {

namespace {

// One unbreakable piece: a Latin word, or one wide character with the
// closing punctuation that follows it.
struct Token {
    QString text;
    bool spaceBefore = false;
};

QList<Token> tokens(const QString &text)
{
    QList<Token> out;
    bool space = false;
    for (const char32_t c : text.toUcs4()) {
        const QString s = QString::fromUcs4(&c, 1);
        if (QChar::isSpace(c)) {
            space = true;
            continue;
        }
        const bool wide = isWide(c);
        const char32_t before = out.isEmpty() ? 0 : out.last().text.back().unicode();
        const bool joinsPrevious = !out.isEmpty() && !space &&
                                   (closesLine(c) || opensLine(before) || (!wide && !isWide(before)));
        if (joinsPrevious)
            out.last().text += s;
        else
            out.append({s, space});
        space = false;
    }
    return out;
}

} // namespace

bool closesLine(char32_t c)
{
    static const QString closers = QStringLiteral("，。、；：！？）」』”’》〉】…,.;:!?)");
    return closers.contains(QString::fromUcs4(&c, 1));
}

bool opensLine(char32_t c)
{
    static const QString openers = QStringLiteral("（「『“‘《〈【〔(");
    return openers.contains(QString::fromUcs4(&c, 1));
}

bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

int displayWidth(QStringView text)
{
    int width = 0;
    for (const char32_t c : text.toUcs4())
        width += isWide(c) ? 2 : 1;
    return width;
}

QStringList wrapText(const QString &paragraph, int width)
{
    QStringList lines;
    QString line;
    int used = 0;
    for (const Token &t : tokens(paragraph)) {
        const int w = displayWidth(t.text);
        const int gap = (t.spaceBefore && !line.isEmpty()) ? 1 : 0;
        if (!line.isEmpty() && used + gap + w > width) {
            lines << line;
            line.clear();
            used = 0;
        } else if (gap) {
            line += u' ';
            used += 1;
        }
        line += t.text;
        used += w;
    }
    if (!line.isEmpty())
        lines << line;
    return lines;
}

} // namespace nb::app
