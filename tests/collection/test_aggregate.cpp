// 汇总 checked against sums computed here, independently of the definition's
// formulas: random reports of many agencies, printed totals in some (which
// must be ignored), agencies without a report, and the aggregate's own rules.
#include "core/collection/aggregate.h"
#include "core/collection/explain.h"
#include "core/interchange/package.h"
#include "core/report/engine.h"
#include "tests/collection/collection_fixture.h"
#include "tests/store/store_factories.h"
#include "tests/support/catch_qt.h"
#include "tests/support/fixtures.h"
#include "tests/support/office_names.h"

#include <catch2/catch.hpp>

using namespace nb;
using namespace nb::report;
using nb::collection::Aggregate;
using nb::collection::Aggregation;
using nb::store::AgencyInfo;
using nb::test::cleanReport;
using nb::test::randomReport;

using namespace nb::test::office;

namespace {

const QStringList kApplicants{"natural", "commercial", "research", "nonprofit", "legal", "other_org"};
const QStringList kResultRows{
    "result.disclosed", "result.partial", "result.withheld.state_secret", "result.withheld.law_forbidden",
    "result.withheld.security_stability", "result.withheld.third_party", "result.withheld.internal_affairs",
    "result.withheld.process_info", "result.withheld.enforcement_files", "result.withheld.inquiry",
    "result.unavailable.not_held", "result.unavailable.needs_creation", "result.unavailable.unclear",
    "result.not_processed.petition", "result.not_processed.repeated", "result.not_processed.publications",
    "result.not_processed.excessive", "result.not_processed.confirmation", "result.other.no_correction",
    "result.other.unpaid_fee", "result.other.other"};
const QStringList kRows = QStringList{"new", "carried_in"} + kResultRows + QStringList{"carried_out"};
const QStringList kAppealGroups{"review", "suit_direct", "suit_after_review"};

// The input cells of the contract (§2–§4), written out here, not read from the definition.
QStringList inputKeys()
{
    QStringList keys;
    for (const char *row : {"regulations", "normative_documents"})
        for (const char *col : {"issued", "repealed", "in_force"})
            keys << QStringLiteral("active.%1.%2").arg(QLatin1String(row), QLatin1String(col));
    keys << "active.licensing.decisions" << "active.penalty.decisions" << "active.coercion.decisions"
         << "active.fees.amount";
    for (const QString &row : kRows)
        for (const QString &col : kApplicants)
            keys << QStringLiteral("requests.%1.%2").arg(row, col);
    for (const QString &group : kAppealGroups)
        for (const char *col : {"upheld", "corrected", "other", "pending"})
            keys << QStringLiteral("appeals.%1.%2").arg(group, QLatin1String(col));
    return keys;
}

// Every expected cell of the aggregate: inputs summed, totals from those sums.
QMap<QString, Decimal> expectedSums(const QList<Report> &reports)
{
    QMap<QString, Decimal> sum;
    for (const QString &key : inputKeys())
        for (const Report &r : reports)
            sum[key] = test::plus(sum[key], r.cells.value(key));
    auto cell = [&](const QString &key) { return sum.value(key); };
    for (const QString &col : kApplicants) {
        Decimal total;
        for (const QString &row : kResultRows)
            total = test::plus(total, cell(QStringLiteral("requests.%1.%2").arg(row, col)));
        sum[QStringLiteral("requests.result.total.%1").arg(col)] = total;
    }
    for (const QString &row : kRows + QStringList{"result.total"}) {
        Decimal total;
        for (const QString &col : kApplicants)
            total = test::plus(total, cell(QStringLiteral("requests.%1.%2").arg(row, col)));
        sum[QStringLiteral("requests.%1.total").arg(row)] = total;
    }
    for (const QString &group : kAppealGroups) {
        Decimal total;
        for (const char *col : {"upheld", "corrected", "other", "pending"})
            total = test::plus(total, cell(QStringLiteral("appeals.%1.%2").arg(group, QLatin1String(col))));
        sum[QStringLiteral("appeals.%1.total").arg(group)] = total;
    }
    return sum;
}

QStringList findingRules(const Engine &engine)
{
    QStringList rules;
    for (const Finding &f : engine.findings())
        rules << f.rule;
    return rules;
}

std::optional<Finding> findingOf(const Engine &engine, const QString &rule)
{
    for (const Finding &f : engine.findings())
        if (f.rule == rule)
            return f;
    return std::nullopt;
}

// The aggregate as the window and `aggregate` check it: last year's aggregate as its previous year.
void loadInto(Engine &engine, const Aggregate &a)
{
    engine.setPrevious(a.previous);
    engine.load(a.report);
}

} // namespace

