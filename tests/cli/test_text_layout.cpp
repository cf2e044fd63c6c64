// How --help text is laid out in a terminal (app/common/text_layout).
#include "app/common/text_layout.h"
#include "tests/support/catch_qt.h"

using namespace nb::app;

TEST_CASE("text layout: Chinese characters take two columns", "[cli][layout]")
{
    CHECK(displayWidth(QStringLiteral("abc")) == 3);
    CHECK(displayWidth(QStringLiteral("年报")) == 4);
    CHECK(displayWidth(QStringLiteral("（PDF）")) == 7);
}

TEST_CASE("text layout: lines break between Chinese characters and at spaces, never inside a word", "[cli][layout]")
{
    const QStringList lines = wrapText(QStringLiteral("检查报告 nianbao-cli check 每条结果"), 12);
    CHECK(lines == QStringList{QStringLiteral("检查报告"), QStringLiteral("nianbao-cli"), QStringLiteral("check 每条结"),
                               QStringLiteral("果")});
    for (const QString &line : wrapText(QStringLiteral("政府信息公开工作年度报告按二〇二一年格式填写"), 10))
        CHECK(displayWidth(line) <= 10);
    // A word longer than the line stays whole.
    CHECK(wrapText(QStringLiteral("--previous=2022.nianbao.json"), 10) == QStringList{QStringLiteral("--previous=2022.nianbao.json")});
}

TEST_CASE("text layout: closing punctuation never starts a line, an opening bracket never ends one", "[cli][layout]")
{
    // 10 columns: "一二三四五" would fill the line, and the comma cannot start the next: 五 goes with it.
    const QStringList comma = wrapText(QStringLiteral("一二三四五，六七"), 10);
    REQUIRE(comma.size() == 2);
    CHECK(comma[0] == QStringLiteral("一二三四"));
    CHECK(comma[1] == QStringLiteral("五，六七"));
    const QStringList bracket = wrapText(QStringLiteral("一二三四（五六）"), 10);
    REQUIRE(bracket.size() == 2);
    CHECK(bracket[0] == QStringLiteral("一二三四"));
    CHECK(bracket[1] == QStringLiteral("（五六）"));
}
