#include "core/report/decimal.h"

#include <catch2/catch.hpp>

using nb::report::Decimal;

TEST_CASE("Decimal reads its strict form and prints it back as written", "[decimal]")
{
    const auto [text, printed] = GENERATE(table<const char *, const char *>({
        {"0", "0"},
        {"12", "12"},
        {"12.50", "12.50"},
        {"4166.241619", "4166.241619"},
        {"-3", "-3"},
        {"0.000001", "0.000001"},
        {"9007199254740993", "9007199254740993"}, // 2^53 + 1 stays exact
        {"999999999999999999", "999999999999999999"},
    }));
    const auto d = Decimal::fromString(QString::fromLatin1(text));
    REQUIRE(d.has_value());
    CHECK(d->toString() == QString::fromLatin1(printed));
}

TEST_CASE("Decimal refuses what is not its strict form", "[decimal]")
{
    const char *text = GENERATE("", "-", "1.", ".5", "1.2345678", "1,000", "abc", "1e5", " 1", "１");
    CHECK_FALSE(Decimal::fromString(QString::fromUtf8(text)).has_value());
}

TEST_CASE("Decimal arithmetic is exact and equality ignores the written scale", "[decimal]")
{
    const Decimal a = *Decimal::fromString(QStringLiteral("0.1"));
    const Decimal b = *Decimal::fromString(QStringLiteral("0.2"));
    CHECK(Decimal::add(a, b) == *Decimal::fromString(QStringLiteral("0.3")));
    CHECK(Decimal::add(a, b)->toString() == QStringLiteral("0.3"));
    CHECK(*Decimal::fromString(QStringLiteral("1.50")) == *Decimal::fromString(QStringLiteral("1.5")));
    CHECK(Decimal::subtract(Decimal::fromInteger(3), Decimal::fromInteger(5))->toString() == QStringLiteral("-2"));
    CHECK(Decimal::fromInteger(7).isWhole());
    CHECK_FALSE(Decimal::fromString(QStringLiteral("7.5"))->isWhole());
    CHECK(Decimal::fromString(QStringLiteral("-0.5"))->isNegative());
}
