#include "core/report/label_text.h"

#include <vector>

namespace nb::report::labels {

QString normalize(const QString &text)
{
    const QString nfkc = text.normalized(QString::NormalizationForm_KC);
    QString out;
    out.reserve(nfkc.size());
    for (qsizetype i = 0; i < nfkc.size(); ++i) {
        const QChar c = nfkc.at(i);
        if (c.isSpace() || c == QChar(0x200B) || c == QChar(0xFEFF))
            continue;
        // "1、属于国家秘密" is the same item as "1.属于国家秘密".
        if (c == u'、' && !out.isEmpty() && out.back().isDigit()) {
            out += u'.';
            continue;
        }
        out += c;
    }
    return out;
}

int commonLength(const QString &a, const QString &b)
{
    if (a.isEmpty() || b.isEmpty())
        return 0;
    std::vector<int> row(size_t(b.size()) + 1, 0);
    for (qsizetype i = 0; i < a.size(); ++i) {
        int diagonal = 0;
        for (qsizetype j = 0; j < b.size(); ++j) {
            const int above = row[size_t(j) + 1];
            row[size_t(j) + 1] = a.at(i) == b.at(j) ? diagonal + 1 : std::max(above, row[size_t(j)]);
            diagonal = above;
        }
    }
    return row.back();
}

double similarity(const QString &a, const QString &b)
{
    if (a.isEmpty() && b.isEmpty())
        return 1.0;
    return 2.0 * commonLength(a, b) / double(a.size() + b.size());
}

double coverage(const QString &wanted, const QString &text)
{
    if (wanted.isEmpty())
        return 1.0;
    return double(commonLength(wanted, text)) / double(wanted.size());
}

} // namespace nb::report::labels
