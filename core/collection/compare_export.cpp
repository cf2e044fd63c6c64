#include "core/collection/compare_export.h"

#include "core/collection/collection_text.h"
#include "core/collection/html_page.h"

namespace nb::collection {

QString comparisonTitle(const Comparison &c)
{
    return CollectionText::tr("%1 %2 年度与 %3 年度对比").arg(c.agency).arg(c.year).arg(c.previousYear);
}

QStringList comparisonHeader()
{
    return {CollectionText::tr("部分"), CollectionText::tr("项目"), CollectionText::tr("单元格"),
            CollectionText::tr("上年"), CollectionText::tr("本年"), CollectionText::tr("变化"),
            CollectionText::tr("变化率")};
}

QStringList comparisonFields(const CellChange &c)
{
    return {c.section.left(c.section.indexOf(u'、')), c.name, c.key, c.previous.toString(), c.current.toString(),
            changeText(c), percentText(c)};
}

QString similarityText(const TextChange &t)
{
    if (!t.similarity)
        return CollectionText::tr("（一方为空）");
    const QString percent = QStringLiteral("%1%").arg(qRound(*t.similarity * 100));
    return t.copied ? CollectionText::tr("%1 雷同").arg(percent) : percent;
}

QString comparisonHtml(const Comparison &c)
{
    QList<QStringList> texts;
    for (const TextChange &t : c.texts)
        texts << QStringList{html::escape(t.heading), html::escape(similarityText(t))};
    QList<QStringList> cells;
    QStringList classes;
    for (const CellChange &change : c.cells) {
        QStringList fields;
        for (const QString &f : comparisonFields(change))
            fields << html::escape(f);
        cells << fields;
        classes << (change.change.isZero() ? QStringLiteral("missing") : QString());
    }
    const QString body =
        QStringLiteral("<h2>%1</h2>\n%2<h2>%3</h2>\n<p>%4</p>\n%5")
            .arg(html::escape(CollectionText::tr("文字部分与上年的相似度")),
                 html::table({CollectionText::tr("部分"), CollectionText::tr("相似度")}, texts),
                 html::escape(CollectionText::tr("数据变化（变化大的在前）")),
                 html::escape(CollectionText::tr("共 %1 个单元格，其中 %2 个与上年不同。")
                                  .arg(c.cells.size())
                                  .arg(c.changedCells())),
                 html::table(comparisonHeader(), cells, classes));
    return html::page(comparisonTitle(c), body);
}

QByteArray comparisonCsv(const Comparison &c)
{
    QList<QStringList> rows{comparisonHeader()};
    for (const CellChange &change : c.cells)
        rows << comparisonFields(change);
    rows << QStringList{};
    rows << QStringList{CollectionText::tr("部分"), CollectionText::tr("相似度")};
    for (const TextChange &t : c.texts)
        rows << QStringList{t.heading, similarityText(t)};
    return html::csvDocument(rows);
}

} // namespace nb::collection
