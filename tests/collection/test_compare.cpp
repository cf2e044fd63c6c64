// Year against year: every cell of 二, 三, 四 with both years, the change and
// the change in per cent, largest first; and the texts' similarity.
#include "core/collection/aggregate.h"
#include "core/collection/compare.h"
#include "core/collection/compare_export.h"
#include "core/report/definition.h"
#include "tests/support/catch_qt.h"
#include "tests/support/fixtures.h"

#include <catch2/catch.hpp>

using namespace nb;
using namespace nb::report;
using nb::collection::CellChange;

namespace {

const CellChange &changeOf(const collection::Comparison &c, const QString &key)
{
    for (const CellChange &change : c.cells)
        if (change.key == key)
            return change;
    FAIL("no change for " << key.toStdString());
    return c.cells.first();
}

} // namespace

TEST_CASE("compare: every cell of the tables with last year, this year, change and per cent, largest first",
          "[collection][compare]")
{
    const auto def = Definition::builtin();
    Report previous = test::full2022(), current = test::full2023();
    current.cells[QStringLiteral("requests.new.natural")] = test::plus(previous.cells.value(QStringLiteral("requests.new.natural")),
                                                                        Decimal::fromInteger(500));
    current.cells[QStringLiteral("appeals.review.upheld")] = Decimal::fromInteger(3);
    previous.cells[QStringLiteral("appeals.review.upheld")] = Decimal::fromInteger(0);
    current.cells[QStringLiteral("active.penalty.decisions")] = Decimal::fromInteger(50);
    previous.cells[QStringLiteral("active.penalty.decisions")] = Decimal::fromInteger(200);
    previous.cells[QStringLiteral("requests.new.natural")] = Decimal::fromInteger(100);
    current.cells[QStringLiteral("requests.new.natural")] = Decimal::fromInteger(600);

    const auto c = collection::compare(current, previous, *def);
    CHECK(c.agency == QStringLiteral("示例市人民政府"));
    CHECK(c.year == 2023);
    CHECK(c.previousYear == 2022);
    CHECK(c.cells.size() == def->cellCount());

    const CellChange &natural = changeOf(c, QStringLiteral("requests.new.natural"));
    CHECK(natural.previous == Decimal::fromInteger(100));
    CHECK(natural.current == Decimal::fromInteger(600));
    CHECK(natural.change == Decimal::fromInteger(500));
    REQUIRE(natural.percent);
    CHECK(*natural.percent == Approx(500.0));
    CHECK(collection::percentText(natural) == QStringLiteral("+500.0%"));
    CHECK(collection::changeText(natural) == QStringLiteral("+500"));
    CHECK(natural.name == QStringLiteral("本年新收（自然人）"));
    CHECK(natural.section.startsWith(QStringLiteral("三、")));

    const CellChange &penalty = changeOf(c, QStringLiteral("active.penalty.decisions"));
    CHECK(penalty.change == Decimal::fromInteger(-150));
    CHECK(collection::percentText(penalty) == QStringLiteral("−75.0%"));
    CHECK(collection::changeText(penalty) == QStringLiteral("−150"));

    const CellChange &upheld = changeOf(c, QStringLiteral("appeals.review.upheld"));
    CHECK_FALSE(upheld.percent);
    CHECK(collection::percentText(upheld) == QStringLiteral("新增"));

    // Largest change first: the totals that carry the +500 lead.
    for (qsizetype i = 1; i < c.cells.size(); ++i) {
        const auto a = c.cells[i - 1].change, b = c.cells[i].change;
        CHECK((a.isNegative() ? -a : a) >= (b.isNegative() ? -b : b));
    }
    CHECK(c.cells.first().change >= Decimal::fromInteger(500));

    // Texts: the fixture's 2023 texts are its own; the same text is copied.
    REQUIRE(c.texts.size() == 3);
    for (const auto &t : c.texts) {
        REQUIRE(t.similarity);
        CHECK(*t.similarity < 0.9);
        CHECK_FALSE(t.copied);
    }
    Report copied = current;
    copied.texts[QStringLiteral("problems")] = previous.texts.value(QStringLiteral("problems"));
    copied.texts.remove(QStringLiteral("other"));
    const auto again = collection::compare(copied, previous, *def);
    for (const auto &t : again.texts) {
        if (t.section == QLatin1String("problems")) {
            CHECK(*t.similarity == Approx(1.0));
            CHECK(t.copied);
        }
        if (t.section == QLatin1String("other"))
            CHECK_FALSE(t.similarity);
    }
}

TEST_CASE("compare exports: a page and CSV with every cell and the similarities", "[collection][compare]")
{
    const auto def = Definition::builtin();
    const auto c = collection::compare(test::full2023(), test::full2022(), *def);
    const QString html = collection::comparisonHtml(c);
    CHECK(html.contains(QStringLiteral("<title>示例市人民政府 2023 年度与 2022 年度对比</title>")));
    CHECK(html.contains(QStringLiteral("本年新收（自然人）")));
    CHECK(html.contains(QStringLiteral("五、存在的主要问题及改进情况")));
    CHECK(html.count(QStringLiteral("<tr")) == def->cellCount() + 2 + 3); // cells + two header rows + three texts
    const QStringList lines = QString::fromUtf8(collection::comparisonCsv(c).mid(3)).split(QStringLiteral("\r\n"));
    CHECK(lines[0] == QStringLiteral("部分,项目,单元格,上年,本年,变化,变化率"));
    CHECK(lines.filter(QStringLiteral("requests.new.natural")).size() == 1);
}

TEST_CASE("compare: an aggregate against last year's aggregate of the same agencies", "[collection][compare]")
{
    Report a2023 = test::full2023(), b2023 = test::full2023(), a2022 = test::full2022(), b2022 = test::full2022();
    a2023.agencyName = a2022.agencyName = QStringLiteral("甲局");
    b2023.agencyName = b2022.agencyName = QStringLiteral("乙局");
    collection::AggregateBuilder builder(Definition::builtin(), QStringLiteral("示例市人民政府"), AgencyKind::Government, 2023);
    builder.add(a2023, CollectionStatus::Final, {}, 0);
    builder.addPrevious(a2022);
    builder.add(b2023, CollectionStatus::Final, {}, 0);
    builder.addPrevious(b2022);
    const auto agg = builder.finish();
    REQUIRE(agg.previous);
    const auto c = collection::compare(agg.report, *agg.previous, *Definition::builtin());
    const auto &natural = changeOf(c, QStringLiteral("requests.new.natural"));
    CHECK(natural.current == test::plus(a2023.cells.value(QStringLiteral("requests.new.natural")),
                                        b2023.cells.value(QStringLiteral("requests.new.natural"))));
    CHECK(natural.previous == test::plus(a2022.cells.value(QStringLiteral("requests.new.natural")),
                                         b2022.cells.value(QStringLiteral("requests.new.natural"))));
    for (const auto &t : c.texts)
        CHECK_FALSE(t.similarity); // an aggregate has no texts
}
