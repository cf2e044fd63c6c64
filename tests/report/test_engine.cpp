#include "core/report/engine.h"
#include "tests/support/fixtures.h"

#include "tests/support/catch_qt.h"

using namespace nb::report;
using nb::test::dec;
using nb::test::plus;

namespace {
int cell(const Engine &e, const char *key)
{
    const int i = e.definition().cellIndex(QString::fromLatin1(key));
    REQUIRE(i >= 0);
    return i;
}
bool contains(const std::vector<int> &v, int x)
{
    return std::find(v.begin(), v.end(), x) != v.end();
}
} // namespace

TEST_CASE("An empty report has blank inputs and zero totals, and only empty-text warnings", "[engine]")
{
    Engine e;
    CHECK_FALSE(e.value(cell(e, "requests.new.natural")).has_value());
    CHECK(e.value(cell(e, "requests.new.total")) == dec("0"));
    CHECK(e.value(cell(e, "requests.result.total.total")) == dec("0"));
    CHECK(e.count(Severity::Error) == 0);
    for (const auto &f : e.findings())
        CHECK(f.rule == QStringLiteral("RS-TEXT-EMPTY"));
}

TEST_CASE("Derived cells follow every edit, and the change set names exactly what changed", "[engine]")
{
    Engine e;
    e.load(nb::test::full2023());
    const int item = cell(e, "requests.result.withheld.third_party.research");
    const int rowTotal = cell(e, "requests.result.withheld.third_party.total");
    const int colTotal = cell(e, "requests.result.total.research");
    const int corner = cell(e, "requests.result.total.total");
    const Decimal before = *e.value(corner);
    const Decimal old = e.value(item).value_or(Decimal());

    const ChangeSet changes = e.setInput(item, plus(old, dec("5")));
    CHECK(*e.value(rowTotal) == e.computed(rowTotal));
    CHECK(*e.value(corner) == plus(before, dec("5")));
    CHECK(contains(changes.cells, item));
    CHECK(contains(changes.cells, rowTotal));
    CHECK(contains(changes.cells, colTotal));
    CHECK(contains(changes.cells, corner));
    CHECK(changes.cells.size() == 4); // nothing else depends on it
    // The balance of 三 now fails for the research column and the total column.
    CHECK(e.count(Severity::Error) == 2);
    CHECK_FALSE(changes.findings.empty());

    // Setting the same value again changes nothing.
    CHECK(e.setInput(item, plus(old, dec("5"))).empty());
    // Undoing the edit by hand restores the clean state.
    e.setInput(item, old);
    CHECK(e.count(Severity::Error) == 0);
}

TEST_CASE("Blank is distinct from 0 and survives a round trip through Report", "[engine]")
{
    Engine e;
    const int c = cell(e, "requests.new.natural");
    e.setInput(c, dec("0"));
    CHECK(e.value(c) == dec("0"));
    Report r = e.report();
    CHECK(r.cells.contains(QStringLiteral("requests.new.natural")));
    CHECK_FALSE(r.cells.contains(QStringLiteral("requests.new.legal")));
    e.setInput(c, std::nullopt);
    CHECK_FALSE(e.value(c).has_value());
    CHECK_FALSE(e.report().cells.contains(QStringLiteral("requests.new.natural")));
}

TEST_CASE("Loading and reading back a report keeps everything", "[engine]")
{
    const Report original = nb::test::full2023();
    Engine e;
    e.load(original);
    CHECK(e.report() == original);
}

TEST_CASE("Edits to derived cells are ignored — stated totals are kept apart from computed ones", "[engine]")
{
    Engine e;
    e.load(nb::test::full2023());
    const int total = cell(e, "requests.new.total");
    const Decimal computed = e.computed(total).value();
    const Decimal plusOne = Decimal::add(computed, dec("1")).value();
    CHECK(e.setInput(total, dec("1")).empty());
    e.setStated(total, plusOne);
    CHECK(e.value(total) == plusOne);
    CHECK(e.computed(total) == computed);
    const auto onTotal = e.findingsForCell(total);
    REQUIRE_FALSE(onTotal.empty());
    bool rowTotal = false;
    for (const auto &f : onTotal)
        rowTotal = rowTotal || f.rule == QStringLiteral("R3-ROW-TOTAL");
    CHECK(rowTotal);
}

TEST_CASE("Text edits re-evaluate text rules only", "[engine]")
{
    Engine e;
    e.load(nb::test::full2023());
    CHECK(e.count(Severity::Warning) == 0);
    auto changes = e.setText(QStringLiteral("problems"), QString());
    CHECK(changes.cells.empty());
    REQUIRE(changes.findings.size() == 1);
    CHECK(e.finding(changes.findings.front())->rule == QStringLiteral("RS-TEXT-EMPTY"));
    CHECK(e.finding(changes.findings.front())->section == QStringLiteral("problems"));
}
