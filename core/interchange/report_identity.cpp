#include "core/interchange/report_identity.h"

#include "core/interchange/published_report_importer.h"
#include "core/report/agency_name.h"
#include "core/report/label_text.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace nb::interchange {

using namespace nb::report;
namespace lbl = nb::report::labels;

namespace {


const QRegularExpression &sentencePunctuation()
{
    static const QRegularExpression re(QStringLiteral("[，。；！？,;:：!?“”\"]"));
    return re;
}

// What an agency's name ends with (人民政府, 办公室, 局, 委员会 …).
const QString &agencyEnding()
{
    static const QString re = QStringLiteral("(?:人民政府办公厅|人民政府办公室|人民政府|办公厅|办公室|委员会|局|委|办|厅|中心|院|署|馆|所|部|会|处|站|队|社|行)");
    return re;
}

bool looksLikeAgency(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\S{2,40}") + agencyEnding() + u'$');
    return re.match(text).hasMatch() && !text.contains(sentencePunctuation());
}

// 二〇二四 → 2024, 十二 → 12, 二十 → 20: the numerals of a signed date.
int chineseNumber(const QString &text)
{
    static const QString digits = QStringLiteral("〇一二三四五六七八九");
    bool ok = false;
    if (const int n = text.toInt(&ok); ok)
        return n;
    if (text.size() == 4) { // a year is written digit by digit
        int n = 0;
        for (QChar c : text) {
            const qsizetype d = c == u'零' || c == u'○' || c == u'Ｏ' || c == u'O' ? 0 : digits.indexOf(c);
            if (d < 0)
                return 0;
            n = n * 10 + int(d);
        }
        return n;
    }
    const qsizetype ten = text.indexOf(u'十');
    if (ten < 0)
        return text.size() == 1 ? int(digits.indexOf(text.at(0))) : 0;
    const int tens = ten == 0 ? 1 : int(digits.indexOf(text.at(0)));
    const int ones = ten + 1 < text.size() ? int(digits.indexOf(text.at(ten + 1))) : 0;
    return tens < 0 || ones < 0 ? 0 : tens * 10 + ones;
}

// Statistics period: "2023年1月1日至2023年12月31日" / "2023年1月1日至12月31日".
int periodYear(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(R"((20\d\d)\s*年\s*1\s*月\s*1\s*日\s*(?:起\s*)?至)"));
    const auto m = re.match(text);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

// Without a title: "2023年，某某局认真贯彻……" names the agency in the first sentence.
QString agencyFromText(const QString &overview)
{
    static const QRegularExpression re(
        QStringLiteral(R"((?:^|\n)\s*\d{4}\s*年(?:度|以来)?\s*[，,]\s*(\S{2,40}?)") + agencyEnding()
        + QStringLiteral(R"()(?=认真|深入|坚持|全面|严格|始终|紧紧|积极|持续|围绕|以|在|按照|根据|继续|进一步|聚焦|高度|扎实|不断))"));
    const auto m = re.match(overview);
    return m.hasMatch() ? m.captured(1) : QString();
}

int yearFrom(const QString &text, const QString &pattern)
{
    const auto m = QRegularExpression(pattern).match(text);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

// A full name of which the title's name is an abbreviation: every character of
// the short name, in order, and not merely the short name plus more (示范市人民政府
// is not an abbreviation of 示范市人民政府办公室, which is another body).
bool abbreviates(const QString &shortName, const QString &fullName)
{
    return !shortName.isEmpty() && fullName.size() > shortName.size() && !fullName.contains(shortName)
        && lbl::commonLength(shortName, fullName) == shortName.size();
}

} // namespace

AgencyKind kindFromName(const QString &agency)
{
    const bool government = agency.endsWith(QStringLiteral("人民政府")) || agency.endsWith(QStringLiteral("人民政府办公厅"))
                         || agency.endsWith(QStringLiteral("人民政府办公室"));
    return government ? AgencyKind::Government : AgencyKind::Department;
}

std::optional<TitleParts> parseTitle(const QString &normalized, const Definition &def)
{
    static const QRegularExpression agencyFirst(QStringLiteral(R"(^(.*?)(\d{4})年度?$)"));
    static const QRegularExpression yearFirst(QStringLiteral(R"(^(\d{4})年度?(.+)$)"));
    const QString suffix = lbl::normalize(def.titleSuffix()).mid(1); // without 年: "2023年度…" is also seen
    const qsizetype at = normalized.indexOf(suffix);
    // A sentence that mentions the report ("现将本机关2023年政府信息公开工作年度报告公布如下") is not its
    // title: a title ends with the suffix and names only the agency before it.
    if (at < 0 || normalized.size() - at - suffix.size() > 4)
        return std::nullopt;
    const QString left = normalized.left(at);
    TitleParts parts;
    if (const auto m = agencyFirst.match(left); m.hasMatch()) {
        parts = {m.captured(1), m.captured(2).toInt()};
    } else if (const auto y = yearFirst.match(left); y.hasMatch()) {
        parts = {y.captured(2), y.captured(1).toInt()};
    } else {
        return std::nullopt;
    }
    if (parts.agency.size() > 40 || parts.agency.contains(sentencePunctuation()))
        return std::nullopt;
    return parts;
}

std::optional<TitleParts> findBodyTitle(const LayoutLines &lines, int end, const Definition &def, int &bodyStart)
{
    for (int i = 0; i < end; ++i) {
        const QString text = lbl::normalize(lines[i].text);
        if (auto title = parseTitle(text, def)) {
            if (title->agency.isEmpty() && i > 0 && looksLikeAgency(lbl::normalize(lines[i - 1].text)))
                title->agency = lbl::normalize(lines[i - 1].text);
            bodyStart = i + 1;
            return title;
        }
        // PDF text breaks a long title over two lines ("2024 年上海市科委政府信息公开工作" / "年度报告").
        if (i + 1 < end && text.size() <= 40 && lbl::normalize(lines[i + 1].text).size() <= 20)
            if (auto title = parseTitle(text + lbl::normalize(lines[i + 1].text), def); title && !title->agency.isEmpty()) {
                bodyStart = i + 2;
                return title;
            }
    }
    return std::nullopt;
}

std::optional<Signature> takeSignature(const LayoutLines &lines, int from, int &to)
{
    static const QRegularExpression dateLine(QStringLiteral(
        R"(^(.*?)([0-9〇○零一二三四五六七八九]{4})年([0-9一二三四五六七八九十]{1,3})月([0-9一二三四五六七八九十]{1,3})日$)"));
    int last = to - 1;
    while (last >= from && lines[last].text.trimmed().isEmpty())
        --last;
    if (last < from)
        return std::nullopt;
    const auto m = dateLine.match(lbl::normalize(lines[last].text));
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date(chineseNumber(m.captured(2)), chineseNumber(m.captured(3)), chineseNumber(m.captured(4)));
    if (!date.isValid() || (!m.captured(1).isEmpty() && !looksLikeAgency(m.captured(1))))
        return std::nullopt; // a sentence ending in a date is text, not a signature
    Signature s{m.captured(1), date};
    int first = last;
    if (s.agency.isEmpty() && last - 1 >= from) {
        const QString previous = lbl::normalize(lines[last - 1].text);
        if (looksLikeAgency(previous)) {
            s.agency = previous;
            first = last - 1;
        }
    }
    to = first;
    return s;
}

void settleIdentity(const IdentitySources &src, const ImportOptions &options, const Definition &def, ImportResult &out)
{
    Report &r = out.report;
    std::optional<TitleParts> title = src.bodyTitle;
    for (const QString &meta : src.metaTitles)
        if (!title && (title = parseTitle(lbl::normalize(meta), def)))
            out.notes << PublishedReportImporter::tr("正文中没有报告标题，标题取自网页的标题元数据：%1").arg(meta);
    // <title>: the article's title and the site's name, separated by _ - | or —.
    static const QRegularExpression separators(QStringLiteral(R"(\s*(?:_|\||｜|——|—|\s-\s|-)\s*)"));
    QStringList siteNames;
    for (const QString &part : src.headTitle.split(separators, Qt::SkipEmptyParts)) {
        const auto parsed = parseTitle(lbl::normalize(part), def);
        if (!parsed && looksLikeAgency(lbl::normalize(part)))
            siteNames << lbl::normalize(part);
        if (!title && parsed) {
            title = parsed;
            out.notes << PublishedReportImporter::tr("正文中没有报告标题，标题取自网页标题：%1").arg(part.trimmed());
        }
    }
    r.imported.titleYear = title ? title->year : 0;

    // The year: the title's; else the statistics period, the signature's date, the file name, the text.
    const QString overview = r.texts.value(QStringLiteral("overview"));
    r.year = r.imported.titleYear;
    if (!r.year && (r.year = periodYear(r.imported.preface + u'\n' + overview)))
        out.notes << PublishedReportImporter::tr("没有找到报告标题，年度 %1 取自统计期限").arg(r.year);
    if (!r.year && src.signature && (r.year = src.signature->date.year() - 1))
        out.notes << PublishedReportImporter::tr("没有找到报告标题，年度 %1 取自落款日期 %2（年度报告在次年发布）")
                         .arg(r.year)
                         .arg(src.signature->date.toString(QStringLiteral("yyyy年M月d日")));
    if (!r.year && (r.year = yearFrom(QFileInfo(src.fileName).fileName(), QStringLiteral(R"((?:^|\D)(20\d\d)(?:\D|$))"))))
        out.notes << PublishedReportImporter::tr("没有找到报告标题，年度 %1 取自文件名").arg(r.year);
    if (!r.year && (r.year = yearFrom(overview, QStringLiteral(R"((20\d\d)\s*年)"))))
        out.notes << PublishedReportImporter::tr("没有找到报告标题，年度 %1 取自“总体情况”的正文").arg(r.year);
    if (!r.year && !options.year)
        out.notes << PublishedReportImporter::tr("没有找到报告的年度，请补填");

    // The agency: the title's (completed when abbreviated); else the signature's, else the text's.
    const QString fromText = agencyFromText(overview);
    QList<std::pair<QString, QString>> fuller; // (name, where it was found)
    if (src.signature && !src.signature->agency.isEmpty())
        fuller.append({src.signature->agency, PublishedReportImporter::tr("落款")});
    for (const QString &site : siteNames)
        fuller.append({site, PublishedReportImporter::tr("网页标题中的网站名称")});
    if (!fromText.isEmpty())
        fuller.append({fromText, PublishedReportImporter::tr("“总体情况”的正文")});
    r.agencyName = title ? title->agency : QString();
    for (const auto &[name, where] : fuller)
        if (abbreviates(r.agencyName, name)) {
            out.notes << PublishedReportImporter::tr("标题中的机关名称“%1”是简称，全称“%2”取自%3，请核对").arg(r.agencyName, name, where);
            r.agencyName = name;
            break;
        }
    if (r.agencyName.isEmpty() && src.signature && !src.signature->agency.isEmpty()) {
        r.agencyName = src.signature->agency;
        out.notes << PublishedReportImporter::tr("没有找到报告标题，机关名称“%1”取自落款，请核对").arg(r.agencyName);
    }
    if (r.agencyName.isEmpty() && !fromText.isEmpty()) {
        r.agencyName = fromText;
        out.notes << PublishedReportImporter::tr("没有找到报告标题，机关名称“%1”取自“总体情况”的正文，请核对").arg(r.agencyName);
    }
    if (auto refused = r.agencyName.isEmpty() ? std::nullopt : AgencyName::check(r.agencyName)) {
        // A name that cannot be an agency's is never carried on into files or a database.
        out.notes << PublishedReportImporter::tr("报告中的机关名称无法使用：%1").arg(refused->message);
        r.agencyName.clear();
    }
    if (r.agencyName.isEmpty() && options.agency.isEmpty())
        out.notes << PublishedReportImporter::tr("没有找到机关名称，请补填");

    // What the user supplies wins; a difference from what the report says is noted.
    if (!options.agency.isEmpty()) {
        if (!r.agencyName.isEmpty() && r.agencyName != options.agency)
            out.notes << PublishedReportImporter::tr("报告中的机关名称为“%1”，按指定改为“%2”").arg(r.agencyName, options.agency);
        r.agencyName = options.agency;
    }
    if (options.year) {
        if (r.year && r.year != options.year)
            out.notes << PublishedReportImporter::tr("报告中的年度为 %1，按指定改为 %2").arg(r.year).arg(options.year);
        r.year = options.year;
    }
    r.agencyKind = options.kind ? *options.kind : kindFromName(r.agencyName);
}

} // namespace nb::interchange
