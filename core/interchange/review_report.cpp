#include "core/interchange/review_report.h"

#include <QFileInfo>
#include <QSaveFile>
#include <map>

namespace nb::interchange {

using namespace nb::report;

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    return u'"' + QString(text).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

QString severityName(Severity s)
{
    switch (s) {
    case Severity::Error: return ReviewReport::tr("错误");
    case Severity::Warning: return ReviewReport::tr("警告");
    case Severity::Info: return ReviewReport::tr("提示");
    }
    return {};
}

std::vector<Finding> bySeverity(std::vector<Finding> findings)
{
    std::stable_sort(findings.begin(), findings.end(), [](const Finding &a, const Finding &b) { return a.severity < b.severity; });
    return findings;
}

} // namespace

int ReviewedReport::count(Severity s) const
{
    return int(std::count_if(findings.begin(), findings.end(), [&](const Finding &f) { return f.severity == s; }));
}

ReviewReport::ReviewReport(std::shared_ptr<const Definition> def)
    : m_def(std::move(def)), m_engine(std::make_shared<Engine>(m_def))
{
}

const ReviewedReport &ReviewReport::check(const QString &path, const ImportOptions &options, const std::optional<Report> &previous)
{
    ReviewedReport reviewed;
    reviewed.file = path;
    auto loaded = ReportFile::read(path, *m_def, options);
    if (!loaded) {
        reviewed.error = loaded.error().message;
    } else {
        m_engine->setPrevious(previous);
        m_engine->load(loaded->report);
        reviewed.agency = loaded->report.agencyName;
        reviewed.year = loaded->report.year;
        reviewed.findings = m_engine->findings();
        reviewed.unreadableCells = loaded->unreadableCells;
        reviewed.problems = loaded->problems;
    }
    m_reports.push_back(std::move(reviewed));
    return m_reports.back();
}

// Errors first, then warnings, then unreadable files; the order given within each.
std::vector<const ReviewedReport *> ReviewReport::ordered() const
{
    std::vector<const ReviewedReport *> out;
    for (const auto &r : m_reports)
        out.push_back(&r);
    auto rank = [](const ReviewedReport *r) {
        return r->count(Severity::Error) > 0 ? 0 : r->count(Severity::Warning) > 0 ? 1 : r->error.isEmpty() ? 3 : 2;
    };
    std::stable_sort(out.begin(), out.end(), [&](auto *a, auto *b) { return rank(a) < rank(b); });
    return out;
}

std::vector<ReviewReport::RuleCount> ReviewReport::ruleCounts() const
{
    std::map<QString, RuleCount> counts;
    for (const auto &r : m_reports) {
        QSet<QString> seen;
        for (const Finding &f : r.findings) {
            RuleCount &c = counts.try_emplace(f.rule, RuleCount{f.rule, f.severity}).first->second;
            ++c.findings;
            if (!seen.contains(f.rule)) {
                seen.insert(f.rule);
                ++c.reports;
            }
        }
    }
    std::vector<RuleCount> out;
    for (auto &[rule, c] : counts)
        out.push_back(c);
    std::stable_sort(out.begin(), out.end(), [](const RuleCount &a, const RuleCount &b) {
        return a.severity != b.severity ? a.severity < b.severity : a.reports > b.reports;
    });
    return out;
}

QString ReviewReport::ruleTitle(const QString &rule) const
{
    const RuleDef *def = m_def->rule(rule);
    return def ? def->title : QString();
}

