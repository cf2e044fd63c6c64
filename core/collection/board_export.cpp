#include "core/collection/board_export.h"

#include "core/collection/collection_text.h"
#include "core/collection/html_page.h"

namespace nb::collection {

using report::CollectionStatus;

QStringList boardHeader()
{
    return {CollectionText::tr("机关"),     CollectionText::tr("上级机关"),   CollectionText::tr("状态"),
            CollectionText::tr("错误"),     CollectionText::tr("未说明的警告"), CollectionText::tr("最后修改"),
            CollectionText::tr("修改人"),   CollectionText::tr("退回理由"),     CollectionText::tr("错误规则")};
}

QStringList boardFields(const BoardRow &row)
{
    const bool known = row.hasReport();
    return {row.agency,
            row.parent,
            CollectionText::status(row.status),
            known ? QString::number(row.errors) : QString(),
            known ? QString::number(row.unexplained) : QString(),
            known ? row.updated.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString(),
            row.updatedBy,
            row.returnReason,
            row.errorRules.join(QStringLiteral("、"))};
}

QString boardTitle(const Board &board)
{
    return board.node.isEmpty() ? CollectionText::tr("%1 年度报告报送情况").arg(board.year)
                                : CollectionText::tr("%1 %2 年度报告报送情况").arg(board.node).arg(board.year);
}

QString boardSummary(const Board &board)
{
    QStringList parts;
    for (CollectionStatus s : {CollectionStatus::Submitted, CollectionStatus::Final, CollectionStatus::Draft,
                               CollectionStatus::Returned, CollectionStatus::Missing})
        parts << QStringLiteral("%1 %2").arg(CollectionText::status(s)).arg(board.count(s));
    return CollectionText::tr("共 %1 个机关：%2；有错误 %3")
        .arg(board.rows.size())
        .arg(parts.join(QStringLiteral("，")))
        .arg(board.withErrors());
}

QByteArray boardCsv(const Board &, const QList<BoardRow> &rows)
{
    QList<QStringList> out{boardHeader()};
    for (const BoardRow &row : rows)
        out << boardFields(row);
    return html::csvDocument(out);
}

QString boardHtml(const Board &board, const QList<BoardRow> &rows)
{
    QList<QStringList> cells;
    QStringList classes;
    for (const BoardRow &row : rows) {
        QStringList fields = boardFields(row);
        // Indented by depth, so the tree shows in a flat table.
        fields[0] = QString(row.depth * 2, QChar(0x3000)) + fields[0];
        for (QString &f : fields)
            f = html::escape(f);
        cells << fields;
        classes << (row.errors > 0 ? QStringLiteral("error")
                                   : !row.hasReport() ? QStringLiteral("missing") : QString());
    }
    const QString body = QStringLiteral("<p>%1</p>\n%2<p class=\"sign\">%3</p>\n")
                             .arg(html::escape(boardSummary(board)), html::table(boardHeader(), cells, classes),
                                  html::escape(CollectionText::tr("审核人：　　　　　　　　日期：　　　　年　　月　　日")));
    return html::page(boardTitle(board), body);
}

} // namespace nb::collection
