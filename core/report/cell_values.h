#pragma once
// Every cell of a report as a number, with the derived cells computed from the
// input cells by the definition's formulas and any stated (printed) total
// ignored; a blank input counts as 0. What an aggregate sums and what compare
// sets side by side: the figures as they add up, not as they were printed.
#include "core/report/definition.h"
#include "core/report/report.h"

#include <vector>

namespace nb::report {

// Indexed like Definition::cells().
std::vector<Decimal> computedValues(const Definition &def, const Report &report);

// Sum and difference of figures that came through a reader: every reader keeps
// a figure within NumberParser's range (18 integer digits), so totals over any
// number of reports a machine can hold, and their differences, stay far inside
// Decimal's 30 digits. Should one ever leave it, the result is 0 (and a debug
// build stops): an aggregate of such reports has AGG-ERRORS for the range
// findings of the reports themselves.
Decimal addFigures(const Decimal &a, const Decimal &b);
Decimal subtractFigures(const Decimal &a, const Decimal &b);

} // namespace nb::report