TEMPLATE_TEST_CASE("aggregate: every cell is the exact sum over the agencies below, printed totals ignored",
                   "[collection][aggregate]", NB_STORE_FACTORIES)
{
    TestType factory;
    auto store = factory.make();
    QRandomGenerator random(20231231);
    REQUIRE(store->addAgency({kCity, AgencyKind::Government, {}}).ok());
    QList<Report> expectedIn;
    QStringList missing, everyone;
    for (int d = 0; d < 3; ++d) {
        const QString district = QStringLiteral("示例市第%1区人民政府").arg(d + 1);
        REQUIRE(store->addAgency({district, AgencyKind::Government, kCity}).ok());
        everyone << district;
        for (int i = 0; i < 12; ++i) {
            const QString name = QStringLiteral("第%1区局%2").arg(d + 1).arg(i, 2, 10, QLatin1Char('0'));
            REQUIRE(store->addAgency({name, AgencyKind::Department, district}).ok());
            everyone << name;
            if (i % 5 == 4) {
                missing << name;
                continue;
            }
            const Report r = randomReport(random, name, 2023, i % 2 == 0);
            REQUIRE(store->importReport(r, false).ok());
            expectedIn << r;
        }
        const Report own = randomReport(random, district, 2023, true);
        REQUIRE(store->importReport(own, false).ok());
        expectedIn << own;
    }
    // Not below the city: never counted.
    REQUIRE(store->importReport(randomReport(random, QStringLiteral("外省某局"), 2023, false), false).ok());
    // Another year: never counted.
    REQUIRE(store->importReport(randomReport(random, QStringLiteral("第1区局00"), 2021, false), false).ok());

    auto made = Aggregation::fromStore(*store, kCity, 2023);
    INFO((made ? QString() : made.error().message).toStdString());
    REQUIRE(made.ok());
    const Aggregate &a = made.value();
    CHECK(a.report.agencyName == QStringLiteral("示例市人民政府（汇总）"));
    CHECK(a.report.agencyKind == AgencyKind::Government);
    CHECK(a.report.year == 2023);
    CHECK(a.report.texts.isEmpty());
    REQUIRE(a.report.aggregate);
    CHECK(a.report.aggregate->contributors.size() == everyone.size());
    CHECK(a.contributions.size() == expectedIn.size());

    Engine engine;
    engine.load(a.report);
    const QMap<QString, Decimal> expected = expectedSums(expectedIn);
    const auto def = Definition::builtin();
    REQUIRE(expected.size() == def->cellCount());
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        const int cell = def->cellIndex(it.key());
        REQUIRE(cell >= 0);
        CAPTURE(it.key().toStdString());
        CHECK(engine.value(cell).value_or(Decimal()) == it.value());
    }
    // The sums balance as any report's must only if every agency's did; the
    // stated (wrong) totals of the inputs never reach the aggregate.
    for (auto it = a.report.cells.begin(); it != a.report.cells.end(); ++it)
        CHECK_FALSE(def->cells()[def->cellIndex(it.key())].derived);

    QStringList named;
    for (const auto &c : a.report.aggregate->contributors)
        if (c.status == CollectionStatus::Missing)
            named << c.agency;
    CHECK(named == missing);

    // Explain: each cell's lines sum to it, non-zero first.
    for (const QString key : {"requests.new.natural", "requests.result.total.total", "active.fees.amount",
                              "appeals.review.total"}) {
        const auto e = collection::explain(a, *def, key).value();
        Decimal sum;
        for (const auto &line : e.lines)
            sum = test::plus(sum, line.value);
        CHECK(sum == expected.value(key));
        CHECK(e.total == expected.value(key));
        CHECK(e.lines.size() == expectedIn.size());
        CHECK(e.missing == missing);
        bool seenZero = false;
        for (const auto &line : e.lines) {
            CHECK_FALSE((seenZero && !line.value.isZero()));
            seenZero = seenZero || line.value.isZero();
        }
    }
    CHECK(collection::explain(a, *def, QStringLiteral("no.such.cell")).error().code == QStringLiteral("collection.cell"));
    CHECK(Aggregation::fromStore(*store, QStringLiteral("没有的机关"), 2023).error().code == QStringLiteral("collection.node"));
}

