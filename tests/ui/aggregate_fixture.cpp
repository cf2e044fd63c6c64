#include "tests/ui/aggregate_fixture.h"

#include "tests/collection/collection_fixture.h"
#include "tests/support/fixtures.h"
#include "tests/ui/window_fixture.h"

#include <QSettings>
#include <QTest>
#include <catch2/catch.hpp>

namespace nb::test {

using report::AgencyKind;

const QString AggregateFixture::kCity = QStringLiteral("示例市人民政府");
const QString AggregateFixture::kMissing = QStringLiteral("示例市民政局");
const QString AggregateFixture::kDraft = QStringLiteral("示例市公安局");

AggregateFixture::AggregateFixture()
{
    isolateSettings();
    QSettings().clear();
    QRandomGenerator random(2023);
    REQUIRE(store.addAgency({kCity, AgencyKind::Government, {}}).ok());
    REQUIRE(store.addAgency({kMissing, AgencyKind::Department, kCity}).ok());
    for (const QString name : {"示例市教育局", "示例市财政局", "示例市公安局"}) {
        report::Report r = randomReport(random, name, 2023, name == kDraft);
        r.agencyParent = kCity;
        REQUIRE(store.importReport(r, false).ok());
        if (name != kDraft)
            REQUIRE(store.setStatus({name, 2023}, report::ReportStatus::Final, {}).ok());
        reports2023 << r;
    }
    for (const QString name : {"示例市教育局", "示例市财政局"}) {
        report::Report r = randomReport(random, name, 2022, false);
        r.agencyParent = kCity;
        REQUIRE(store.importReport(r, false).ok());
        reports2022 << r;
    }
    window = std::make_unique<ui::MainWindow>(store);
    window->show();
    REQUIRE(QTest::qWaitForWindowExposed(window.get()));
}

AggregateFixture::~AggregateFixture() = default;

report::Decimal AggregateFixture::inputSum(const QString &key, int year) const
{
    report::Decimal sum;
    for (const report::Report &r : year == 2023 ? reports2023 : reports2022)
        sum = plus(sum, r.cells.value(key));
    return sum;
}

} // namespace nb::test
