#include "core/collection/html_page.h"

namespace nb::collection::html {

QString escape(const QString &text)
{
    return text.toHtmlEscaped();
}

QString table(const QStringList &header, const QList<QStringList> &cells, const QStringList &classes)
{
    QString out = QStringLiteral("<table>\n<thead><tr>");
    for (const QString &h : header)
        out += QStringLiteral("<th>%1</th>").arg(escape(h));
    out += QStringLiteral("</tr></thead>\n<tbody>\n");
    for (qsizetype r = 0; r < cells.size(); ++r) {
        const QString cls = classes.value(r);
        out += cls.isEmpty() ? QStringLiteral("<tr>") : QStringLiteral("<tr class=\"%1\">").arg(cls);
        for (const QString &c : cells[r])
            out += QStringLiteral("<td>%1</td>").arg(c);
        out += QStringLiteral("</tr>\n");
    }
    return out + QStringLiteral("</tbody>\n</table>\n");
}

QString page(const QString &title, const QString &body)
{
    return QStringLiteral(
               "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>%1</title>\n"
               "<style>\n"
               // Printed to PDF, Noto CJK loses digits and writes some
               // ideographs as radicals (民 as ⺠) in the text layer: a Latin
               // face first, then CJK faces that extract correctly.
               "body { font-family: \"DejaVu Sans\", Arial, \"Microsoft YaHei\", \"WenQuanYi Zen Hei\","
               " \"Noto Sans CJK SC\", \"Source Han Sans SC\", sans-serif;"
               " font-size: 10.5pt; margin: 1.5em; }\n"
               "h1 { font-size: 15pt; } h2 { font-size: 12pt; margin-top: 1.2em; }\n"
               "table { border-collapse: collapse; margin: 0.5em 0; }\n"
               "th, td { border: 1px solid #777; padding: 2px 6px; vertical-align: top; }\n"
               "th { background: #eee; } td.num { text-align: right; }\n"
               "tr.error td { color: #b00020; } tr.missing td { color: #777; }\n"
               ".sign { margin-top: 2em; }\n"
               // Ideographic spaces indent the board's tree and leave room to
               // sign; Qt's rich text collapses them unless told not to.
               "td, .sign { white-space: pre-wrap; }\n"
               "</style>\n</head>\n<body>\n<h1>%1</h1>\n%2</body>\n</html>\n")
        .arg(escape(title), body);
}

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n'))
        && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray csvDocument(const QList<QStringList> &rows)
{
    QString out;
    for (const QStringList &row : rows) {
        QStringList fields;
        for (const QString &f : row)
            fields << csvField(f);
        out += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

} // namespace nb::collection::html
