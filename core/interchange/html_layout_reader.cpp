#include "core/interchange/html_layout_reader.h"

#include <QHash>
#include <QSet>
#include <QRegularExpression>

namespace nb::interchange {

namespace {

QString decodeEntity(const QString &name)
{
    static const QHash<QString, QString> named{
        {QStringLiteral("nbsp"), QStringLiteral(" ")},   {QStringLiteral("amp"), QStringLiteral("&")},
        {QStringLiteral("lt"), QStringLiteral("<")},     {QStringLiteral("gt"), QStringLiteral(">")},
        {QStringLiteral("quot"), QStringLiteral("\"")},  {QStringLiteral("apos"), QStringLiteral("'")},
        {QStringLiteral("ldquo"), QStringLiteral("“")},  {QStringLiteral("rdquo"), QStringLiteral("”")},
        {QStringLiteral("lsquo"), QStringLiteral("‘")},  {QStringLiteral("rsquo"), QStringLiteral("’")},
        {QStringLiteral("mdash"), QStringLiteral("—")},  {QStringLiteral("ndash"), QStringLiteral("–")},
        {QStringLiteral("hellip"), QStringLiteral("…")}, {QStringLiteral("middot"), QStringLiteral("·")},
        {QStringLiteral("emsp"), QStringLiteral(" ")},   {QStringLiteral("ensp"), QStringLiteral(" ")},
        {QStringLiteral("times"), QStringLiteral("×")},  {QStringLiteral("lt"), QStringLiteral("<")}};
    if (name.startsWith(u'#')) {
        bool ok = false;
        const uint code = name.startsWith(QLatin1String("#x"), Qt::CaseInsensitive) ? name.mid(2).toUInt(&ok, 16)
                                                                                       : name.mid(1).toUInt(&ok, 10);
        if (ok && code > 0 && code <= 0x10FFFF && !(code >= 0xD800 && code <= 0xDFFF)) {
            const char32_t c = char32_t(code);
            return QString::fromUcs4(&c, 1);
        }
        return QString();
    }
    return named.value(name.toLower(), QStringLiteral("&") + name + u';');
}

// One table being read: the current row's cells and the current cell's text.
struct TableState {
    QStringList row;
    QString cell;
    bool inCell = false;
    bool inRow = false;
};

class HtmlReader {
public:
    explicit HtmlReader(const QString &html) : m_html(html) {}
    LayoutLines read();

private:
    void handleTag(const QString &name, bool closing);
    void text(const QString &t);
    void blockBreak();
    void endParagraph();
    void startCell();
    void endCell();
    void endRow();
    void emitParagraphs(const QString &text);
    qsizetype skipPast(qsizetype from, const QString &closing) const;
    qsizetype readTag(qsizetype at);

    const QString &m_html;
    LayoutLines m_lines;
    QString m_paragraph;
    QList<TableState> m_tables;
};

void HtmlReader::emitParagraphs(const QString &text)
{
    static const QRegularExpression spaces(QStringLiteral("[ \\t\\x{00A0}]+"));
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

void HtmlReader::text(const QString &t)
{
    if (!m_tables.isEmpty()) {
        if (m_tables.last().inCell)
            m_tables.last().cell += t;
        return; // text between cells is page layout, not content
    }
    m_paragraph += t;
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
    QStringList cells;
    int filled = 0;
    for (const QString &c : std::as_const(t.row))
        filled += c.trimmed().isEmpty() ? 0 : 1;
    // A row with a single cell of several paragraphs is layout: read its paragraphs.
    if (filled <= 1 && t.row.size() <= 1) {
        for (const QString &c : std::as_const(t.row))
            emitParagraphs(c);
        t.row.clear();
        return;
    }
    static const QRegularExpression spaces(QStringLiteral("[\\s\\x{00A0}]+"));
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
                                      "section", "article", "header", "footer", "nav", "center", "blockquote", "hr", "dd", "dt"};
    if (name == QLatin1String("table")) {
        if (!closing) {
            endParagraph();
            // A table inside a cell: what the outer cell held so far are paragraphs.
            if (!m_tables.isEmpty() && m_tables.last().inCell) {
                emitParagraphs(m_tables.last().cell);
                m_tables.last().cell.clear();
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

qsizetype HtmlReader::skipPast(qsizetype from, const QString &closing) const
{
    const qsizetype end = m_html.indexOf(closing, from, Qt::CaseInsensitive);
    return end < 0 ? m_html.size() : end + closing.size();
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

// Handles the tag at `at` ("<…>") and returns where reading goes on; `at` when
// it is not a tag. Scripts, styles, the head and the title are skipped whole
// (when they are closed at all: an unclosed <head> must not swallow the page).
qsizetype HtmlReader::readTag(qsizetype at)
{
    static const QStringList skipped{"script", "style", "head", "title", "noscript"};
    const qsizetype n = m_html.size();
    qsizetype j = at + 1;
    const bool closing = j < n && m_html.at(j) == u'/';
    j += closing ? 1 : 0;
    qsizetype k = j;
    while (k < n && k - j < 16 && (isAsciiLetter(m_html.at(k)) || (k > j && m_html.at(k).isDigit())))
        ++k;
    const QString name = m_html.mid(j, k - j).toLower();
    if (name.isEmpty() && !(j < n && (m_html.at(j) == u'!' || m_html.at(j) == u'?')))
        return at;
    const qsizetype close = m_html.indexOf(u'>', k);
    const qsizetype after = close < 0 ? n : close + 1;
    if (!closing && skipped.contains(name)) {
        const qsizetype end = m_html.indexOf(QStringLiteral("</") + name, after, Qt::CaseInsensitive);
        if (end >= 0) {
            const qsizetype endClose = m_html.indexOf(u'>', end);
            return endClose < 0 ? n : endClose + 1;
        }
        return after;
    }
    if (!name.isEmpty())
        handleTag(name, closing);
    return after;
}

LayoutLines HtmlReader::read()
{
    qsizetype i = 0;
    const qsizetype n = m_html.size();
    QString pending;
    while (i < n) {
        const QChar c = m_html.at(i);
        if (c == u'<') {
            if (QStringView(m_html).mid(i, 4) == QLatin1String("<!--")) {
                text(pending);
                pending.clear();
                i = skipPast(i + 4, QStringLiteral("-->"));
                continue;
            }
            const qsizetype next = readTag(i);
            if (next == i) {
                pending += c; // a lone "<" in text
                ++i;
                continue;
            }
            text(pending);
            pending.clear();
            i = next;
        } else if (c == u'&') {
            const qsizetype semi = m_html.indexOf(u';', i);
            if (semi > i && semi - i <= 10) {
                pending += decodeEntity(m_html.mid(i + 1, semi - i - 1));
                i = semi + 1;
            } else {
                pending += c;
                ++i;
            }
        } else {
            pending += (c == u'\n' || c == u'\r' || c == u'\t') ? QChar(u' ') : c;
            ++i;
        }
    }
    text(pending);
    while (!m_tables.isEmpty()) {
        endRow();
        m_tables.removeLast();
    }
    endParagraph();
    return m_lines;
}

} // namespace

LayoutLines readHtmlLayout(const QString &html)
{
    return HtmlReader(html).read();
}

} // namespace nb::interchange
