#include "core/report/template_figures.h"

#include "core/report/carry_forward.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace nb::report {

namespace {

const char *const kRule = "X-TEXT-TEMPLATE";

struct Token {
    qsizetype start = 0;
    qsizetype length = 0;
};

bool isDigit(QChar c)
{
    return c.isDigit();
}

// The figures and event dates of a template, in order.
std::vector<Token> tokens(const QString &text, const TemplateOptions &options)
{
    // A year with or without a month and day (2025年6月30日, 2025年, 2025年度), a
    // month and day (12月31日), or a figure (45, 1,234, 12.5).
    static const QRegularExpression any(QStringLiteral(
        R"((\d{4})\s*年(?:(\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)|度)?|(\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)|\d+(?:,\d{3})*(?:\.\d+)?)"));
    static const QRegularExpression spaces(QStringLiteral(R"(\s+)"));
    std::vector<Token> out;
    for (auto it = any.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const Token token{m.capturedStart(0), m.capturedLength(0)};
        if (m.capturedLength(1) > 0) { // a year
            if (m.capturedLength(2) == 0)
                continue; // alone, it was moved on by carrying forward
            if (!options.eventYears.isEmpty() && !options.eventYears.contains(m.captured(1).toInt()))
                continue; // history, not last year's events
            if (!options.periodDays.contains(m.captured(2).remove(spaces)))
                out.push_back(token);
            continue;
        }
        if (m.capturedLength(3) > 0) { // a month and day without a year
            if (!options.periodDays.contains(m.captured(3).remove(spaces)))
                out.push_back(token);
            continue;
        }
        const qsizetype end = m.capturedEnd(0);
        const QChar before = m.capturedStart(0) > 0 ? text.at(m.capturedStart(0) - 1) : QChar();
        const QChar after = end < text.size() ? text.at(end) : QChar();
        // Document references: 〔2020〕109号, 第711号, [2021]3号.
        if (after == u'号' || after == u'〕' || after == u']' || before == u'〔' || before == u'[')
            continue;
        out.push_back(token);
    }
    return out;
}

// Up to n characters beside [start, end) on one side, on the same line, and
// never a digit or anything past one: a neighbouring figure is not context.
// With `words`, punctuation ends it too: what a message shows (申请45件).
bool endsContext(QChar c, bool words)
{
    return isDigit(c) || c == u'\n' || (words && (c.isPunct() || c.isSpace()));
}

QString leftContext(const QString &text, qsizetype start, int n, bool words = false)
{
    qsizetype from = start;
    while (from > 0 && start - from < n && !endsContext(text.at(from - 1), words))
        --from;
    return text.mid(from, start - from);
}

QString rightContext(const QString &text, qsizetype end, int n, bool words = false)
{
    qsizetype to = end;
    while (to < text.size() && to - end < n && !endsContext(text.at(to), words))
        ++to;
    return text.mid(end, to - end);
}

} // namespace

TemplateOptions TemplateOptions::fromDefinition(const Definition &definition)
{
    TemplateOptions options;
    options.periodDays = {QStringLiteral("1月1日"), QStringLiteral("12月31日")};
    if (const RuleDef *rule = definition.rule(QLatin1String(kRule))) {
        if (rule->params.contains(QLatin1String("context")))
            options.context = rule->params.value(QLatin1String("context")).toInt(options.context);
        if (rule->params.contains(QLatin1String("periodDays")))
            options.periodDays = checks::stringList(rule->params, "periodDays");
    }
    return options;
}

std::vector<TemplateFigure> templateFigures(const QString &text, const QString &carried, const TemplateOptions &options)
{
    std::vector<TemplateFigure> found;
    std::vector<std::pair<qsizetype, qsizetype>> claimed; // parts of `text` already matched
    const auto free = [&](qsizetype at, qsizetype length) {
        return std::none_of(claimed.begin(), claimed.end(),
                            [&](const auto &c) { return at < c.first + c.second && c.first < at + length; });
    };
    qsizetype cursor = 0; // the text keeps the template's order as long as it can
    for (const Token &t : tokens(carried, options)) {
        const QString left = leftContext(carried, t.start, options.context);
        const QString right = rightContext(carried, t.start + t.length, options.context);
        const QString needle = left + carried.mid(t.start, t.length) + right;
        const auto fits = [&](qsizetype at) {
            if (at < 0 || !free(at + left.size(), t.length))
                return false;
            // With no context on a side, the figure must still end there: 45 is not in 145.
            const qsizetype before = at - 1, after = at + needle.size();
            return (!left.isEmpty() || before < 0 || !isDigit(text.at(before)))
                && (!right.isEmpty() || after >= text.size() || !isDigit(text.at(after)));
        };
        qsizetype at = -1;
        for (qsizetype from : {cursor, qsizetype(0)}) {
            for (qsizetype i = text.indexOf(needle, from); i >= 0; i = text.indexOf(needle, i + 1))
                if (fits(i)) {
                    at = i;
                    break;
                }
            if (at >= 0)
                break;
        }
        if (at < 0)
            continue;
        const qsizetype start = at + left.size();
        claimed.emplace_back(start, t.length);
        cursor = start + t.length;
        found.push_back({start, t.length,
                          leftContext(text, start, 2, true) + text.mid(start, t.length)
                              + rightContext(text, start + t.length, 1, true)});
    }
    std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.start < b.start; });
    return found;
}

QString carriedTemplate(const CheckContext &report, const QString &section)
{
    const CheckContext *previous = report.previous();
    if (!previous)
        return {};
    return shiftYears(previous->text(section), previous->meta().year, report.meta().year);
}

std::vector<TemplateFigure> lastYearFigures(const CheckContext &report, const QString &section)
{
    if (!report.meta().textsToRevise.contains(section))
        return {};
    const QString carried = carriedTemplate(report, section);
    if (carried.trimmed().isEmpty())
        return {};
    TemplateOptions options = TemplateOptions::fromDefinition(report.definition());
    options.eventYears = {report.meta().year, report.meta().year - 1};
    return templateFigures(report.text(section), carried, options);
}

} // namespace nb::report
