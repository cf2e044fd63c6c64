#include "core/render/csv_writer.h"

namespace nb::render {

QString csvField(const QString &text)
{
    static const QString special = QStringLiteral(",\"\r\n");
    for (QChar c : text)
        if (special.contains(c))
            return u'"' + QString(text).replace(u'"', QStringLiteral("\"\"")) + u'"';
    return text;
}

namespace {
void appendRecord(QString &out, const QStringList &fields)
{
    QStringList quoted;
    for (const auto &f : fields)
        quoted << csvField(f);
    out += quoted.join(u',') + QStringLiteral("\r\n");
}

void appendGrid(QString &out, const TableGrid &grid)
{
    QList<QStringList> rows(grid.rowCount(), QStringList(grid.columnCount()));
    for (const auto &e : grid.entries())
        rows[e.row][e.col] = e.text;
    for (const auto &r : rows)
        appendRecord(out, r);
}
} // namespace

QByteArray tablesCsv(const DocumentModel &doc)
{
    QString out;
    appendRecord(out, {doc.title()});
    const auto &blocks = doc.blocks();
    for (int i = 0; i < blocks.size(); ++i) {
        const Block &b = blocks[i];
        const bool tableFollows = i + 1 < blocks.size() && blocks[i + 1].kind == Block::Kind::Table;
        if (b.kind == Block::Kind::Heading && tableFollows) {
            out += QStringLiteral("\r\n");
            appendRecord(out, {b.text});
        } else if (b.kind == Block::Kind::Table) {
            appendGrid(out, doc.tables()[b.table]);
        } else if (b.kind == Block::Kind::TableNote) {
            appendRecord(out, {b.text});
        }
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

} // namespace nb::render
