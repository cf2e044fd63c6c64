#include "core/interchange/package.h"
#include "tests/support/fixtures.h"

#include <QFile>
#include "tests/support/catch_qt.h"

using namespace nb::report;
using nb::interchange::Package;

namespace {
const Definition &def()
{
    return *Definition::builtin();
}

QByteArray withBody(const char *extra)
{
    return QByteArray(R"({"format":"gov-info-disclosure-annual-report","formatVersion":"2021",
        "agency":{"name":"某某县科学技术局","kind":"department"},"year":2023)") + extra + "}";
}

QString q(const char *s)
{
    return QString::fromUtf8(s);
}
} // namespace

TEST_CASE("A package is read exactly: counts, money with its decimals, texts, notes", "[package]")
{
    const Report r = nb::test::full2023();
    CHECK(r.agencyName == q("示例市人民政府"));
    CHECK(r.agencyKind == AgencyKind::Government);
    CHECK(r.year == 2023);
    CHECK(r.status == ReportStatus::Draft);
    CHECK(r.cells.value(q("active.fees.amount")).toString() == q("4166.241619"));
    CHECK(r.cells.value(q("active.licensing.decisions")).toString() == q("2153"));
    CHECK(r.cellNotes.value(q("active.normative_documents.in_force")) == q("含修订后重新发布3件"));
    CHECK(r.texts.value(q("other")).contains(q("信息处理费")));
}

TEST_CASE("Writing and reading a package gives the same report", "[package]")
{
    Report r = nb::test::full2023();
    r.documentNumber = q("示政办〔2024〕1号");
    r.publishDate = QDate(2024, 1, 20);
    r.explanations.insert(q("X-STOCK"), q("本年修订文件计入制发"));
    r.textsToRevise = {q("problems")};
    r.cells.insert(q("active.fees.amount"), nb::test::dec("12.50"));
    r.cells.insert(q("requests.new.total"), nb::test::dec("9007199254740993")); // beyond 2^53: kept as a string
    const QString path = nb::test::tempPath(q("roundtrip.nianbao.json"));
    REQUIRE(Package::writeFile(path, r, def()).ok());
    const auto back = Package::readFile(path, def());
    REQUIRE(back.ok());
    CHECK(back.value() == r);
    CHECK(back->cells.value(q("active.fees.amount")).toString() == q("12.50"));
}

TEST_CASE("Blank, null and faulty-but-numeric values", "[package]")
{
    const auto r = Package::parse(withBody(R"(,"cells":{"requests.new.natural":null,"requests.new.legal":-2,
        "requests.new.research":1.5,"active.fees.amount":"0.000001","requests.new.commercial":""})"), def());
    REQUIRE(r.ok());
    CHECK_FALSE(r->cells.contains(q("requests.new.natural")));
    CHECK_FALSE(r->cells.contains(q("requests.new.commercial")));
    // Negative and fractional counts are read as they are: they are findings, not unreadable files.
    CHECK(r->cells.value(q("requests.new.legal")).toString() == q("-2"));
    CHECK(r->cells.value(q("requests.new.research")).toString() == q("1.5"));
    CHECK(r->cells.value(q("active.fees.amount")).toString() == q("0.000001"));
}

TEST_CASE("Broken packages are refused with the key or position named", "[package]")
{
    struct Case {
        QByteArray json;
        const char *code;
        const char *mentions;
    };
    const Case c = GENERATE(values<Case>({
        {"{\"format\": \"gov-info-disclosure-annual-report\",\n  \"year\": 20", "package.json", "第 2 行"},
        {"[1, 2]", "package.json", "JSON 对象"},
        {R"({"format":"something-else","formatVersion":"2021"})", "package.format", "format"},
        {R"({"format":"gov-info-disclosure-annual-report","formatVersion":"2019"})", "package.format", "formatVersion"},
        {withBody(R"(,"colour":"red")"), "package.unknown-key", "colour"},
        {withBody(R"(,"cells":{"requests.new.martian":1})"), "package.unknown-key", "cells.requests.new.martian"},
        {withBody(R"(,"cells":{"requests.new.natural":"twelve"})"), "package.value", "cells.requests.new.natural"},
        {withBody(R"(,"cells":{"requests.new.natural":true})"), "package.value", "requests.new.natural"},
        {withBody(R"(,"cells":{"requests.new.natural":1e300})"), "package.value", "requests.new.natural"},
        {withBody(R"(,"cells":[1])"), "package.type", "cells"},
        {withBody(R"(,"texts":{"requests":"x"})"), "package.unknown-key", "texts.requests"},
        {withBody(R"(,"texts":{"overview":5})"), "package.type", "texts.overview"},
        {withBody(R"(,"explanations":{"NO-SUCH-RULE":"x"})"), "package.unknown-key", "explanations.NO-SUCH-RULE"},
        {withBody(R"(,"cellNotes":{"nowhere":"x"})"), "package.unknown-key", "cellNotes.nowhere"},
        {withBody(R"(,"status":"published")"), "package.status", "status"},
        {withBody(R"(,"publishDate":"20 Jan 2024")"), "package.date", "publishDate"},
        {R"({"format":"gov-info-disclosure-annual-report","formatVersion":"2021","agency":{"name":"x","kind":"bureau"},"year":2023})",
         "package.agency", "agency.kind"},
        {R"({"format":"gov-info-disclosure-annual-report","formatVersion":"2021","agency":{"name":" ","kind":"department"},"year":2023})",
         "package.agency", "agency.name"},
        {R"({"format":"gov-info-disclosure-annual-report","formatVersion":"2021","agency":{"name":"x","kind":"department","id":1},"year":2023})",
         "package.unknown-key", "agency.id"},
        {R"({"format":"gov-info-disclosure-annual-report","formatVersion":"2021","agency":{"name":"x","kind":"department"},"year":"2023"})",
         "package.year", "year"},
    }));
    CAPTURE(c.json.toStdString());
    const auto r = Package::parse(c.json, def());
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == QString::fromLatin1(c.code));
    CHECK(r.error().message.contains(QString::fromUtf8(c.mentions)));
}

