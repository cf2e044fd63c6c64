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

} // namespace nb::report
