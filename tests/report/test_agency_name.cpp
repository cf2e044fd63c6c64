// What may be an agency's name, and how a hostile one is shown in a message.
#include "core/report/agency_name.h"

#include "tests/support/catch_qt.h"

using nb::report::AgencyName;

TEST_CASE("Agency names: real ones pass, hostile ones are refused saying why", "[agency]")
{
    for (const char *name : {"示范市人民政府", "国家税务总局示范市税务局", "示范市发展和改革委员会（示范市粮食和物资储备局）",
                             "示范市12345政务服务便民热线管理中心", "Xinjiang Uygur Autonomous Region", "中共示范市委办公室 示范市人民政府办公室"}) {
        INFO(name);
        CHECK_FALSE(AgencyName::check(QString::fromUtf8(name)).has_value());
    }
    struct Refused {
        QString name;
        const char *says;
    };
    const QList<Refused> refused = {
        {QString(), "不能为空"},
        {QStringLiteral("   "), "不能为空"},
        {QStringLiteral("../../etc/passwd"), "“/”"},
        {QStringLiteral("..\\\\windows"), "“\\”"},
        {QStringLiteral("示范局'; DROP TABLE reports; --"), "“'”"},
        {QStringLiteral("示范局\u001b[31m"), "U+001B"},
        {QStringLiteral("示范局\n注入"), "U+000A"},
        {QStringLiteral("\u202e局育教"), "U+202E"},
        {QStringLiteral("示范\ufffd局"), "U+FFFD"},
        {QStringLiteral(".."), "没有文字"},
        {QStringLiteral("12345"), "没有文字"},
        {QString(101, u'局'), "超过了 100 个"},
    };
    for (const Refused &r : refused) {
        INFO(r.name.toStdString());
        const auto error = AgencyName::check(r.name);
        REQUIRE(error.has_value());
        CHECK(error->code == QStringLiteral("agency.name"));
        CHECK(error->message.contains(QString::fromUtf8(r.says)));
        CHECK_FALSE(AgencyName::hasInvisible(error->message)); // a message never carries the raw character
    }
    CHECK(AgencyName::check(QString(100, u'局')) == std::nullopt);
}

TEST_CASE("printable spells out control and format characters, and keeps everything else", "[agency]")
{
    CHECK(AgencyName::printable(QStringLiteral("示范局\u001b[2J")) == QStringLiteral("示范局U+001B[2J"));
    CHECK(AgencyName::printable(QStringLiteral("a\tb\u202ec")) == QStringLiteral("aU+0009bU+202Ec"));
    CHECK(AgencyName::printable(QStringLiteral("示范局 (1)")) == QStringLiteral("示范局 (1)"));
    CHECK(AgencyName::hasInvisible(QStringLiteral("x\u200by")));
    CHECK_FALSE(AgencyName::hasInvisible(QStringLiteral("示范局（一）")));
}
