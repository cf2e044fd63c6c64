#include "core/interchange/text_layout_reader.h"

#include <QRegularExpression>

namespace nb::interchange {

LayoutLines readTextLayout(const QString &text)
{
    static const QRegularExpression whitespace(QStringLiteral("[\\s\\x{3000}\\x{00A0}]+"));
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
            if (raw.trimmed().startsWith(u'|') && !line.cells.isEmpty())
                line.cells.removeFirst();
        } else {
            // pdftotext aligns columns by character count: a token's middle says which column it is in.
            auto it = whitespace.globalMatch(raw);
            qsizetype from = 0;
            auto token = [&](qsizetype to) {
                if (to > from) {
                    line.cells << raw.mid(from, to - from);
                    line.centers << double(from + to) / 2.0;
                }
            };
            while (it.hasNext()) {
                const auto m = it.next();
                token(m.capturedStart());
                from = m.capturedEnd();
            }
            token(raw.size());
        }
        out << line;
    }
    return out;
}

} // namespace nb::interchange
