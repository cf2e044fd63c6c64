#include "core/report/label_text.h"

#include <QHash>
#include <vector>

namespace nb::report::labels {

QString ideographsForRadicals(QString text)
{
    // CJK Radicals Supplement entries whose shape is a whole ideograph (Unicode's
    // EquivalentUnifiedIdeograph data); NFKC leaves this block alone.
    static const QHash<char16_t, char16_t> supplement{
        {0x2E9F, u'母'}, {0x2EA0, u'民'}, {0x2EC4, u'西'}, {0x2EC5, u'见'}, {0x2EC6, u'角'}, {0x2EC9, u'贝'},
        {0x2ECB, u'车'}, {0x2ED3, u'长'}, {0x2ED4, u'门'}, {0x2ED7, u'雨'}, {0x2ED8, u'青'}, {0x2ED9, u'韦'},
        {0x2EDA, u'页'}, {0x2EDB, u'风'}, {0x2EDC, u'飞'}, {0x2EE0, u'饣'}, {0x2EE2, u'马'}, {0x2EE3, u'骨'},
        {0x2EE4, u'鬼'}, {0x2EE5, u'鱼'}, {0x2EE6, u'鸟'}, {0x2EE7, u'卤'}, {0x2EE8, u'麦'}, {0x2EE9, u'黄'},
        {0x2EEB, u'斉'}, {0x2EEC, u'齐'}, {0x2EEE, u'齿'}, {0x2EEF, u'竜'}, {0x2EF0, u'龙'}, {0x2EF3, u'龟'}};
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c >= 0x2F00 && c <= 0x2FD5) {
            const QString ideograph = QString(text.at(i)).normalized(QString::NormalizationForm_KC);
            if (ideograph.size() == 1)
                text[i] = ideograph.at(0);
        } else if (c >= 0x2E80 && c <= 0x2EF3) {
            if (const auto it = supplement.constFind(c); it != supplement.constEnd())
                text[i] = QChar(*it);
        }
    }
    return text;
}

QString normalize(const QString &text)
{
    const QString nfkc = ideographsForRadicals(text).normalized(QString::NormalizationForm_KC);
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