TEMPLATE_TEST_CASE("aggregate: a chosen set of agencies sums only those", "[collection][aggregate]", NB_STORE_FACTORIES)
{
    TestType factory;
    auto store = factory.make();
    QRandomGenerator random(7);
    REQUIRE(store->addAgency({kCity, AgencyKind::Government, {}}).ok());
    QList<Report> chosen;
    for (int i = 0; i < 6; ++i) {
        const Report r = randomReport(random, QStringLiteral("市局%1").arg(i), 2023, true);
        Report placed = r;
        placed.agencyParent = kCity;
        REQUIRE(store->importReport(placed, false).ok());
        if (i % 2)
            chosen << r;
    }
    const auto a = Aggregation::fromStore(*store, kCity, 2023, {"市局1", "市局3", "市局5"}).value();
    CHECK(a.report.aggregate->contributors.size() == 3);
    Engine engine;
    engine.load(a.report);
    const auto expected = expectedSums(chosen);
    const auto def = Definition::builtin();
    for (auto it = expected.begin(); it != expected.end(); ++it)
        CHECK(engine.value(def->cellIndex(it.key())).value_or(Decimal()) == it.value());
    CHECK(Aggregation::fromStore(*store, kCity, 2023, {"没有的局"}).error().code == QStringLiteral("collection.node"));
}

TEMPLATE_TEST_CASE("aggregate: no node is every agency under the name 全部机关", "[collection][aggregate]", NB_STORE_FACTORIES)
{
    TestType factory;
    auto store = factory.make();
    QRandomGenerator random(11);
    REQUIRE(store->addAgency({kCity, AgencyKind::Government, {}}).ok());
    QList<Report> all;
    for (const QString name : {"市局甲", "市局乙", "外省某局"}) {
        Report r = randomReport(random, name, 2023, true);
        if (name != QStringLiteral("外省某局"))
            r.agencyParent = kCity;
        REQUIRE(store->importReport(r, false).ok());
        all << r;
    }
    const auto a = Aggregation::fromStore(*store, QString(), 2023).value();
    CHECK(a.report.agencyName == QStringLiteral("全部机关（汇总）"));
    // The city itself has no report: it is named missing, like any agency in scope.
    CHECK(a.report.aggregate->contributors.size() == 4);
    CHECK(a.contributions.size() == 3);
    Engine engine;
    engine.load(a.report);
    const auto expected = expectedSums(all);
    const auto def = Definition::builtin();
    for (auto it = expected.begin(); it != expected.end(); ++it)
        CHECK(engine.value(def->cellIndex(it.key())).value_or(Decimal()) == it.value());
}

