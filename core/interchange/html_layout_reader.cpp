#include "core/interchange/html_layout_reader.h"

#include <QRegularExpression>
#include <QSet>

namespace nb::interchange {

namespace {

constexpr qsizetype kMaxEntityLength = 12; // "&#x10FFFF;" and the longest name we know fit

// The entity at html[at] == '&' ("&nbsp;", "&#160;", "&#xA0;"): its code point (0:
// an invalid reference, read as nothing) and its length, or nothing when it is not one (a lone '&' in text). Looks at most
// kMaxEntityLength characters ahead, so a page of 200,000 '&' reads in linear time.
std::optional<std::pair<char32_t, qsizetype>> entityAt(QStringView html, qsizetype at)
{
    // Compared in place, without building a string per entity: a page may hold hundreds of thousands.
    struct Named {
        QLatin1StringView name;
        char16_t text;
    };
    static constexpr Named named[] = {
        {QLatin1StringView("nbsp"), 0x00A0}, {QLatin1StringView("amp"), u'&'},      {QLatin1StringView("lt"), u'<'},
        {QLatin1StringView("gt"), u'>'},     {QLatin1StringView("quot"), u'"'},     {QLatin1StringView("apos"), u'\''},
        {QLatin1StringView("ldquo"), u'“'},  {QLatin1StringView("rdquo"), u'”'},    {QLatin1StringView("lsquo"), u'‘'},
        {QLatin1StringView("rsquo"), u'’'},  {QLatin1StringView("mdash"), u'—'},    {QLatin1StringView("ndash"), u'–'},
        {QLatin1StringView("hellip"), u'…'}, {QLatin1StringView("middot"), u'·'},   {QLatin1StringView("emsp"), 0x2003},
        {QLatin1StringView("ensp"), 0x2002}, {QLatin1StringView("thinsp"), 0x2009}, {QLatin1StringView("times"), u'×'},
        {QLatin1StringView("copy"), u'©'},   {QLatin1StringView("reg"), u'®'},      {QLatin1StringView("yen"), u'¥'},
        {QLatin1StringView("deg"), u'°'}};
    const qsizetype end = std::min(html.size(), at + kMaxEntityLength + 1);
    qsizetype semi = -1;
    for (qsizetype k = at + 1; k < end; ++k) {
        const char16_t c = html.at(k).unicode();
        if (c == u';') {
            semi = k;
            break;
        }
        const bool alnum = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
        if (!alnum && !(k == at + 1 && c == u'#'))
            return std::nullopt;
    }
    if (semi <= at + 1)
        return std::nullopt;
    const QStringView name = html.mid(at + 1, semi - at - 1);
    if (name.front() == u'#') {
        bool ok = false;
        const bool hex = name.size() > 1 && (name.at(1) == u'x' || name.at(1) == u'X');
        const uint code = hex ? name.mid(2).toUInt(&ok, 16) : name.mid(1).toUInt(&ok, 10);
        if (!ok || code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return std::pair{char32_t(0), semi - at + 1}; // an invalid reference reads as nothing
        return std::pair{char32_t(code), semi - at + 1};
    }
    for (const Named &n : named)
        if (name.compare(n.name, Qt::CaseInsensitive) == 0)
            return std::pair{char32_t(n.text), semi - at + 1};
    return std::nullopt; // unknown names stay as printed
}

void appendCodePoint(QString &out, char32_t c)
{
    if (c == 0)
        return;
    if (QChar::requiresSurrogates(c)) {
        out += QChar(QChar::highSurrogate(c));
        out += QChar(QChar::lowSurrogate(c));
    } else {
        out += QChar(char16_t(c));
    }
}

// Text with its entities decoded and its whitespace (&nbsp; included) collapsed.
QString decodeEntities(QStringView text)
{
    QString out;
    for (qsizetype i = 0; i < text.size();) {
        if (text.at(i) == u'&')
            if (const auto entity = entityAt(text, i)) {
                appendCodePoint(out, entity->first);
                i += entity->second;
                continue;
            }
        out += text.at(i);
        ++i;
    }
    return out.replace(QChar(0x00A0), u' ').simplified();
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

// Where the tag that starts at `from` (just after its name) ends: the '>' that
// is not inside a quoted attribute value (title="a > b" does not end the tag).
// -1 when the page ends first.
qsizetype tagEnd(QStringView html, qsizetype from)
{
    QChar quote;
    for (qsizetype k = from; k < html.size(); ++k) {
        const QChar c = html.at(k);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == u'"' || c == u'\'') {
            // A quote opens a value only after '='; a stray one (<td width=50">) does not.
            qsizetype p = k - 1;
            while (p >= from && html.at(p).isSpace())
                --p;
            if (p >= from && html.at(p) == u'=')
                quote = c;
        } else if (c == u'>') {
            return k;
        }
    }
    return -1;
}

// One table being read: the current row's cells and the current cell's text.
// A row whose cell held a nested table or several paragraphs is page layout:
// its cells are read as paragraphs, never as a table row.
struct TableState {
    QStringList row;
    QString cell;
    bool inCell = false;
    bool inRow = false;
    bool layoutRow = false;
};

class HtmlReader {
public:
    explicit HtmlReader(const QString &html) : m_html(html) {}
    HtmlPage read();

private:
    void handleTag(const QString &name, bool closing);
    void text(QStringView t);
    void flushText();
    void blockBreak();
    void endParagraph();
    void startCell();
    void endCell();
    void endRow();
    void emitParagraphs(const QString &text);
    qsizetype skipPast(qsizetype from, QLatin1String closing) const;
    qsizetype readTag(qsizetype at);
    qsizetype readMarkupDeclaration(qsizetype at);
    void readMeta(qsizetype from, qsizetype to);
    QString decodedText(qsizetype from, qsizetype to) const;

    const QString &m_html;
    LayoutLines m_lines;
    QString m_headTitle;
    QStringList m_metaTitles;
    QString m_paragraph;
    QString m_pending; // text read since the last tag, decoded
    bool m_inHead = false;
    QList<TableState> m_tables;
};

void HtmlReader::emitParagraphs(const QString &text)
{
    static const QRegularExpression spaces(QStringLiteral("[ \\t\\x{00A0}\\x{2002}\\x{2003}\\x{2009}\\x{3000}]+"));
    for (QString part : text.split(u'\n')) {
        part = part.replace(spaces, QStringLiteral(" ")).trimmed();
        if (part.isEmpty())
            continue;
        LayoutLine line;
        line.text = part;
        line.cells = part.split(u' ', Qt::SkipEmptyParts);
        m_lines << line;
    }
}

void HtmlReader::endParagraph()
{
    emitParagraphs(m_paragraph);
    m_paragraph.clear();
}

void HtmlReader::blockBreak()
{
    if (!m_tables.isEmpty() && m_tables.last().inCell)
        m_tables.last().cell += u'\n';
    else if (m_tables.isEmpty())
        endParagraph();
}

void HtmlReader::text(QStringView t)
{
    if (m_inHead)
        return;
    if (!m_tables.isEmpty()) {
        if (m_tables.last().inCell)
            m_tables.last().cell += t;
        return; // text between cells is page layout, not content
    }
    m_paragraph += t;
}

// Text is handed on before the tag that ends it is handled: "<td>12</td>" puts 12 in the cell.
void HtmlReader::flushText()
{
    if (!m_pending.isEmpty())
        text(m_pending);
    m_pending.clear();
}

void HtmlReader::startCell()
{
    TableState &t = m_tables.last();
    if (t.inCell)
        endCell();
    t.inRow = true;
    t.inCell = true;
    t.cell.clear();
}

void HtmlReader::endCell()
{
    TableState &t = m_tables.last();
    if (!t.inCell)
        return;
    // A cell of several paragraphs is a layout cell (a column of the page), not a figure or a label.
    if (t.cell.count(u'\n') >= 3) {
        qsizetype paragraphs = 0;
        for (const auto &part : QStringView(t.cell).split(u'\n'))
            paragraphs += part.trimmed().isEmpty() ? 0 : 1;
        t.layoutRow = t.layoutRow || paragraphs >= 3;
    }
    t.row << t.cell;
    t.cell.clear();
    t.inCell = false;
}

void HtmlReader::endRow()
{
    TableState &t = m_tables.last();
    endCell();
    if (!t.inRow)
        return;
    t.inRow = false;
    int filled = 0;
    for (const QString &c : std::as_const(t.row))
        filled += c.trimmed().isEmpty() ? 0 : 1;
    // A row of one cell, or a row of layout cells: read its paragraphs.
    if ((filled <= 1 && t.row.size() <= 1) || t.layoutRow) {
        for (const QString &c : std::as_const(t.row))
            emitParagraphs(c);
        t.row.clear();
        t.layoutRow = false;
        return;
    }
    static const QRegularExpression spaces(QStringLiteral("[\\s\\x{00A0}\\x{2002}\\x{2003}\\x{2009}\\x{3000}]+"));
    LayoutLine line;
    line.separated = true;
    for (QString c : std::as_const(t.row)) {
        c.replace(u'\n', QString());
        line.cells << c.replace(spaces, QStringLiteral(" ")).trimmed();
    }
    line.text = line.cells.join(u' ').trimmed();
    t.row.clear();
    m_lines << line;
}

void HtmlReader::handleTag(const QString &name, bool closing)
{
    static const QSet<QString> blocks{"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
                                      "section", "article", "header", "footer", "nav", "center", "blockquote", "hr",
                                      "dd", "dt", "caption", "pre", "address", "main", "aside"};
    if (name == QLatin1String("table")) {
        if (!closing) {
            endParagraph();
            // A table inside a cell: the outer cell is layout, what it held so far are paragraphs.
            if (!m_tables.isEmpty() && m_tables.last().inCell) {
                emitParagraphs(m_tables.last().cell);
                m_tables.last().cell.clear();
                m_tables.last().layoutRow = true;
            }
            m_tables.append(TableState{});
        } else if (!m_tables.isEmpty()) {
            endRow();
            m_tables.removeLast();
        }
    } else if (m_tables.isEmpty()) {
        if (blocks.contains(name))
            endParagraph();
    } else if (name == QLatin1String("tr")) {
        endRow();
    } else if (name == QLatin1String("td") || name == QLatin1String("th")) {
        closing ? endCell() : startCell();
    } else if (blocks.contains(name)) {
        blockBreak();
    }
}

qsizetype HtmlReader::skipPast(qsizetype from, QLatin1String closing) const
{
    const qsizetype end = m_html.indexOf(closing, from, Qt::CaseInsensitive);
    return end < 0 ? m_html.size() : end + closing.size();
}

// "<!-- … -->" (Word's "<!--[if gte mso 9]> … <![endif]-->" included), "<![if …]>",
// "<![CDATA[ … ]]>" and "<!DOCTYPE …>": none of them is content.
qsizetype HtmlReader::readMarkupDeclaration(qsizetype at)
{
    const QStringView rest = QStringView(m_html).mid(at);
    if (rest.startsWith(QLatin1String("<!--")))
        return skipPast(at + 4, QLatin1String("-->"));
    if (rest.startsWith(QLatin1String("<![CDATA["), Qt::CaseInsensitive))
        return skipPast(at + 9, QLatin1String("]]>"));
    const qsizetype close = m_html.indexOf(u'>', at);
    return close < 0 ? m_html.size() : close + 1;
}

// Handles the tag at `at` ("<…>") and returns where reading goes on; `at` when
// it is not a tag. Scripts, styles, the head and the title are skipped whole
// (when they are closed at all: an unclosed <head> must not swallow the page).
qsizetype HtmlReader::readTag(qsizetype at)
{
    // The head is not skipped whole: its <title> and <meta> say where the title is.
    static const QSet<QString> skipped{"script", "style", "title", "noscript", "xml", "template", "iframe"};
    const qsizetype n = m_html.size();
    qsizetype j = at + 1;
    if (j < n && (m_html.at(j) == u'!' || m_html.at(j) == u'?')) {
        flushText();
        return readMarkupDeclaration(at);
    }
    const bool closing = j < n && m_html.at(j) == u'/';
    j += closing ? 1 : 0;
    if (j >= n || !isAsciiLetter(m_html.at(j)))
        return at; // "<" in text ("a < b", "<5件")
    qsizetype k = j;
    // Word writes namespaced tags (<o:p>, <st1:chsdate>): the prefix is part of the name.
    while (k < n && k - j < 32 && (isAsciiLetter(m_html.at(k)) || m_html.at(k).isDigit() || m_html.at(k) == u':'))
        ++k;
    const QString name = m_html.mid(j, k - j).toLower();
    const qsizetype close = tagEnd(m_html, k);
    const qsizetype after = close < 0 ? n : close + 1;
    flushText();
    if (!closing && name == QLatin1String("meta"))
        readMeta(k, close < 0 ? n : close);
    if (!closing && skipped.contains(name) && !(close > 0 && m_html.at(close - 1) == u'/')) {
        const qsizetype end = m_html.indexOf(QStringLiteral("</") + name, after, Qt::CaseInsensitive);
        if (end >= 0 && name == QLatin1String("title") && m_headTitle.isEmpty())
            m_headTitle = decodedText(after, end);
        if (end >= 0) {
            const qsizetype endClose = m_html.indexOf(u'>', end);
            return endClose < 0 ? n : endClose + 1;
        }
        return after;
    }
    if (name == QLatin1String("head") || name == QLatin1String("body"))
        m_inHead = name == QLatin1String("head") && !closing;
    else
        handleTag(name, closing);
    return after;
}

QString HtmlReader::decodedText(qsizetype from, qsizetype to) const
{
    return decodeEntities(QStringView(m_html).mid(from, to - from));
}

// <meta name="ArticleTitle" content="…"> (government CMSs), name="title" and property="og:title".
void HtmlReader::readMeta(qsizetype from, qsizetype to)
{
    static const QRegularExpression attribute(QStringLiteral(R"re(([A-Za-z:_-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))re"));
    QString key, content;
    auto it = attribute.globalMatch(QStringView(m_html).mid(from, to - from).toString());
    while (it.hasNext()) {
        const auto m = it.next();
        const QString attr = m.captured(1).toLower();
        const QString value = m.captured(2) + m.captured(3) + m.captured(4);
        if (attr == QLatin1String("name") || attr == QLatin1String("property"))
            key = value.toLower();
        else if (attr == QLatin1String("content"))
            content = value;
    }
    if (key != QLatin1String("articletitle") && key != QLatin1String("title") && key != QLatin1String("og:title"))
        return;
    const QString text = decodeEntities(content);
    if (text.isEmpty())
        return;
    if (key == QLatin1String("articletitle"))
        m_metaTitles.prepend(text); // the CMS's own field for the article's title comes first
    else
        m_metaTitles.append(text);
}

HtmlPage HtmlReader::read()
{
    qsizetype i = 0;
    const qsizetype n = m_html.size();
    const QStringView html(m_html);
    while (i < n) {
        const QChar c = m_html.at(i);
        if (c == u'<') {
            const qsizetype next = readTag(i);
            if (next == i) {
                m_pending += c; // a lone "<" in text
                ++i;
                continue;
            }
            i = next;
        } else if (c == u'&') {
            if (const auto entity = entityAt(html, i)) {
                appendCodePoint(m_pending, entity->first);
                i += entity->second;
            } else {
                m_pending += c;
                ++i;
            }
        } else {
            // A run of plain text at once (the common case), with line breaks read as spaces.
            qsizetype k = i;
            while (k < n && m_html.at(k) != u'<' && m_html.at(k) != u'&')
                ++k;
            const qsizetype start = m_pending.size();
            m_pending += html.mid(i, k - i);
            for (qsizetype p = start; p < m_pending.size(); ++p)
                if (m_pending.at(p) == u'\n' || m_pending.at(p) == u'\r' || m_pending.at(p) == u'\t')
                    m_pending[p] = u' ';
            i = k;
        }
    }
    flushText();
    while (!m_tables.isEmpty()) {
        endRow();
        m_tables.removeLast();
    }
    endParagraph();
    return HtmlPage{m_lines, m_headTitle, m_metaTitles};
}

} // namespace

HtmlPage readHtmlPage(const QString &html)
{
    return HtmlReader(html).read();
}

LayoutLines readHtmlLayout(const QString &html)
{
    return HtmlReader(html).read().lines;
}

} // namespace nb::interchange
