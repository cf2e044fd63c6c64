#include "core/render/html_writer.h"

namespace nb::render {

namespace {
const QString kTableStyle = QStringLiteral("border-collapse:collapse;width:100%;font-size:14px");
const QString kCellStyle = QStringLiteral("border:1px solid #000;padding:4px 6px");

QString spans(const GridEntry &e)
{
    QString out;
    if (e.rowSpan > 1)
        out += QStringLiteral(" rowspan=\"%1\"").arg(e.rowSpan);
    if (e.colSpan > 1)
        out += QStringLiteral(" colspan=\"%1\"").arg(e.colSpan);
    return out;
}

QString cellHtml(const GridEntry &e)
{
    using K = GridEntry::Kind;
    QString tag = QStringLiteral("th"), scope;
    QString align = QStringLiteral("center");
    if (e.kind == K::Value) {
        tag = QStringLiteral("td");
    } else if (e.kind == K::Stub) {
        scope = e.rowSpan > 1 ? QStringLiteral(" scope=\"rowgroup\"") : QStringLiteral(" scope=\"row\"");
        if (e.rowSpan == 1)
            align = QStringLiteral("left");
    } else if (e.kind == K::Header) {
        scope = e.colSpan > 1 ? QStringLiteral(" scope=\"colgroup\"") : QStringLiteral(" scope=\"col\"");
    }
    const QString weight = e.kind == K::Header ? QStringLiteral("font-weight:bold;") : QStringLiteral("font-weight:normal;");
    return QStringLiteral("<%1%2%3 style=\"%4;text-align:%5;%6\">%7</%1>")
        .arg(tag, scope, spans(e), kCellStyle, align, weight, e.text.toHtmlEscaped());
}
} // namespace

QStringList HtmlWriter::notesAfter(int table) const
{
    QStringList notes;
    const auto &blocks = m_doc.blocks();
    for (int i = 0; i < blocks.size(); ++i) {
        if (blocks[i].kind != Block::Kind::Table || blocks[i].table != table)
            continue;
        for (int j = i + 1; j < blocks.size() && blocks[j].kind == Block::Kind::TableNote; ++j)
            notes << blocks[j].text;
    }
    return notes;
}

QString HtmlWriter::table(int index) const
{
    const TableGrid &grid = m_doc.tables()[index];
    QString html = QStringLiteral("<table style=\"%1\">\n").arg(kTableStyle);
    const QStringList notes = notesAfter(index);
    if (!notes.isEmpty()) {
        QStringList escaped;
        for (const auto &n : notes)
            escaped << n.toHtmlEscaped();
        html += QStringLiteral("<caption style=\"caption-side:bottom;text-align:left;font-size:12px;padding-top:4px\">%1</caption>\n")
                    .arg(escaped.join(QStringLiteral("<br>")));
    }
    int row = -1;
    for (const auto &e : grid.entries()) {
        if (e.row != row) {
            if (row >= 0)
                html += QStringLiteral("</tr>\n");
            if (e.row == 0)
                html += grid.headerRows() > 0 ? QStringLiteral("<thead>\n") : QStringLiteral("<tbody>\n");
            else if (e.row == grid.headerRows())
                html += QStringLiteral("</thead>\n<tbody>\n");
            row = e.row;
            html += QStringLiteral("<tr>");
        }
        html += cellHtml(e);
    }
    html += QStringLiteral("</tr>\n</tbody>\n</table>\n");
    return html;
}

QString HtmlWriter::page() const
{
    QString body;
    for (const auto &b : m_doc.blocks()) {
        const QString text = b.text.toHtmlEscaped();
        switch (b.kind) {
        case Block::Kind::Title:
            body += QStringLiteral("<h1 style=\"text-align:center;font-size:24px\">%1</h1>\n").arg(text);
            break;
        case Block::Kind::DocumentNumber:
            body += QStringLiteral("<p style=\"text-align:center\">%1</p>\n").arg(text);
            break;
        case Block::Kind::Heading:
            body += QStringLiteral("<h2 style=\"font-size:18px\">%1</h2>\n").arg(text);
            break;
        case Block::Kind::Paragraph:
            body += QStringLiteral("<p style=\"text-indent:2em\">%1</p>\n").arg(text);
            break;
        case Block::Kind::Table:
            body += table(b.table);
            break;
        case Block::Kind::TableNote: // part of the table's caption
            break;
        case Block::Kind::Date:
            body += QStringLiteral("<p style=\"text-align:right\">%1</p>\n").arg(text);
            break;
        }
    }
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
                          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                          "<title>%1</title>\n</head>\n"
                          "<body style=\"max-width:960px;margin:0 auto;padding:16px;line-height:1.8;"
                          "font-family:SimSun,'Songti SC','Noto Serif CJK SC',serif\">\n%2</body>\n</html>\n")
        .arg(m_doc.title().toHtmlEscaped(), body);
}

} // namespace nb::render
