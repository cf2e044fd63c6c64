#include "core/interchange/published_report_importer.h"

#include "core/interchange/html_layout_reader.h"
#include "core/interchange/pdf_text.h"
#include "core/interchange/report_identity.h"
#include "core/interchange/table_reader.h"
#include "core/interchange/text_decoding.h"
#include "core/interchange/text_layout_reader.h"
#include "core/report/label_text.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace nb::interchange {

using namespace nb::report;
namespace lbl = nb::report::labels;

namespace {

struct Heading {
    int line = -1;
    int section = -1; // index into Definition::sections()
};

bool isPageFooter(const QString &text)
{
    static const QRegularExpression footer(QStringLiteral(
        R"(^(?:[-－—–]\s*\d+\s*[-－—–]|第\s*\d+\s*页(?:\s*[，,/]?\s*共\s*\d+\s*页)?|\d+\s*/\s*\d+)$)"));
    return footer.match(text).hasMatch();
}

// Lines after which the page is no longer the report (attachments, the site's links and footer).
bool isEndOfReport(const QString &normalized)
{
    static const QStringList markers{"相关附件", "附件:", "打印本页", "【打印", "[打印", "关闭窗口", "【关闭", "[关闭", "分享到",
                                     "扫一扫", "版权所有", "主办单位", "网站标识码", "上一篇", "下一篇"};
    return std::any_of(markers.begin(), markers.end(), [&](const QString &m) { return normalized.startsWith(m); });
}

// "四、因政府信息公开被申请行政复议、提起行政诉讼情况" is heading 四: the same
// numeral and most of the official heading's words, in order, in a line not much longer.
bool matchesHeading(const QString &line, const QString &heading)
{
    const qsizetype mark = heading.indexOf(u'、');
    if (mark < 1 || line.size() <= mark || !line.startsWith(heading.left(mark)))
        return false;
    const QChar sep = line.at(mark);
    if (sep != u'、' && sep != u'.' && sep != u',' && sep != u'，')
        return false;
    const QString wanted = heading.mid(mark + 1), rest = line.mid(mark + 1);
    return rest.size() <= 2 * wanted.size() + 4 && lbl::coverage(wanted, rest) >= 0.6;
}

QList<Heading> findHeadings(const LayoutLines &lines, const Definition &def)
{
    QList<Heading> out;
    QList<QString> headings;
    for (const Section &s : def.sections())
        headings << lbl::normalize(s.heading);
    for (int i = 0; i < lines.size(); ++i) {
        if (lines[i].separated && lines[i].cells.size() > 1
            && std::count_if(lines[i].cells.begin(), lines[i].cells.end(), [](const QString &c) { return !c.isEmpty(); }) > 1)
            continue; // a table row, not a heading
        const QString text = lbl::normalize(lines[i].text);
        for (int s = 0; s < headings.size(); ++s) {
            const bool seen = std::any_of(out.begin(), out.end(), [&](const Heading &h) { return h.section == s; });
            if (!seen && matchesHeading(text, headings[s])) {
                out.append({i, s});
                break;
            }
        }
    }
    return out;
}

// Paragraphs: a line that does not end a sentence continues on the next (PDF text wraps lines).
QString joinParagraphs(const LayoutLines &lines, int from, int to)
{
    static const QRegularExpression newItem(QStringLiteral(R"(^(?:[一二三四五六七八九十]+是|[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、|\d+[.、．]))"));
    static const QString sentenceEnd = QStringLiteral("。！？；：:”」）)…!?");
    QString out;
    for (int i = from; i < to; ++i) {
        const QString text = lines[i].separated ? lines[i].cells.join(u' ').trimmed() : lines[i].text;
        if (text.isEmpty() || isPageFooter(text))
            continue;
        if (!out.isEmpty() && (sentenceEnd.contains(out.back()) || newItem.match(text).hasMatch()))
            out += u'\n';
        out += text;
    }
    return out;
}

bool looksLikeHtml(const QString &fileName, const QString &text)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return true;
    if (suffix == QLatin1String("txt"))
        return false;
    const QString head = text.left(2048).toLower();
    return head.contains(QLatin1String("<html")) || head.contains(QLatin1String("<table")) || head.contains(QLatin1String("<body"))
        || head.contains(QLatin1String("<!doctype html"));
}

} // namespace

