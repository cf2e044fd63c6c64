#include "core/report/decimal.h"

#include <algorithm>
#include <limits>

namespace nb::report {

namespace {
// 10^(kMaxIntegerDigits + kMaxScale): the first magnitude, in millionths, outside the range.
constexpr Int128 limitMicros()
{
    Int128 limit = 1;
    for (int i = 0; i < Decimal::kMaxIntegerDigits + Decimal::kMaxScale; ++i)
        limit *= 10;
    return limit;
}
constexpr Int128 kLimitMicros = limitMicros();

bool inRange(Int128 micros)
{
    return micros > -kLimitMicros && micros < kLimitMicros;
}

// Decimal digits of a non-negative 128-bit value, written right to left into a
// stack buffer: messages print many figures, so this avoids per-digit allocation.
QString digits(Int128 v)
{
    char16_t buffer[40];
    int start = 40;
    // 128-bit division is a library call: use 64 bits whenever the value fits.
    if (v <= Int128(std::numeric_limits<quint64>::max())) {
        quint64 small = quint64(v);
        do {
            buffer[--start] = char16_t(u'0' + int(small % 10));
            small /= 10;
        } while (small > 0);
    } else {
        do {
            buffer[--start] = char16_t(u'0' + int(v % 10));
            v /= 10;
        } while (v > 0);
    }
    return QString(reinterpret_cast<const QChar *>(buffer + start), 40 - start);
}
} // namespace

std::optional<Decimal> Decimal::fromString(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    qsizetype i = 0;
    const bool negative = text.at(0) == u'-';
    if (negative)
        i = 1;
    Int128 whole = 0;
    int intDigits = 0;
    for (; i < text.size() && text.at(i).isDigit() && text.at(i).unicode() < 128; ++i) {
        if (++intDigits > kMaxIntegerDigits)
            return std::nullopt;
        whole = whole * 10 + (text.at(i).unicode() - u'0');
    }
    if (intDigits == 0)
        return std::nullopt;
    Int128 frac = 0;
    int scale = 0;
    if (i < text.size() && text.at(i) == u'.') {
        ++i;
        for (; i < text.size() && text.at(i).unicode() >= u'0' && text.at(i).unicode() <= u'9'; ++i) {
            if (++scale > kMaxScale)
                return std::nullopt;
            frac = frac * 10 + (text.at(i).unicode() - u'0');
        }
        if (scale == 0)
            return std::nullopt;
    }
    if (i != text.size())
        return std::nullopt;
    for (int s = scale; s < kMaxScale; ++s)
        frac *= 10;
    const Int128 micros = whole * kUnit + frac;
    return Decimal(negative ? -micros : micros, scale);
}

QString Decimal::toString() const
{
    const Int128 magnitude = m_micros < 0 ? -m_micros : m_micros;
    const quint64 frac = quint64(magnitude % kUnit);
    QString out = digits(magnitude / kUnit);
    // Print at least the written scale, more if arithmetic produced finer digits.
    int scale = m_scale;
    static constexpr quint64 kPowers[] = {1000000, 100000, 10000, 1000, 100, 10, 1};
    while (scale < kMaxScale && frac % kPowers[scale] != 0)
        ++scale;
    if (scale > 0) {
        const QString f = digits(frac).rightJustified(kMaxScale, u'0');
        out += u'.';
        out += QStringView(f).left(scale);
    }
    return m_micros < 0 ? u'-' + out : out;
}

std::optional<Decimal> Decimal::fromMicros(Int128 micros, int scale)
{
    if (!inRange(micros) || scale < 0 || scale > kMaxScale)
        return std::nullopt;
    return Decimal(micros, scale);
}

std::optional<qint64> Decimal::toInt64() const
{
    if (!isWhole())
        return std::nullopt;
    const Int128 whole = m_micros / kUnit;
    if (whole > Int128(std::numeric_limits<qint64>::max()) || whole < Int128(std::numeric_limits<qint64>::min()))
        return std::nullopt;
    return qint64(whole);
}

// Both operands are below 10^36 in magnitude, so the 128-bit sum (limit ~1.7e38)
// cannot itself overflow; only the range check can refuse.
std::optional<Decimal> Decimal::add(const Decimal &a, const Decimal &b)
{
    return fromMicros(a.m_micros + b.m_micros, std::max(a.m_scale, b.m_scale));
}

std::optional<Decimal> Decimal::subtract(const Decimal &a, const Decimal &b)
{
    return fromMicros(a.m_micros - b.m_micros, std::max(a.m_scale, b.m_scale));
}

DecimalSum &DecimalSum::add(const Decimal &v)
{
    if (m_value)
        m_value = Decimal::add(*m_value, v);
    return *this;
}

DecimalSum &DecimalSum::subtract(const Decimal &v)
{
    if (m_value)
        m_value = Decimal::subtract(*m_value, v);
    return *this;
}

} // namespace nb::report