TEMPLATE_TEST_CASE("aggregate rules: AGG-MISSING, AGG-NOT-FINAL and AGG-ERRORS pass when all is well and name who fails",
                   "[collection][aggregate]", NB_STORE_FACTORIES)
{
    TestType factory;
    auto store = factory.make();
    const QStringList names{"示例市教育局", "示例市公安局", "示例市民政局"};
    REQUIRE(store->addAgency({kCity, AgencyKind::Government, {}}).ok());
    for (const QString &name : names) {
        Report r2022 = cleanReport(name, 2022), r2023 = cleanReport(name, 2023);
        r2023.agencyParent = kCity;
        REQUIRE(store->create(r2022).ok());
        REQUIRE(store->create(r2023).ok());
        REQUIRE(store->setStatus({name, 2023}, ReportStatus::Final, {}).ok());
    }
    REQUIRE(store->submit({names[0], 2023}).ok());

    Engine engine;
    loadInto(engine, Aggregation::fromStore(*store, kCity, 2023).value());
    for (const char *rule : {"AGG-MISSING", "AGG-NOT-FINAL", "AGG-ERRORS", "AGG-CARRY"})
        CHECK_FALSE(findingRules(engine).contains(QString::fromLatin1(rule)));
    CHECK(engine.count(Severity::Error) == 0);

    // One more agency without a report; one returned; one with an error.
    REQUIRE(store->addAgency({QStringLiteral("示例市财政局"), AgencyKind::Department, kCity}).ok());
    REQUIRE(store->returnReport({names[0], 2023}, QStringLiteral("请核对")).ok());
    REQUIRE(store->setStatus({names[1], 2023}, ReportStatus::Draft, QStringLiteral("改数")).ok());
    Report broken = store->load({names[1], 2023}).value();
    broken.cells[QStringLiteral("requests.new.natural")] = test::plus(broken.cells[QStringLiteral("requests.new.natural")], Decimal::fromInteger(3));
    REQUIRE(store->write(broken, {{QStringLiteral("requests.new.natural")}, {}, false, false}).ok());

    const Aggregate a = Aggregation::fromStore(*store, kCity, 2023).value();
    loadInto(engine, a);
    const auto missing = findingOf(engine, QStringLiteral("AGG-MISSING"));
    REQUIRE(missing);
    CHECK(missing->severity == Severity::Warning);
    CHECK(missing->message.contains(QStringLiteral("示例市财政局")));
    CHECK_FALSE(missing->message.contains(names[2]));
    const auto notFinal = findingOf(engine, QStringLiteral("AGG-NOT-FINAL"));
    REQUIRE(notFinal);
    CHECK(notFinal->severity == Severity::Warning);
    CHECK(notFinal->message.contains(names[0] + QStringLiteral("（已退回）")));
    CHECK(notFinal->message.contains(names[1] + QStringLiteral("（草稿）")));
    CHECK_FALSE(notFinal->message.contains(names[2]));
    const auto errors = findingOf(engine, QStringLiteral("AGG-ERRORS"));
    REQUIRE(errors);
    CHECK(errors->severity == Severity::Error);
    CHECK(errors->message.contains(names[1] + QStringLiteral("（R3-BALANCE")));
    CHECK_FALSE(errors->message.contains(names[0]));

    // The package alone gives the same AGG findings.
    const auto def = Definition::builtin();
    const Report parsed = interchange::Package::parse(interchange::Package::serialize(a.report, *def), *def).value();
    CHECK(parsed.aggregate == a.report.aggregate);
    Engine alone;
    alone.load(parsed);
    for (const char *rule : {"AGG-MISSING", "AGG-NOT-FINAL", "AGG-ERRORS", "AGG-CARRY"})
        CHECK(findingOf(alone, QString::fromLatin1(rule)) == findingOf(engine, QString::fromLatin1(rule)));
}

namespace {

// The city with its education and police bureaus, each with a clean report of 2022 and of 2023.
void twoAgenciesTwoYears(store::ReportStore &store)
{
    REQUIRE(store.addAgency({kCity, AgencyKind::Government, {}}).ok());
    for (const QString name : {"示例市教育局", "示例市公安局"}) {
        Report r = cleanReport(name, 2022);
        r.agencyParent = kCity;
        REQUIRE(store.create(r).ok());
        REQUIRE(store.create(cleanReport(name, 2023)).ok());
    }
}

} // namespace

TEMPLATE_TEST_CASE("aggregate rules: AGG-CARRY compares 上年结转 with last year's aggregate of the same agencies",
                   "[collection][aggregate]", NB_STORE_FACTORIES)
{
    TestType factory;
    auto store = factory.make();
    twoAgenciesTwoYears(*store);
    // Not counted last year either way: it has no report this year.
    Report gone = cleanReport(QStringLiteral("示例市撤销局"), 2022);
    gone.agencyParent = kCity;
    gone.cells[QStringLiteral("requests.carried_out.natural")] = Decimal::fromInteger(40);
    REQUIRE(store->create(gone).ok());

    Aggregate a = Aggregation::fromStore(*store, kCity, 2023).value();
    REQUIRE(a.report.aggregate->previousYear == 2022);
    CHECK(a.report.aggregate->previousAgencies == 2);
    CHECK(a.report.aggregate->previousCarriedOut.value(QStringLiteral("requests.carried_out.natural"))
          == Decimal::fromInteger(2));
    Engine engine;
    loadInto(engine, a);
    CHECK_FALSE(findingOf(engine, QStringLiteral("AGG-CARRY")));
    CHECK_FALSE(findingOf(engine, QStringLiteral("X-CARRY"))); // for agencies' reports only

    Report shifted = store->load({QStringLiteral("示例市公安局"), 2023}).value();
    shifted.cells[QStringLiteral("requests.carried_in.natural")] = test::plus(shifted.cells[QStringLiteral("requests.carried_in.natural")], Decimal::fromInteger(5));
    shifted.cells[QStringLiteral("requests.carried_out.natural")] = test::plus(shifted.cells[QStringLiteral("requests.carried_out.natural")], Decimal::fromInteger(5));
    REQUIRE(store->write(shifted, {{QStringLiteral("requests.carried_in.natural"),
                                    QStringLiteral("requests.carried_out.natural")}, {}, false, false}).ok());
    a = Aggregation::fromStore(*store, kCity, 2023).value();
    loadInto(engine, a);
    QStringList cells;
    for (const Finding &f : engine.findings())
        if (f.rule == QLatin1String("AGG-CARRY")) {
            CHECK(f.severity == Severity::Error);
            CHECK(f.message.contains(QStringLiteral("7")));
            CHECK(f.message.contains(QStringLiteral("2")));
            cells << f.cells;
        }
    CHECK(cells == QStringList{"requests.carried_in.natural", "requests.carried_in.total"});
    // From the package alone, too.
    const auto def = Definition::builtin();
    Engine alone;
    alone.load(interchange::Package::parse(interchange::Package::serialize(a.report, *def), *def).value());
    CHECK(findingOf(alone, QStringLiteral("AGG-CARRY")) == findingOf(engine, QStringLiteral("AGG-CARRY")));
}

