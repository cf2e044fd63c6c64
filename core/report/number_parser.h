#pragma once
// The one place where what people type or paste becomes a figure. Accepts
// full-width digits, thousands separators (1,234 / 1，234), surrounding spaces
// and a trailing unit (件, 万元); rejects negatives, fractions in counts, more
// than 6 decimals, text and numbers too large, saying which.
#include "core/report/decimal.h"
#include "core/report/result.h"

#include <QCoreApplication>

namespace nb::report {

class NumberParser {
    Q_DECLARE_TR_FUNCTIONS(NumberParser)
public:
    // Counts may have up to 18 digits (well past 2^53); money up to 15 before the point.
    static constexpr int kMaxCountDigits = 18;
    static constexpr int kMaxMoneyDigits = 15;

    // Blank input gives a blank value (std::nullopt inside an ok Result).
    static Result<CellValue> parse(const QString &input, ValueType type);
};

} // namespace nb::report