QString ReviewReport::html(const QDateTime &when) const
{
    int read = 0, unusable = 0, withErrors = 0, withWarnings = 0;
    for (const auto &r : m_reports) {
        (r.error.isEmpty() ? read : unusable) += 1;
        withErrors += r.count(Severity::Error) > 0 ? 1 : 0;
        withWarnings += r.count(Severity::Error) == 0 && r.count(Severity::Warning) > 0 ? 1 : 0;
    }
    QString h;
    h.reserve(4096 + int(m_reports.size()) * 1024);
    const QString title = tr("政府信息公开工作年度报告审查结果");
    h += QStringLiteral("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>") + escaped(title)
       + QStringLiteral("</title>\n<style>body{font-family:SimSun,'Noto Serif CJK SC',serif;max-width:1200px;margin:0 auto;padding:16px;"
                        "line-height:1.6}table{border-collapse:collapse;width:100%;margin:8px 0 24px}th,td{border:1px solid #888;"
                        "padding:4px 6px;vertical-align:top;text-align:left}th{background:#eee}td.n{text-align:right}"
                        ".error{color:#b00020}.warning{color:#8a5a00}.info{color:#1d5fa6}q{color:#333;quotes:'“' '”'}"
                        "ul{margin:0;padding-left:1.2em}</style>\n</head>\n<body>\n<h1>")
       + escaped(title) + QStringLiteral("</h1>\n<p>");
    h += escaped(tr("生成时间：%1。共 %2 个文件：读取 %3 个，无法读取 %4 个；有错误的 %5 个，只有警告的 %6 个。")
                     .arg(when.toString(QStringLiteral("yyyy年M月d日 HH:mm")))
                     .arg(m_reports.size())
                     .arg(read)
                     .arg(unusable)
                     .arg(withErrors)
                     .arg(withWarnings));
    h += QStringLiteral("</p>\n<h2>") + escaped(tr("按规则统计")) + QStringLiteral("</h2>\n<table><thead><tr><th>")
       + escaped(tr("规则")) + QStringLiteral("</th><th>") + escaped(tr("级别")) + QStringLiteral("</th><th>") + escaped(tr("内容"))
       + QStringLiteral("</th><th>") + escaped(tr("涉及报告")) + QStringLiteral("</th><th>") + escaped(tr("次数"))
       + QStringLiteral("</th></tr></thead><tbody>\n");
    for (const RuleCount &c : ruleCounts())
        h += QStringLiteral("<tr><td>%1</td><td class=\"%2\">%3</td><td>%4</td><td class=\"n\">%5</td><td class=\"n\">%6</td></tr>\n")
                 .arg(escaped(c.rule), severityKey(c.severity), escaped(severityName(c.severity)), escaped(ruleTitle(c.rule)))
                 .arg(c.reports)
                 .arg(c.findings);
    h += QStringLiteral("</tbody></table>\n<h2>") + escaped(tr("各报告")) + QStringLiteral("</h2>\n<table><thead><tr><th>#</th><th>")
       + escaped(tr("文件")) + QStringLiteral("</th><th>") + escaped(tr("机关")) + QStringLiteral("</th><th>") + escaped(tr("年度"))
       + QStringLiteral("</th><th>") + escaped(tr("错误")) + QStringLiteral("</th><th>") + escaped(tr("警告"))
       + QStringLiteral("</th><th>") + escaped(tr("提示")) + QStringLiteral("</th><th>") + escaped(tr("未能读取的单元格"))
       + QStringLiteral("</th><th>") + escaped(tr("发现的问题")) + QStringLiteral("</th></tr></thead><tbody>\n");
    int n = 0;
    for (const ReviewedReport *r : ordered()) {
        h += QStringLiteral("<tr><td class=\"n\">%1</td><td>%2</td>").arg(++n).arg(escaped(QFileInfo(r->file).fileName()));
        if (!r->error.isEmpty()) {
            h += QStringLiteral("<td colspan=\"7\" class=\"error\">") + escaped(tr("无法读取：%1").arg(r->error))
               + QStringLiteral("</td></tr>\n");
            continue;
        }
        h += QStringLiteral("<td>%1</td><td>%2</td><td class=\"n\">%3</td><td class=\"n\">%4</td><td class=\"n\">%5</td>"
                            "<td class=\"n\">%6</td><td>")
                 .arg(escaped(r->agency))
                 .arg(r->year)
                 .arg(r->count(Severity::Error))
                 .arg(r->count(Severity::Warning))
                 .arg(r->count(Severity::Info))
                 .arg(r->unreadableCells);
        if (!r->findings.empty()) {
            h += QStringLiteral("<ul>");
            for (const Finding &f : bySeverity(r->findings)) {
                h += QStringLiteral("<li><span class=\"%1\">%2 %3</span>：%4")
                         .arg(severityKey(f.severity), escaped(severityName(f.severity)), escaped(f.rule), escaped(f.message));
                if (!f.quote.isEmpty())
                    h += QStringLiteral("<br>") + escaped(tr("原文：")) + QStringLiteral("<q>") + escaped(f.quote) + QStringLiteral("</q>");
                h += QStringLiteral("</li>");
            }
            h += QStringLiteral("</ul>");
        }
        h += QStringLiteral("</td></tr>\n");
    }
    h += QStringLiteral("</tbody></table>\n</body>\n</html>\n");
    return h;
}

QByteArray ReviewReport::csv() const
{
    QString out;
    out.reserve(1024 + int(m_reports.size()) * 512);
    const QStringList header{tr("文件"), tr("机关"), tr("年度"), tr("错误"), tr("警告"), tr("提示"), tr("未能读取的单元格"),
                             tr("发现的问题")};
    out += header.join(u',') + QStringLiteral("\r\n");
    for (const ReviewedReport *r : ordered()) {
        if (!r->error.isEmpty()) {
            out += csvField(r->file) + QStringLiteral(",,,,,,,") + csvField(tr("无法读取：%1").arg(r->error)) + QStringLiteral("\r\n");
            continue;
        }
        QStringList findings;
        for (const Finding &f : bySeverity(r->findings))
            findings << QStringLiteral("%1 %2：%3").arg(severityName(f.severity), f.rule, f.message)
                            + (f.quote.isEmpty() ? QString() : tr("（原文：“%1”）").arg(f.quote));
        out += QStringList{csvField(r->file), csvField(r->agency), QString::number(r->year),
                           QString::number(r->count(Severity::Error)), QString::number(r->count(Severity::Warning)),
                           QString::number(r->count(Severity::Info)), QString::number(r->unreadableCells),
                           csvField(findings.join(u'\n'))}
                   .join(u',')
             + QStringLiteral("\r\n");
    }
    // The count per rule, as a second block under an empty line.
    out += QStringLiteral("\r\n") + QStringList{tr("规则"), tr("级别"), tr("内容"), tr("涉及报告"), tr("次数")}.join(u',')
         + QStringLiteral("\r\n");
    for (const RuleCount &c : ruleCounts())
        out += QStringList{c.rule, severityName(c.severity), csvField(ruleTitle(c.rule)), QString::number(c.reports),
                           QString::number(c.findings)}
                   .join(u',')
             + QStringLiteral("\r\n");
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8(); // a BOM, so that Excel and WPS read the Chinese
}

bool ReviewReport::supportsPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("html") || suffix == QLatin1String("htm") || suffix == QLatin1String("csv");
}

Status ReviewReport::write(const QString &path) const
{
    if (!supportsPath(path))
        return Error{QStringLiteral("review.format"), tr("审查报告的文件名应以 .html 或 .csv 结尾：%1").arg(path)};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{QStringLiteral("review.write"), tr("无法写入 %1：%2").arg(path, file.errorString())};
    const bool csvFile = QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0;
    file.write(csvFile ? csv() : html().toUtf8());
    if (!file.commit())
        return Error{QStringLiteral("review.write"), tr("无法写入 %1：%2").arg(path, file.errorString())};
    return success();
}

} // namespace nb::interchange
