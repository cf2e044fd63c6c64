// Every reader of figures applies the number parser's range, at both sides of
// each boundary: the package (strings and JSON numbers, negative limits), the
// published text and the HTML page. A refused figure names its cell; an
// accepted one comes back exactly, and a package written from it reads back the same.
#include "core/interchange/package.h"
#include "core/interchange/published_report_importer.h"
#include "tests/support/fixtures.h"

#include "tests/support/catch_qt.h"

using namespace nb::report;
using namespace nb::interchange;

namespace {
const Definition &def()
{
    return *Definition::builtin();
}

QString q(const char *s)
{
    return QString::fromUtf8(s);
}

QByteArray package(const QByteArray &key, const QByteArray &value)
{
    return R"({"format":"gov-info-disclosure-annual-report","formatVersion":"2021",
        "agency":{"name":"某某县科学技术局","kind":"department"},"year":2023,"cells":{")"
         + key + "\":" + value + "}}";
}

struct Boundary {
    const char *key;
    const char *json;     // as written in the package
    const char *expected; // the value read; nullptr: refused
};

// The figure printed in a published copy, in place of `original`, read back.
ImportResult importWith(const QString &fixture, const QByteArray &original, const QByteArray &printed)
{
    QByteArray bytes = nb::test::readData(QStringLiteral("published/") + fixture);
    REQUIRE(bytes.count(original) == 1);
    bytes.replace(original, printed);
    auto result = importPublishedReport(bytes, fixture);
    REQUIRE(result.ok());
    return result.value();
}

void checkImported(const ImportResult &result, const char *key, const char *printed, const char *expected)
{
    const QString cell = QString::fromLatin1(key);
    if (expected) {
        REQUIRE(result.report.cells.contains(cell));
        CHECK(result.report.cells.value(cell).toString() == QString::fromLatin1(expected));
        for (const UnreadableCell &u : result.unreadable)
            CHECK(u.cell != cell);
        return;
    }
    CHECK_FALSE(result.report.cells.contains(cell));
    const auto it = std::find_if(result.unreadable.begin(), result.unreadable.end(), [&](const UnreadableCell &u) { return u.cell == cell; });
    REQUIRE(it != result.unreadable.end());
    INFO(it->reason.toStdString());
    // A negative figure is not even taken for a figure by the importer's row reader: any reason will do.
    if (printed[0] != '-')
        CHECK((it->reason.contains(q("超出了可以填写的范围")) || it->reason.contains(q("小数超过"))));
}
} // namespace

TEST_CASE("The package reader applies the range at both sides of every boundary", "[package][range]")
{
    const Boundary c = GENERATE(values<Boundary>({
        {"requests.new.natural", "\"999999999999999999\"", "999999999999999999"},
        {"requests.new.natural", "\"1000000000000000000\"", nullptr},
        {"requests.new.natural", "\"12345678901234567890\"", nullptr}, // once written back as 12345678901234567890 mod 2^64
        {"requests.new.natural", "\"123456789012345678901234567890123\"", nullptr}, // more digits than Decimal holds
        {"requests.new.natural", "\"-999999999999999999\"", "-999999999999999999"}, // kept for R3-NONNEG
        {"requests.new.natural", "\"-1000000000000000000\"", nullptr},
        // JSON numbers are doubles: exact below 2^53, refused from there on (the writer uses strings).
        {"requests.new.natural", "9007199254740991", "9007199254740991"},
        {"requests.new.natural", "-9007199254740991", "-9007199254740991"},
        {"requests.new.natural", "9007199254740992", nullptr},
        {"requests.new.natural", "9007199254740993", nullptr},   // the double is 2^53: not what was written
        {"requests.new.natural", "9007199254740993.0", nullptr},
        {"requests.new.natural", "12345678901234567890", nullptr},
        {"requests.new.natural", "\"9007199254740992\"", "9007199254740992"}, // as a string: exact
        {"active.fees.amount", "123456789.123456", "123456789.123456"},          // 15 significant digits
        {"active.fees.amount", "1234567890.123456", nullptr},                    // 16: perhaps rounded
        {"active.fees.amount", "\"999999999999999.999999\"", "999999999999999.999999"},
        {"active.fees.amount", "\"1000000000000000\"", nullptr},
        {"active.fees.amount", "\"-999999999999999.999999\"", "-999999999999999.999999"},
        {"active.fees.amount", "\"-1000000000000000\"", nullptr},
        {"active.fees.amount", "\"0.000001\"", "0.000001"},
        {"active.fees.amount", "\"0.0000001\"", nullptr},
        {"active.fees.amount", "0.0000001", nullptr},
    }));
    CAPTURE(c.key, c.json);
    const auto r = Package::parse(package(c.key, c.json), def());
    if (c.expected) {
        INFO((r ? QString() : r.error().message).toStdString());
        REQUIRE(r.ok());
        CHECK(r->cells.value(QString::fromLatin1(c.key)).toString() == QString::fromLatin1(c.expected));
        // Written and read back: the same figure, never another number.
        const auto back = Package::parse(Package::serialize(r.value(), def()), def());
        REQUIRE(back.ok());
        CHECK(back.value() == r.value());
        return;
    }
    REQUIRE_FALSE(r.ok());
    // The message names the cell by its key and by its name.
    CHECK(r.error().message.contains(QString::fromLatin1(c.key)));
    CHECK(r.error().message.contains(def().cells()[def().cellIndex(QString::fromLatin1(c.key))].type == ValueType::Count
                                         ? q("本年新收（自然人）")
                                         : q("行政事业性收费")));
    CHECK((r.error().code == q("package.range") || r.error().code == q("package.value")));
}

TEST_CASE("The published text and HTML readers apply the range at both sides of every boundary", "[import][range]")
{
    struct Printed {
        const char *key;
        const char *text;
        const char *expected; // nullptr: refused
    };
    const Printed c = GENERATE(values<Printed>({
        {"active.licensing.decisions", "999999999999999999", "999999999999999999"},
        {"active.licensing.decisions", "1000000000000000000", nullptr},
        {"active.licensing.decisions", "0", "0"},
        {"active.licensing.decisions", "-1", nullptr},
        {"active.fees.amount", "999999999999999.999999", "999999999999999.999999"},
        {"active.fees.amount", "1000000000000000", nullptr},
        {"active.fees.amount", "0.000001", "0.000001"},
        {"active.fees.amount", "0.0000001", nullptr},
    }));
    CAPTURE(c.key, c.text);
    const bool fee = QByteArray(c.key) == "active.fees.amount";
    const QByteArray original = fee ? QByteArray("4166.241619") : QByteArray("5231");
    SECTION("web copy")
    {
        checkImported(importWith(q("web-2023.txt"), "| " + original + " |", "| " + QByteArray(c.text) + " |"), c.key, c.text,
                      c.expected);
    }
    SECTION("HTML page")
    {
        checkImported(importWith(q("page-2023.html"), ">" + original + "<", ">" + QByteArray(c.text) + "<"), c.key, c.text,
                      c.expected);
    }
}