TEMPLATE_TEST_CASE("aggregate rules: AGG-CARRY for an agency with this year's report and 上年结转 but none last year",
                   "[collection][aggregate]", NB_STORE_FACTORIES)
{
    TestType factory;
    auto store = factory.make();
    twoAgenciesTwoYears(*store);
    // Carries 5 applications in from a year the office has no report of.
    const QString newcomer = QStringLiteral("示例市新设局");
    Report now = cleanReport(newcomer, 2023);
    now.agencyParent = kCity;
    now.cells[QStringLiteral("requests.carried_in.natural")] = Decimal::fromInteger(5);
    REQUIRE(store->create(now).ok());
    const Decimal carriedIn = store->load({newcomer, 2023}).value().cells.value(QStringLiteral("requests.carried_in.natural"));
    REQUIRE(carriedIn == Decimal::fromInteger(5));

    Aggregate a = Aggregation::fromStore(*store, kCity, 2023).value();
    REQUIRE(a.report.aggregate->previousYear == 2022);
    CHECK(a.report.aggregate->previousAgencies == 2); // the newcomer is not among them
    CHECK(a.report.aggregate->previousCarriedOut.value(QStringLiteral("requests.carried_out.natural"))
          == Decimal::fromInteger(2));
    Engine engine;
    loadInto(engine, a);
    std::optional<Finding> natural;
    for (const Finding &f : engine.findings())
        if (f.rule == QLatin1String("AGG-CARRY")) {
            CHECK(f.severity == Severity::Error);
            if (f.cells.contains(QStringLiteral("requests.carried_in.natural")))
                natural = f;
        }
    // 1 + 1 + 5 carried in; 1 + 1 carried out by the two agencies that had a 2022 report.
    REQUIRE(natural);
    CHECK(natural->message.contains(QStringLiteral("为 7")));
    CHECK(natural->message.contains(QStringLiteral("2 个有 2022 年度报告")));
    CHECK(natural->message.contains(QStringLiteral(" 2")));

    // Its 2022 report carrying the 5 out settles it.
    Report before = cleanReport(newcomer, 2022);
    before.agencyParent = kCity;
    before.cells[QStringLiteral("requests.carried_out.natural")] = Decimal::fromInteger(5);
    REQUIRE(store->create(before).ok());
    a = Aggregation::fromStore(*store, kCity, 2023).value();
    CHECK(a.report.aggregate->previousAgencies == 3);
    loadInto(engine, a);
    CHECK_FALSE(findingOf(engine, QStringLiteral("AGG-CARRY")));
}

TEST_CASE("aggregate from files: published reports are final, packages keep their status",
          "[collection][aggregate]")
{
    QList<Report> reports;
    for (const QString name : {"示例市教育局", "示例市公安局", "示例市民政局"})
        reports << cleanReport(name, 2023);
    reports[0].imported.present = true; // read from a published text, web page or PDF
    reports[1].status = ReportStatus::Final;
    const Aggregate a = Aggregation::fromReports(reports, 2023).value();
    CHECK(a.contributor(QStringLiteral("示例市教育局"))->status == CollectionStatus::Final);
    CHECK(a.contributor(QStringLiteral("示例市公安局"))->status == CollectionStatus::Final);
    CHECK(a.contributor(QStringLiteral("示例市民政局"))->status == CollectionStatus::Draft);
    Engine engine;
    engine.load(a.report);
    const auto notFinal = findingOf(engine, QStringLiteral("AGG-NOT-FINAL"));
    REQUIRE(notFinal);
    CHECK(notFinal->message.contains(QStringLiteral("示例市民政局")));
    CHECK_FALSE(notFinal->message.contains(QStringLiteral("示例市教育局")));
}

