#include "core/report/text_similarity.h"

#include <QHash>

namespace nb::report {

namespace {
QString essentials(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text)
        if (c.isLetter())
            out += c;
    return out;
}

QHash<quint32, int> bigrams(const QString &s)
{
    QHash<quint32, int> out;
    for (qsizetype i = 0; i + 1 < s.size(); ++i)
        ++out[(quint32(s.at(i).unicode()) << 16) | s.at(i + 1).unicode()];
    return out;
}
} // namespace

double textSimilarity(const QString &a, const QString &b)
{
    const QString x = essentials(a), y = essentials(b);
    if (x.size() < 2 || y.size() < 2)
        return x == y ? 1.0 : 0.0;
    const auto bx = bigrams(x), by = bigrams(y);
    int common = 0;
    for (auto it = bx.begin(); it != bx.end(); ++it)
        common += std::min(it.value(), by.value(it.key()));
    return 2.0 * common / double(x.size() - 1 + y.size() - 1);
}

} // namespace nb::report
