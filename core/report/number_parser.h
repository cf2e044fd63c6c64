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
    // The range of every figure, whoever reads it (this parser, the package
    // reader, the importer, paste, storage, the engine's totals): counts have up
    // to 18 digits (well past 2^53), money up to 15 before the point and 6 after
    // (Decimal::kMaxScale); the same bounds hold for negative values, which the
    // package reader keeps for the rules to report.
    static constexpr int kMaxCountDigits = 18;
    static constexpr int kMaxMoneyDigits = 15;

    // Blank input gives a blank value (std::nullopt inside an ok Result).
    static Result<CellValue> parse(const QString &input, ValueType type);

    static bool inRange(const Decimal &value, ValueType type);
    // For readers that know a cell by its key only (storage): the range of its
    // type in the built-in definition (a key it does not know: the count range).
    static bool inRange(const Decimal &value, const QString &cellKey);
    // The largest value in range: 999999999999999999 / 999999999999999.999999.
    static Decimal largest(ValueType type);
    // The range in words, for messages: "件数最多 18 位整数".
    static QString rangeText(ValueType type);
};

} // namespace nb::report
