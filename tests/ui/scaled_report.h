#pragma once
// Varied copies of a fixture report for offices of many agencies (the
// aggregate tests and nianbao-screenshots): no Catch2 here, the screenshot
// tool links it too.
#include "core/report/report.h"

#include <optional>

namespace nb::test {

// Every whole figure times numerator / denominator (rounded down). With a
// whole factor the sums, balances and carry-over from last year (scaled
// alike) still hold; a fraction breaks them on purpose.
report::Report scaledReport(report::Report r, int numerator, int denominator = 1);

// The texts of a scaled report still quote the unscaled figures: each of its
// warnings gets `why` as its 说明, as a clerk would give one, so that the report
// can be finalised.
report::Report withWarningsExplained(report::Report r, const std::optional<report::Report> &previous,
                                     const QString &why);

} // namespace nb::test
