#include "tests/ui/aggregate_fixture.h"

#include "tests/collection/collection_fixture.h"
#include "tests/support/fixtures.h"
#include "tests/ui/scaled_report.h"
#include "tests/ui/window_fixture.h"

#include <QSettings>
#include <QTest>
#include <catch2/catch.hpp>

namespace nb::test {

using report::AgencyKind;

namespace {

// Each final report is the clean fixture scaled by its own factor, so that no two agencies agree.
int factorOf(const QString &agency)
{
    return agency == QStringLiteral("示例市教育局") ? 2 : 3;
}

const QString kWhy = QStringLiteral("正文数字为示例，未随表格放大");

} // namespace

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
    // Last year's first: finalising checks against it.
    for (const QString name : {"示例市教育局", "示例市财政局"}) {
        report::Report r = scaledReport(cleanReport(name, 2022), factorOf(name));
        r.agencyParent = kCity;
        REQUIRE(store.importReport(r, false).ok());
        reports2022 << r;
    }
    for (const QString name : {"示例市教育局", "示例市财政局", "示例市公安局"}) {
        // A final report has no errors: the final ones are clean, the draft random.
        report::Report r = name == kDraft ? randomReport(random, name, 2023, true)
                                          : scaledReport(cleanReport(name, 2023), factorOf(name));
        r.agencyParent = kCity;
        if (name != kDraft)
            r = withWarningsExplained(r, reports2022.value(reports2023.size()), kWhy);
        REQUIRE(store.importReport(r, false).ok());
        if (name != kDraft) {
            const Status finalised = store.setStatus({name, 2023}, report::ReportStatus::Final, {});
            INFO((finalised ? QString() : finalised.error().message).toStdString());
            REQUIRE(finalised.ok());
        }
        reports2023 << r;
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