TEST_CASE("A package carries the agency's parent and an aggregate's contributors (contract §9)", "[package]")
{
    Report r = nb::test::full2023();
    r.agencyName = q("示例市人民政府（汇总）");
    r.agencyParent = q("示例省人民政府");
    AggregateInfo info;
    info.contributors << Contributor{q("示例市教育局"), CollectionStatus::Submitted, {}, 0}
                      << Contributor{q("示例市公安局"), CollectionStatus::Returned, {q("R3-BALANCE"), q("X-CARRY")}, 2}
                      << Contributor{q("示例市财政局"), CollectionStatus::Missing, {}, 0};
    info.previousYear = 2022;
    info.previousAgencies = 2;
    info.previousCarriedOut.insert(q("requests.carried_out.natural"), nb::test::dec("3"));
    info.previousCarriedOut.insert(q("requests.carried_out.total"), nb::test::dec("9007199254740993"));
    r.aggregate = info;
    const QByteArray json = Package::serialize(r, def());
    CHECK(json.contains(R"("parent": "示例省人民政府")"));
    CHECK(json.contains(R"("status": "returned")"));
    CHECK(json.contains(R"("unexplainedWarnings": 2)"));
    const auto back = Package::parse(json, def());
    REQUIRE(back.ok());
    CHECK(back.value() == r);

    // An agency's own package: no contributors, and none are made up.
    const auto plain = Package::parse(Package::serialize(nb::test::full2023(), def()), def());
    CHECK_FALSE(plain->aggregate);
    CHECK(plain->agencyParent.isEmpty());
    CHECK_FALSE(Package::serialize(nb::test::full2023(), def()).contains("contributors"));
}

TEST_CASE("Broken collection fields are refused with the key named", "[package]")
{
    struct Case {
        QByteArray json;
        const char *code;
        const char *mentions;
    };
    const Case c = GENERATE(values<Case>({
        {withBody(R"(,"contributors":{})"), "package.type", "contributors"},
        {withBody(R"(,"contributors":[1])"), "package.type", "contributors[0]"},
        {withBody(R"(,"contributors":[{"agency":"甲","status":"lost"}])"), "package.status", "contributors[0].status"},
        {withBody(R"(,"contributors":[{"agency":" ","status":"draft"}])"), "package.agency", "contributors[0].agency"},
        {withBody(R"(,"contributors":[{"agency":"甲","status":"draft","colour":1}])"), "package.unknown-key",
         "contributors[0].colour"},
        {withBody(R"(,"contributors":[{"agency":"甲","status":"draft","errors":["NO-RULE"]}])"), "package.unknown-key",
         "NO-RULE"},
        {withBody(R"(,"contributors":[{"agency":"甲","status":"draft","unexplainedWarnings":-1}])"), "package.type",
         "unexplainedWarnings"},
        {withBody(R"(,"previousAggregate":{"year":2022,"agencies":1,"cells":{}})"), "package.type", "previousAggregate"},
        {withBody(R"(,"contributors":[],"previousAggregate":{"year":2022,"agencies":1,"cells":{"x.y":1}})"),
         "package.unknown-key", "previousAggregate.cells.x.y"},
        {withBody(R"(,"contributors":[],"previousAggregate":{"agencies":1})"), "package.type", "previousAggregate"},
        {R"({"format":"gov-info-disclosure-annual-report","formatVersion":"2021","agency":{"name":"x","kind":"department","parent":7},"year":2023})",
         "package.type", "agency.parent"},
    }));
    CAPTURE(c.json.toStdString());
    const auto r = Package::parse(c.json, def());
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == QString::fromLatin1(c.code));
    CHECK(r.error().message.contains(QString::fromUtf8(c.mentions)));
}

TEST_CASE("A package that cannot be written leaves no file behind", "[package]")
{
    const QString path = nb::test::tempPath(q("no-such-folder/out.nianbao.json"));
    const auto written = Package::writeFile(path, nb::test::full2023(), def());
    REQUIRE_FALSE(written.ok());
    CHECK(written.error().message.contains(path));
    CHECK_FALSE(QFile::exists(path));
}