bool PublishedReportImporter::handles(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    return suffix == QLatin1String("txt") || suffix == QLatin1String("html") || suffix == QLatin1String("htm")
        || suffix == QLatin1String("pdf");
}

Result<ImportResult> PublishedReportImporter::import(const QByteArray &bytes, const QString &fileName, const Definition &def,
                                                    const ImportOptions &options)
{
    ImportResult out;
    LayoutLines lines;
    IdentitySources identity;
    identity.fileName = fileName;
    if (looksLikePdf(bytes) || QFileInfo(fileName).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0) {
        auto text = pdfLayoutText(bytes, fileName);
        if (!text)
            return text.error();
        out.encoding = QStringLiteral("PDF");
        lines = readTextLayout(*text);
    } else {
        const auto text = decodeReportText(bytes, &out.encoding);
        if (!text)
            return Error{QStringLiteral("import.encoding"), tr("%1 的文字编码无法识别（应为 UTF-8 或 GBK/GB18030）").arg(fileName)};
        if (looksLikeHtml(fileName, *text)) {
            HtmlPage page = readHtmlPage(*text);
            lines = std::move(page.lines);
            identity.headTitle = page.headTitle;
            identity.metaTitles = page.metaTitles;
        } else {
            lines = readTextLayout(*text);
        }
    }
    lines.removeIf([](const LayoutLine &l) { return isPageFooter(l.text); });
    const QList<Heading> headings = findHeadings(lines, def);
    if (headings.isEmpty())
        return Error{QStringLiteral("import.not-a-report"),
                     tr("%1 中没有找到年度报告的任何部分（如“%2”），这不像一份政府信息公开工作年度报告")
                         .arg(fileName, def.sections().first().heading)};
    Report &r = out.report;
    r.imported.present = true;
    int bodyStart = 0;
    identity.bodyTitle = findBodyTitle(lines, headings.first().line, def, bodyStart);
    r.imported.preface = joinParagraphs(lines, bodyStart, headings.first().line);
    for (int h = 0; h < headings.size(); ++h) {
        const Section &section = def.sections()[headings[h].section];
        r.imported.sections << section.key;
        const int from = headings[h].line + 1;
        int to = h + 1 < headings.size() ? headings[h + 1].line : int(lines.size());
        if (h + 1 == headings.size()) {
            for (int i = from; i < to; ++i)
                if (isEndOfReport(lbl::normalize(lines[i].text))) {
                    to = i;
                    break;
                }
            // The agency and the date signed under the last section are not part of its text.
            if (section.kind == SectionKind::Text)
                identity.signature = takeSignature(lines, from, to);
        }
        if (section.kind == SectionKind::Text)
            r.texts.insert(section.key, joinParagraphs(lines, from, to));
        else
            readSectionTables(section, lines.mid(from, to - from), def, out);
    }
    // Tables of sections whose heading was never found are missing as a whole.
    for (const Section &section : def.sections())
        if (section.kind == SectionKind::Tables && !r.imported.sections.contains(section.key))
            readSectionTables(section, {}, def, out);
    settleIdentity(identity, options, def, out);
    if (identity.signature && !r.publishDate.isValid())
        r.publishDate = identity.signature->date;
    return out;
}

Result<ImportResult> importPublishedReport(const QByteArray &bytes, const QString &fileName, const Definition &def,
                                           const ImportOptions &options)
{
    return PublishedReportImporter::import(bytes, fileName, def, options);
}

} // namespace nb::interchange
