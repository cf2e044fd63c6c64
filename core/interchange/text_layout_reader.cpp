#include "core/interchange/text_layout_reader.h"

#include <QRegularExpression>

namespace nb::interchange {

namespace {

struct Span {
    qsizetype from = 0, to = 0;
};

int openBrackets(QStringView token)
{
    return int(token.count(u'（') + token.count(u'(')) - int(token.count(u'）') + token.count(u')'));
}

// A figure with a remark that PDF text broke at a space ("22（其中修订" "16件）") is
// one cell again. Only a token that starts with a digit is joined, and only when
// the bracket closes within two more tokens, so that a wrapped label never
// swallows the figures that follow it.
QList<Span> joinRemarks(const QString &raw, QList<Span> spans)
{
    for (qsizetype i = 0; i < spans.size(); ++i) {
        const QStringView token = QStringView(raw).mid(spans[i].from, spans[i].to - spans[i].from);
        if (token.isEmpty() || !token.front().isDigit() || openBrackets(token) <= 0)
            continue;
        int open = openBrackets(token);
        for (qsizetype j = i + 1; j < spans.size() && j <= i + 2; ++j) {
            open += openBrackets(QStringView(raw).mid(spans[j].from, spans[j].to - spans[j].from));
            if (open <= 0) {
                spans[i].to = spans[j].to;
                spans.remove(i + 1, j - i);
                break;
            }
        }
    }
    return spans;
}

// Whitespace-separated tokens with where each stands: pdftotext aligns columns
// by character count, so a token's middle says which column it is in.
void splitLayoutLine(const QString &raw, LayoutLine &line)
{
    static const QRegularExpression whitespace(QStringLiteral("[\\s\\x{3000}\\x{00A0}]+"));
    QList<Span> spans;
    qsizetype from = 0;
    auto it = whitespace.globalMatch(raw);
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.capturedStart() > from)
            spans.append({from, m.capturedStart()});
        from = m.capturedEnd();
    }
    if (raw.size() > from)
        spans.append({from, raw.size()});
    for (const Span &s : joinRemarks(raw, spans)) {
        line.cells << raw.mid(s.from, s.to - s.from).remove(whitespace);
        line.centers << double(s.from + s.to) / 2.0;
    }
}

} // namespace

LayoutLines readTextLayout(const QString &text)
{
    LayoutLines out;
    const QStringList lines = text.split(QRegularExpression(QStringLiteral("\r\n|\r|\n|\f")));
    out.reserve(lines.size());
    for (const QString &raw : lines) {
        LayoutLine line;
        line.text = raw.trimmed();
        if (raw.contains(u'|')) {
            line.separated = true;
            for (const QString &cell : raw.split(u'|'))
                line.cells << cell.trimmed();
            // A line that starts with "|" has an empty first cell from the separator itself.
            if (line.text.startsWith(u'|') && !line.cells.isEmpty())
                line.cells.removeFirst();
        } else {
            splitLayoutLine(raw, line);
        }
        out << line;
    }
    return out;
}

} // namespace nb::interchange
