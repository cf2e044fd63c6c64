// The range of figures at both sides of every boundary: Decimal's own range
// (its arithmetic refuses instead of wrapping), the range the number parser
// and every reader apply, and what the engine shows for a total that leaves it.
#include "core/report/engine.h"
#include "core/report/number_parser.h"
#include "tests/support/fixtures.h"

#include "tests/support/catch_qt.h"

using namespace nb::report;
using nb::test::dec;

namespace {
const QString kLargestCount = QStringLiteral("999999999999999999");     // 18 digits
const QString kCountTooLarge = QStringLiteral("1000000000000000000");   // 19 digits
const QString kLargestMoney = QStringLiteral("999999999999999.999999"); // 15 + 6 digits
const QString kMoneyTooLarge = QStringLiteral("1000000000000000");      // 16 digits
const QString kLargestDecimal = QString(30, u'9') + QStringLiteral(".999999");

Decimal decimal(const QString &text)
{
    const auto d = Decimal::fromString(text);
    REQUIRE(d.has_value());
    return *d;
}

int cell(const Engine &e, const char *key)
{
    const int i = e.definition().cellIndex(QString::fromLatin1(key));
    REQUIRE(i >= 0);
    return i;
}

std::vector<Finding> findingsOf(const Engine &e, const char *rule)
{
    std::vector<Finding> out;
    for (const Finding &f : e.findings())
        if (f.rule == QLatin1String(rule))
            out.push_back(f);
    return out;
}
} // namespace

TEST_CASE("Decimal holds 30 integer digits, and add and subtract refuse to leave that range", "[decimal][range]")
{
    const Decimal largest = decimal(kLargestDecimal);
    CHECK(largest.toString() == kLargestDecimal);
    CHECK_FALSE(Decimal::fromString(QString(31, u'9')).has_value());
    CHECK((-largest).toString() == u'-' + kLargestDecimal);

    const Decimal micro = decimal(QStringLiteral("0.000001"));
    // Below the edge by one millionth: still exact.
    const Decimal belowEdge = *Decimal::subtract(largest, micro);
    REQUIRE(Decimal::add(belowEdge, micro).has_value());
    CHECK(*Decimal::add(belowEdge, micro) == largest);
    // One millionth past it, either way: no value instead of a wrapped one.
    CHECK_FALSE(Decimal::add(largest, micro).has_value());
    CHECK_FALSE(Decimal::subtract(-largest, micro).has_value());
    CHECK(Decimal::subtract(-largest, -micro).has_value());
    CHECK_FALSE(Decimal::fromMicros(largest.micros() + 1, 0).has_value());
    CHECK(Decimal::fromMicros(largest.micros(), 6).has_value());

    // A sum stays blank once a step left the range, even if a later step would bring it back.
    DecimalSum sum;
    sum.add(largest).add(micro).subtract(largest);
    CHECK_FALSE(sum.value().has_value());
    DecimalSum fine;
    fine.add(largest).subtract(largest).add(micro);
    CHECK(fine.value() == micro);
}

TEST_CASE("Decimal gives a 64-bit integer only when it is whole and fits", "[decimal][range]")
{
    CHECK(decimal(QStringLiteral("9223372036854775807")).toInt64() == std::numeric_limits<qint64>::max());
    CHECK_FALSE(decimal(QStringLiteral("9223372036854775808")).toInt64().has_value());
    CHECK(decimal(QStringLiteral("-9223372036854775808")).toInt64() == std::numeric_limits<qint64>::min());
    CHECK_FALSE(decimal(QStringLiteral("-9223372036854775809")).toInt64().has_value());
    CHECK_FALSE(decimal(QStringLiteral("12345678901234567890")).toInt64().has_value()); // once printed back as 12345678901234567890 mod 2^64
    CHECK_FALSE(decimal(QStringLiteral("1.5")).toInt64().has_value());
    CHECK(decimal(QStringLiteral("3.000")).toInt64() == 3);
}

