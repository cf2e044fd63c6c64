#pragma once
// Starting year Y's report from year Y−1's (pure logic, no storage).
// Carried: 二、上年结转 per column = last year's 四、结转下年度继续办理 (the row
// pair is read from the X-CARRY rule of the definition); the text sections,
// with the report year and the year before it moved on, each marked "to
// revise" until edited. Not carried: every other count (blank, not 0), cell
// notes, explanations, 文号 and date. The expected 现行有效件数 is offered as a
// hint only: whether revisions or expiries broke the sum is for people to say.
#include "core/report/definition.h"
#include "core/report/report.h"

#include <QMap>

namespace nb::report {

Report carryForward(const Report &previous, int year);
Report carryForward(const Report &previous, int year, const Definition &definition);

// 现行有效件数(Y−1) + 本年制发件数(Y) − 本年废止件数(Y) per stock cell (rows of
// the X-STOCK rule) whose previous value is known; blank this-year counts
// count as 0. Cell key → expected value.
QMap<QString, Decimal> expectedStockHints(const Report &previous, const Report &current);
QMap<QString, Decimal> expectedStockHints(const Report &previous, const Report &current, const Definition &definition);

// Moves "<fromYear>年" to "<toYear>年" and "<fromYear−1>年" to "<toYear−1>年";
// other years (条例 2019年修订 …) stay as written.
QString shiftYears(const QString &text, int fromYear, int toYear);

} // namespace nb::report
