#include "core/session/tsv_block.h"

#include <algorithm>

namespace nb::session {

int TsvBlock::columnCount() const
{
    int n = 0;
    for (const QStringList &r : rows)
        n = std::max(n, int(r.size()));
    return n;
}

TsvBlock TsvBlock::parse(const QString &text)
{
    QString normal = text;
    normal.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QStringList lines = normal.split(QLatin1Char('\n'));
    // Spreadsheets end the last row with a newline too; that is not an extra row.
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    TsvBlock block;
    for (const QString &line : lines)
        block.rows.append(line.split(QLatin1Char('\t')));
    return block;
}

QString TsvBlock::write(const QList<QStringList> &rows)
{
    QString out;
    for (const QStringList &r : rows)
        out += r.join(QLatin1Char('\t')) + QLatin1Char('\n');
    return out;
}

} // namespace nb::session
