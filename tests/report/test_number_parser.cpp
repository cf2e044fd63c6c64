#include "core/report/number_parser.h"

#include <catch2/catch.hpp>

using namespace nb::report;

namespace {
struct Accepted {
    const char *input;
    ValueType type;
    const char *value; // nullptr: blank
};
struct Refused {
    const char *input;
    ValueType type;
    const char *code;
};
} // namespace

TEST_CASE("NumberParser accepts what people type and paste", "[parser]")
{
    const Accepted c = GENERATE(values<Accepted>({
        {"12", ValueType::Count, "12"},
        {"  12 ", ValueType::Count, "12"},
        {"１２", ValueType::Count, "12"},
        {"1,234", ValueType::Count, "1234"},
        {"1，234", ValueType::Count, "1234"},
        {"1,234,567", ValueType::Count, "1234567"},
        {"12件", ValueType::Count, "12"},
        {"12 件", ValueType::Count, "12"},
        {"\u300012\u3000", ValueType::Count, "12"}, // ideographic spaces
        {"0", ValueType::Count, "0"},
        {"007", ValueType::Count, "7"},
        {"+5", ValueType::Count, "5"},
        {"3.00", ValueType::Count, "3"}, // a whole number written with zero decimals
        {"9007199254740993", ValueType::Count, "9007199254740993"},
        {"999999999999999999", ValueType::Count, "999999999999999999"},
        {"4166.241619", ValueType::Money, "4166.241619"},
        {"12.50", ValueType::Money, "12.50"},
        {"12.5万元", ValueType::Money, "12.5"},
        {"１２．５", ValueType::Money, "12.5"},
        {"1,234.5", ValueType::Money, "1234.5"},
        {"", ValueType::Count, nullptr},
        {"   ", ValueType::Money, nullptr},
    }));
    CAPTURE(c.input);
    const auto r = NumberParser::parse(QString::fromUtf8(c.input), c.type);
    REQUIRE(r.ok());
    if (!c.value) {
        CHECK_FALSE(r.value().has_value());
    } else {
        REQUIRE(r.value().has_value());
        CHECK(r.value()->toString() == QString::fromLatin1(c.value));
    }
}

TEST_CASE("NumberParser refuses bad input with a message naming the problem", "[parser]")
{
    const Refused c = GENERATE(values<Refused>({
        {"-1", ValueType::Count, "number.negative"},
        {"－3", ValueType::Count, "number.negative"},
        {"-0.5", ValueType::Money, "number.negative"},
        {"1.5", ValueType::Count, "number.fraction"},
        {"2.000001", ValueType::Count, "number.fraction"},
        {"1.1234567", ValueType::Money, "number.decimals"},
        {"abc", ValueType::Count, "number.not-a-number"},
        {"十二", ValueType::Count, "number.not-a-number"},
        {"12a", ValueType::Count, "number.not-a-number"},
        {"1.2.3", ValueType::Money, "number.not-a-number"},
        {"12,34", ValueType::Count, "number.separator"},
        {"1000000000000000000", ValueType::Count, "number.too-large"},
        {"1000000000000000", ValueType::Money, "number.too-large"},
        {"12万元", ValueType::Count, "number.unit"},
        {"12件", ValueType::Money, "number.unit"},
        {"12元", ValueType::Money, "number.unit"},
    }));
    CAPTURE(c.input);
    const auto r = NumberParser::parse(QString::fromUtf8(c.input), c.type);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == QString::fromLatin1(c.code));
    // The message quotes what was typed so the user sees which value was refused.
    CHECK(r.error().message.contains(QString::fromUtf8(c.input).trimmed()));
}
