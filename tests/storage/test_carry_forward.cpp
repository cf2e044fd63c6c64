// carryForward: the pure Y−1 → Y logic.
#include "core/report/carry_forward.h"
#include "tests/storage/storage_fixture.h"

#include <catch2/catch.hpp>

using namespace nb::report;

TEST_CASE("carry-forward copies 四 into 二 per column and nothing else", "[carry]")
{
    const Report previous = nb::test::packageFixture(QStringLiteral("full-2022.nianbao.json"));
    const auto def = Definition::builtin();
    const Report next = carryForward(previous, 2023);
    CHECK(next.agencyName == previous.agencyName);
    CHECK(next.agencyKind == previous.agencyKind);
    CHECK(next.year == 2023);
    CHECK(next.status == ReportStatus::Draft);
    CHECK(next.cellNotes.isEmpty());
    CHECK(next.explanations.isEmpty());
    CHECK(next.documentNumber.isEmpty());
    int carried = 0;
    for (const auto &cell : def->cells()) {
        if (cell.key.startsWith(QLatin1String("requests.carried_in.")) && !cell.derived) {
            const QString from = QStringLiteral("requests.carried_out.") + cell.key.section(u'.', 2);
            CHECK(next.cells.value(cell.key) == previous.cells.value(from));
            ++carried;
        } else {
            INFO(cell.key.toStdString());
            CHECK_FALSE(next.cells.contains(cell.key)); // this year's counts start blank
        }
    }
    CHECK(carried == 6);
}

TEST_CASE("carry-forward copies the texts with the years moved on, to revise", "[carry]")
{
    Report previous;
    previous.agencyName = QStringLiteral("某县科学技术局");
    previous.year = 2023;
    previous.texts[QStringLiteral("overview")] =
        QStringLiteral("本报告统计期限为2023年1月1日至2023年12月31日。2023年，与2022年相比，依据2019年修订的《条例》……");
    previous.texts[QStringLiteral("problems")] = QStringLiteral("2023 年存在的问题");
    previous.texts[QStringLiteral("other")] = QStringLiteral("   ");
    const Report next = carryForward(previous, 2024);
    CHECK(next.texts.value(QStringLiteral("overview"))
          == QStringLiteral("本报告统计期限为2024年1月1日至2024年12月31日。2024年，与2023年相比，依据2019年修订的《条例》……"));
    CHECK(next.texts.value(QStringLiteral("problems")) == QStringLiteral("2024 年存在的问题"));
    CHECK_FALSE(next.texts.contains(QStringLiteral("other"))); // nothing worth carrying
    CHECK(next.textsToRevise == QStringList{QStringLiteral("overview"), QStringLiteral("problems")});
}

TEST_CASE("shiftYears leaves other numbers alone", "[carry]")
{
    CHECK(shiftYears(QStringLiteral("收到申请12023件，2023年"), 2023, 2024) == QStringLiteral("收到申请12023件，2024年"));
    CHECK(shiftYears(QStringLiteral("2021年、2022年、2023年"), 2023, 2024) == QStringLiteral("2021年、2023年、2024年"));
}

TEST_CASE("the expected 现行有效件数 is offered from last year's stock and this year's changes", "[carry]")
{
    const Report previous = nb::test::packageFixture(QStringLiteral("full-2022.nianbao.json"));
    const Report current = nb::test::packageFixture(QStringLiteral("full-2023.nianbao.json"));
    const auto hints = expectedStockHints(previous, current);
    for (const QString &row : {QStringLiteral("active.regulations"), QStringLiteral("active.normative_documents")}) {
        const QString stock = row + QStringLiteral(".in_force");
        REQUIRE(hints.contains(stock));
        const auto expected = DecimalSum()
                                  .add(previous.cells.value(stock))
                                  .add(current.cells.value(row + QStringLiteral(".issued")))
                                  .subtract(current.cells.value(row + QStringLiteral(".repealed")))
                                  .value();
        CHECK(hints.value(stock) == expected);
    }
    // The full fixtures are consistent, so the hint is what was filled in.
    CHECK(hints.value(QStringLiteral("active.regulations.in_force")) == current.cells.value(QStringLiteral("active.regulations.in_force")));
    // A fresh year: nothing typed yet, the hint is last year's stock; carryForward never fills it in.
    const Report fresh = carryForward(previous, 2023);
    CHECK(expectedStockHints(previous, fresh).value(QStringLiteral("active.regulations.in_force"))
          == previous.cells.value(QStringLiteral("active.regulations.in_force")));
    CHECK_FALSE(fresh.cells.contains(QStringLiteral("active.regulations.in_force")));
    Report noStock = previous;
    noStock.cells.remove(QStringLiteral("active.regulations.in_force"));
    CHECK_FALSE(expectedStockHints(noStock, current).contains(QStringLiteral("active.regulations.in_force")));
}