TEST_CASE("The range of figures: 18-digit counts, money with 15 digits before the point and 6 after", "[parser][range]")
{
    CHECK(NumberParser::largest(ValueType::Count) == decimal(kLargestCount));
    CHECK(NumberParser::largest(ValueType::Money) == decimal(kLargestMoney));
    for (const ValueType type : {ValueType::Count, ValueType::Money}) {
        const Decimal largest = NumberParser::largest(type);
        const Decimal step = type == ValueType::Count ? dec("1") : dec("0.000001");
        CHECK(NumberParser::inRange(largest, type));
        CHECK(NumberParser::inRange(-largest, type));
        CHECK_FALSE(NumberParser::inRange(*Decimal::add(largest, step), type));
        CHECK_FALSE(NumberParser::inRange(-*Decimal::add(largest, step), type));
    }
    // By key: the type of the cell in the built-in definition.
    CHECK(NumberParser::inRange(decimal(kLargestCount), QStringLiteral("requests.new.natural")));
    CHECK_FALSE(NumberParser::inRange(decimal(kLargestCount), QStringLiteral("active.fees.amount")));
    CHECK(NumberParser::inRange(decimal(kLargestMoney), QStringLiteral("active.fees.amount")));
}

TEST_CASE("NumberParser at both sides of each boundary", "[parser][range]")
{
    const auto accepts = [](const QString &text, ValueType type) {
        const auto r = NumberParser::parse(text, type);
        INFO(text.toStdString() << (r ? "" : " → " + r.error().message.toStdString()));
        REQUIRE(r.ok());
        REQUIRE(r.value().has_value());
        return r.value()->toString();
    };
    const auto refuses = [](const QString &text, ValueType type) {
        const auto r = NumberParser::parse(text, type);
        INFO(text.toStdString());
        REQUIRE_FALSE(r.ok());
        return r.error();
    };
    CHECK(accepts(kLargestCount, ValueType::Count) == kLargestCount);
    CHECK(accepts(QStringLiteral("000") + kLargestCount, ValueType::Count) == kLargestCount); // leading zeros are not digits
    CHECK(accepts(QStringLiteral("999,999,999,999,999,999"), ValueType::Count) == kLargestCount);
    CHECK(refuses(kCountTooLarge, ValueType::Count).code == QStringLiteral("number.too-large"));
    CHECK(refuses(kCountTooLarge, ValueType::Count).message.contains(QStringLiteral("18 位")));
    CHECK(refuses(QStringLiteral("12345678901234567890"), ValueType::Count).code == QStringLiteral("number.too-large"));
    CHECK(accepts(kLargestMoney, ValueType::Money) == kLargestMoney);
    CHECK(refuses(kMoneyTooLarge, ValueType::Money).code == QStringLiteral("number.too-large"));
    CHECK(accepts(QStringLiteral("0.000001"), ValueType::Money) == QStringLiteral("0.000001"));
    CHECK(refuses(QStringLiteral("0.0000001"), ValueType::Money).code == QStringLiteral("number.decimals"));
    // People type no negative figure: 0 is the lower bound, −1 is refused (the package keeps negatives for the rules).
    CHECK(accepts(QStringLiteral("0"), ValueType::Count) == QStringLiteral("0"));
    CHECK(refuses(QStringLiteral("-1"), ValueType::Count).code == QStringLiteral("number.negative"));
    CHECK(refuses(QStringLiteral("-0.000001"), ValueType::Money).code == QStringLiteral("number.negative"));
}