TEST_CASE("aggregate from files: without a node, the kind all contributors share, else government if one is",
          "[collection][aggregate]")
{
    auto kindOf = [](const QList<AgencyKind> &kinds) {
        QList<Report> reports;
        for (int i = 0; i < kinds.size(); ++i) {
            Report r = cleanReport(QStringLiteral("机关%1").arg(i), 2023);
            r.agencyKind = kinds[i];
            r.agencyParent.clear();
            reports << r;
        }
        const Aggregate a = Aggregation::fromReports(reports, 2023).value();
        CHECK(a.report.agencyName == QStringLiteral("各机关（汇总）"));
        return a.report.agencyKind;
    };
    CHECK(kindOf({AgencyKind::Department, AgencyKind::Department}) == AgencyKind::Department);
    CHECK(kindOf({AgencyKind::Other}) == AgencyKind::Other);
    CHECK(kindOf({AgencyKind::Department, AgencyKind::Government}) == AgencyKind::Government);
    CHECK(kindOf({AgencyKind::Other, AgencyKind::Other, AgencyKind::Government}) == AgencyKind::Government);
    CHECK(kindOf({AgencyKind::Department, AgencyKind::Other}) == AgencyKind::Other);
}

TEST_CASE("aggregate: an aggregate is checked by every table rule but not by the rules about its (empty) texts",
          "[collection][aggregate]")
{
    QRandomGenerator random(3);
    QList<Report> reports;
    for (int i = 0; i < 4; ++i)
        reports << randomReport(random, QStringLiteral("局%1").arg(i), 2023, false);
    const Aggregate a = Aggregation::fromReports(reports, 2023, kCity).value();
    Engine engine;
    engine.load(a.report);
    const QStringList rules = findingRules(engine);
    CHECK(rules.contains(QStringLiteral("R3-BALANCE"))); // random figures do not balance
    for (const char *textRule : {"RS-TEXT-EMPTY", "RS-SEC6-INFOFEE", "RS-SEC1-TOPICS"})
        CHECK_FALSE(rules.contains(QString::fromLatin1(textRule)));
    // The same report as an agency's own gets them.
    Report own = a.report;
    own.aggregate.reset();
    engine.load(own);
    CHECK(findingRules(engine).contains(QStringLiteral("RS-TEXT-EMPTY")));
}

TEST_CASE("aggregate from files: reports of one year, no duplicates, node from their common parent",
          "[collection][aggregate]")
{
    QRandomGenerator random(11);
    QList<Report> reports;
    for (int i = 0; i < 5; ++i) {
        Report r = randomReport(random, QStringLiteral("市局%1").arg(4 - i), 2023, true);
        r.agencyParent = kCity;
        r.status = i == 0 ? ReportStatus::Final : ReportStatus::Draft;
        reports << r;
    }
    const Aggregate a = Aggregation::fromReports(reports, 2023).value();
    CHECK(a.report.agencyName == QStringLiteral("示例市人民政府（汇总）"));
    CHECK(a.report.agencyKind == AgencyKind::Government);
    QStringList order;
    for (const auto &c : a.report.aggregate->contributors)
        order << c.agency;
    CHECK(order == QStringList{"市局0", "市局1", "市局2", "市局3", "市局4"});
    CHECK(a.contributor(QStringLiteral("市局4"))->status == CollectionStatus::Final);
    CHECK(a.contributor(QStringLiteral("市局0"))->status == CollectionStatus::Draft);
    CHECK(a.contributor(QStringLiteral("市局0"))->errors.contains(QStringLiteral("R3-BALANCE")));
    const auto expected = expectedSums(reports);
    Engine engine;
    engine.load(a.report);
    const auto def = Definition::builtin();
    for (auto it = expected.begin(); it != expected.end(); ++it)
        CHECK(engine.value(def->cellIndex(it.key())).value_or(Decimal()) == it.value());

    reports[1].agencyParent = QStringLiteral("别的政府");
    CHECK(Aggregation::fromReports(reports, 2023).value().report.agencyName == QStringLiteral("各机关（汇总）"));
    reports[2].year = 2022;
    CHECK(Aggregation::fromReports(reports, 2023).error().code == QStringLiteral("collection.year"));
    reports[2] = reports[3];
    CHECK(Aggregation::fromReports(reports, 2023).error().code == QStringLiteral("collection.duplicate"));
}
