#pragma once
// A text carried forward from last year is a template (carry_forward.h) until
// it is revised: last year's wording with the years moved on. What carrying
// forward cannot move on are last year's figures (收到申请45件) and the dates of
// last year's events (2024年6月召开…): they stay last year's until somebody
// changes them. This finds them, for X-TEXT-TEMPLATE and the editor's marks.
// Event dates are those carrying forward moved on (this report's year and the
// one before); 2019年5月 in a reference to a law is history and stays.
//
// A figure of the template is "still last year's" while the text still has it
// in the same words: the same digits between the same few characters on each
// side (a neighbouring figure never counts as context, so changing one figure
// does not clear another). Not figures: years (2025年, 2025年度 — moved on
// already), the statistics period's dates (1月1日, 12月31日) and the numbers of
// document references (〔2020〕109号, 第711号).
#include "core/report/check.h"

#include <vector>

namespace nb::report {

struct TemplateFigure {
    qsizetype start = 0;  // in the current text
    qsizetype length = 0;
    QString shown;        // the figure with a word or two around it, for messages: 申请45件
};

struct TemplateOptions {
    int context = 4;         // characters compared on each side
    QStringList periodDays;  // month-day pairs not listed as event dates: "1月1日", "12月31日"
    QList<int> eventYears;   // years whose dates are last year's events (all when empty)
    // From X-TEXT-TEMPLATE's parameters ("context", "periodDays"); defaults without the rule.
    static TemplateOptions fromDefinition(const Definition &definition);
};

// The figures and event dates of `carried` that `text` still has in the same words, in text order.
std::vector<TemplateFigure> templateFigures(const QString &text, const QString &carried, const TemplateOptions &options);

// Last year's text of a section with the years moved on to this report's year;
// "" without last year's report.
QString carriedTemplate(const CheckContext &report, const QString &section);

// The figures of a section still last year's: none unless the section is
// marked "to revise" (Report::textsToRevise) and last year's text is known.
std::vector<TemplateFigure> lastYearFigures(const CheckContext &report, const QString &section);

} // namespace nb::report