TEST_CASE("A total that leaves the range has no figure: a finding names it and its cells, other rules stay silent",
          "[engine][range]")
{
    const Report original = nb::test::full2023();
    Engine e;
    e.load(original);
    const int natural = cell(e, "requests.new.natural");
    const int commercial = cell(e, "requests.new.commercial");
    const int rowTotal = cell(e, "requests.new.total");
    REQUIRE(e.count(Severity::Error) == 0);

    // The row total exactly at the largest count: its exact figure.
    e.setInput(natural, Decimal::subtract(decimal(kLargestCount), e.input(commercial).value()).value());
    e.setInput(cell(e, "requests.new.research"), dec("0"));
    e.setInput(cell(e, "requests.new.nonprofit"), dec("0"));
    e.setInput(cell(e, "requests.new.legal"), dec("0"));
    e.setInput(cell(e, "requests.new.other_org"), dec("0"));
    CHECK(e.value(rowTotal) == decimal(kLargestCount));
    CHECK_FALSE(e.outOfRange(rowTotal));

    // One more and it leaves the range: blank, never a wrapped or rounded figure.
    const ChangeSet changes = e.setInput(commercial, *Decimal::add(*e.input(commercial), dec("1")));
    CHECK(e.outOfRange(rowTotal));
    CHECK_FALSE(e.value(rowTotal).has_value());
    CHECK_FALSE(e.computed(rowTotal).has_value());
    CHECK(std::find(changes.cells.begin(), changes.cells.end(), rowTotal) != changes.cells.end());
    const Finding *onTotal = nullptr;
    const auto range = findingsOf(e, "R3-NONNEG");
    for (const Finding &f : range)
        if (f.cells.first() == QStringLiteral("requests.new.total"))
            onTotal = &f;
    REQUIRE(onTotal);
    CHECK(onTotal->severity == Severity::Error);
    CHECK(onTotal->cells.contains(QStringLiteral("requests.new.natural")));
    CHECK(onTotal->cells.contains(QStringLiteral("requests.new.commercial")));
    CHECK(onTotal->message.contains(QStringLiteral("超出了可以填写的范围（件数最多 18 位整数）")));
    CHECK(onTotal->message.endsWith(QStringLiteral("= 1000000000000000000"))); // the exact sum, quoted
    // No other rule quotes a total it cannot see (R3-BALANCE would read it as 0).
    for (const Finding &f : e.findings())
        if (f.cells.contains(QStringLiteral("requests.new.total")))
            CHECK(f.rule == QStringLiteral("R3-NONNEG"));

    // Back in range: the figure returns and every finding goes.
    for (const char *key : {"requests.new.natural", "requests.new.commercial", "requests.new.research", "requests.new.nonprofit",
                            "requests.new.legal", "requests.new.other_org"})
        e.setInput(cell(e, key), original.cells.value(QString::fromLatin1(key)));
    CHECK_FALSE(e.outOfRange(rowTotal));
    CHECK(e.report() == original);
    CHECK(e.count(Severity::Error) == 0);
}

TEST_CASE("A total built on a total without a figure has none either, and loading gives the same state as editing",
          "[engine][range]")
{
    Report report = nb::test::full2023();
    report.cells.insert(QStringLiteral("requests.result.withheld.third_party.research"), decimal(kLargestCount));
    Engine e;
    e.load(report);
    const int rowTotal = cell(e, "requests.result.withheld.third_party.total");
    const int columnTotal = cell(e, "requests.result.total.research");
    const int corner = cell(e, "requests.result.total.total");
    CHECK(e.outOfRange(rowTotal));
    CHECK(e.outOfRange(columnTotal));
    CHECK(e.outOfRange(corner));
    QStringList reported;
    for (const Finding &f : findingsOf(e, "R3-NONNEG"))
        reported << f.cells.first();
    CHECK(reported.contains(QStringLiteral("requests.result.withheld.third_party.total")));
    CHECK(reported.contains(QStringLiteral("requests.result.total.research")));
    CHECK(reported.contains(QStringLiteral("requests.result.total.total")));
    for (const Finding &f : findingsOf(e, "R3-NONNEG"))
        if (f.cells.first() == QStringLiteral("requests.result.total.total"))
            CHECK(f.message.contains(QStringLiteral("（超出范围）"))); // an operand without a figure is named, not summed as 0
    CHECK(findingsOf(e, "R3-BALANCE").empty());

    // A printed total (an imported report) is a figure of its own: the rules compare it with the exact sum.
    report.cells.insert(QStringLiteral("requests.result.withheld.third_party.total"), dec("5"));
    e.load(report);
    CHECK_FALSE(e.outOfRange(rowTotal));
    bool statedChecked = false;
    for (const Finding &f : e.findings())
        statedChecked = statedChecked
                     || (f.rule == QStringLiteral("R3-ROW-TOTAL")
                         && f.message.contains(QStringLiteral("填报为 5")) && f.message.contains(kLargestCount));
    CHECK(statedChecked);
}
