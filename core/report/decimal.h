#pragma once
// Exact decimal numbers for report figures. Counts (件) and money (万元) are both
// held as a 128-bit integer of millionths, so money keeps up to 6 decimal places
// exactly (published reports print 4166.241619 万元) and counts reach far past 2^53.
// The number of decimals as written is kept, so "12.50" prints back as "12.50".
// A Decimal holds at most 30 integer digits; addition and subtraction that would
// leave that range give no value (nullopt) instead of wrapping. Figures in a
// report are narrower still (NumberParser::inRange: 18 digits for counts).
#include <QString>
#include <optional>

namespace nb::report {

__extension__ typedef __int128 Int128;

class Decimal {
public:
    static constexpr int kMaxScale = 6;
    static constexpr long long kUnit = 1000000; // millionths per unit
    static constexpr int kMaxIntegerDigits = 30;

    constexpr Decimal() = default;
    static Decimal fromInteger(long long value) { return Decimal(Int128(value) * kUnit, 0); }
    // Strict ASCII form: optional '-', digits, optional '.' and up to 6 digits.
    // Used by the package reader and storage; people's input goes through NumberParser.
    static std::optional<Decimal> fromString(const QString &text);
    // nullopt when |micros| has more than kMaxIntegerDigits integer digits.
    static std::optional<Decimal> fromMicros(Int128 micros, int scale);

    Int128 micros() const { return m_micros; }
    int scale() const { return m_scale; }
    bool isWhole() const { return m_micros % kUnit == 0; }
    bool isNegative() const { return m_micros < 0; }
    bool isZero() const { return m_micros == 0; }
    // The value as a 64-bit integer; nullopt when it is not whole or does not fit.
    std::optional<qint64> toInt64() const;
    QString toString() const;

    // Exact sum and difference, or nullopt when the result leaves the range:
    // there are deliberately no + and - operators that could wrap silently.
    static std::optional<Decimal> add(const Decimal &a, const Decimal &b);
    static std::optional<Decimal> subtract(const Decimal &a, const Decimal &b);
    // The range is symmetric, so negation always fits.
    Decimal operator-() const { return Decimal(-m_micros, m_scale); }
    // Equal values compare equal whatever their written scale ("1.50" == "1.5").
    friend bool operator==(const Decimal &a, const Decimal &b) { return a.m_micros == b.m_micros; }
    friend auto operator<=>(const Decimal &a, const Decimal &b) { return a.m_micros <=> b.m_micros; }

private:
    constexpr Decimal(Int128 micros, int scale) : m_micros(micros), m_scale(scale) {}
    Int128 m_micros = 0;
    int m_scale = 0;
};

// Adds up figures; once a step leaves Decimal's range the sum has no value, and
// every later step keeps it so (a total is either exact or absent, never wrong).
class DecimalSum {
public:
    DecimalSum &add(const Decimal &v);
    DecimalSum &subtract(const Decimal &v);
    std::optional<Decimal> value() const { return m_value; }

private:
    std::optional<Decimal> m_value = Decimal();
};

enum class ValueType { Count, Money };

// A cell's value: blank (never typed, or cleared) is distinct from 0.
using CellValue = std::optional<Decimal>;

} // namespace nb::report
