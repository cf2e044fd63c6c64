#pragma once
// Exact decimal numbers for report figures. Counts (件) and money (万元) are both
// held as a 128-bit integer of millionths, so money keeps up to 6 decimal places
// exactly (published reports print 4166.241619 万元) and counts reach far past 2^53.
// The number of decimals as written is kept, so "12.50" prints back as "12.50".
#include <QString>
#include <optional>

namespace nb::report {

__extension__ typedef __int128 Int128;

class Decimal {
public:
    static constexpr int kMaxScale = 6;
    static constexpr long long kUnit = 1000000; // millionths per unit

    constexpr Decimal() = default;
    static Decimal fromInteger(long long value) { return Decimal(Int128(value) * kUnit, 0); }
    // Strict ASCII form: optional '-', digits, optional '.' and up to 6 digits.
    // Used by the package reader and storage; people's input goes through NumberParser.
    static std::optional<Decimal> fromString(const QString &text);
    static Decimal fromMicros(Int128 micros, int scale) { return Decimal(micros, scale); }

    Int128 micros() const { return m_micros; }
    int scale() const { return m_scale; }
    bool isWhole() const { return m_micros % kUnit == 0; }
    bool isNegative() const { return m_micros < 0; }
    bool isZero() const { return m_micros == 0; }
    // Whole part; only meaningful when isWhole().
    long long toLongLong() const { return static_cast<long long>(m_micros / kUnit); }
    QString toString() const;

    Decimal operator+(const Decimal &o) const;
    Decimal operator-(const Decimal &o) const;
    Decimal operator-() const { return Decimal(-m_micros, m_scale); }
    Decimal &operator+=(const Decimal &o) { return *this = *this + o; }
    // Equal values compare equal whatever their written scale ("1.50" == "1.5").
    friend bool operator==(const Decimal &a, const Decimal &b) { return a.m_micros == b.m_micros; }
    friend auto operator<=>(const Decimal &a, const Decimal &b) { return a.m_micros <=> b.m_micros; }

private:
    constexpr Decimal(Int128 micros, int scale) : m_micros(micros), m_scale(scale) {}
    Int128 m_micros = 0;
    int m_scale = 0;
};

enum class ValueType { Count, Money };

// A cell's value: blank (never typed, or cleared) is distinct from 0.
using CellValue = std::optional<Decimal>;

} // namespace nb::report
