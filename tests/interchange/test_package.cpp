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

TEST_CASE("A package that cannot be written leaves no file behind", "[package]")
{
    const QString path = nb::test::tempPath(q("no-such-folder/out.nianbao.json"));
    const auto written = Package::writeFile(path, nb::test::full2023(), def());
    REQUIRE_FALSE(written.ok());
    CHECK(written.error().message.contains(path));
    CHECK_FALSE(QFile::exists(path));
}
