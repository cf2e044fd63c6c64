// 对比上年 in the desktop: the open report (or an aggregate) against last
// year's — every cell with last year, this year, change and per cent, the
// largest changes first, the texts' similarity — and its exports.
#include "tests/support/pdf_words.h"
#include "tests/ui/aggregate_fixture.h"
#include "tests/ui/window_fixture.h"
#include "ui/aggregate_window.h"
#include "ui/compare_window.h"

#include <QAction>
#include <QCheckBox>
#include <QFile>
#include <QProcess>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

using namespace nb;

namespace {

std::optional<report::Decimal> number(const QString &text)
{
    return report::Decimal::fromString(QString(text).replace(QChar(0x2212), u'-').remove(u'+'));
}

// The row of a cell key in the table ("单元格" is the third column).
int rowOf(QTableWidget *t, const QString &key)
{
    for (int r = 0; r < t->rowCount(); ++r)
        if (t->item(r, 2)->text() == key)
            return r;
    return -1;
}

report::Decimal magnitude(const report::Decimal &d) { return d.isNegative() ? -d : d; }

} // namespace

TEST_CASE("Compare window: every cell — last year and this year as stored — the largest changes first", "[ui][compare]")
{
    test::UiFixture f;
    f.action("actionCompare")->trigger();
    auto *w = f.window->findChild<ui::CompareWindow *>();
    REQUIRE(w);
    REQUIRE(QTest::qWaitForWindowExposed(w));
    QTableWidget *cells = w->cells();
    const report::Definition &def = f.session().definition();
    CHECK(cells->rowCount() == def.cellCount());
    const report::Report current = f.store.load(f.id).value();
    const report::Report previous = f.store.load({f.id.agency, f.id.year - 1}).value();
    // Input cells: last year and this year are the stored figures.
    for (const char *key : {"requests.new.natural", "requests.carried_in.natural", "appeals.review.upheld"}) {
        CAPTURE(key);
        const int r = rowOf(cells, QLatin1String(key));
        REQUIRE(r >= 0);
        CHECK(number(cells->item(r, 3)->text()) == previous.cells.value(QLatin1String(key)));
        CHECK(number(cells->item(r, 4)->text()) == current.cells.value(QLatin1String(key)));
        const auto change = report::Decimal::subtract(current.cells.value(QLatin1String(key)),
                                                      previous.cells.value(QLatin1String(key)));
        CHECK(number(cells->item(r, 5)->text()) == change);
    }
    // Largest change first, by size.
    for (int r = 1; r < cells->rowCount(); ++r) {
        const auto a = number(cells->item(r - 1, 5)->text()), b = number(cells->item(r, 5)->text());
        REQUIRE(a);
        REQUIRE(b);
        CHECK(magnitude(*a) >= magnitude(*b));
    }
    // Each text section with its similarity.
    CHECK(w->texts()->rowCount() == 3);
    // Only changed cells, on request.
    w->changedOnly()->setChecked(true);
    int shown = 0;
    for (int r = 0; r < cells->rowCount(); ++r)
        shown += !cells->isRowHidden(r);
    CHECK(shown == w->comparison().changedCells());
}

TEST_CASE("Compare window: exported as a web page — PDF and CSV", "[ui][compare]")
{
    test::UiFixture f;
    auto shown = f.window->showCompare();
    REQUIRE(shown.ok());
    ui::CompareWindow *w = shown.value();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString title = w->windowTitle();
    const collection::CellChange &largest = w->comparison().cells.first();
    const QString html = dir.filePath(QStringLiteral("对比.html"));
    REQUIRE(w->exportTo(html).ok());
    QFile page(html);
    REQUIRE(page.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(page.readAll());
    CHECK(text.contains(title.toHtmlEscaped()));
    CHECK(text.contains(largest.key));
    const QString csv = dir.filePath(QStringLiteral("对比.csv"));
    REQUIRE(w->exportTo(csv).ok());
    QFile table(csv);
    REQUIRE(table.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(table.readAll()).split(QStringLiteral("\r\n"));
    REQUIRE(lines.size() > 2);
    CHECK(lines[1].contains(largest.key)); // the largest change is the first row
    const QString pdf = dir.filePath(QStringLiteral("对比.pdf"));
    REQUIRE(w->exportTo(pdf).ok());
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(30000));
    CHECK(QString::fromUtf8(p.readAllStandardOutput()).contains(largest.key));
    // At real sizes across the page (it came out at 1/12 scale in a corner once).
    const QList<test::PdfPage> pages = test::pdfWords(pdf);
    REQUIRE_FALSE(pages.isEmpty());
    const test::PdfWord *key = pages.first().find(largest.key);
    REQUIRE(key);
    INFO("key " << key->box.height() << " pt high; text to " << pages.first().rightmost() << " of "
                << pages.first().size.width() << " pt");
    CHECK(key->box.height() >= 7);
    CHECK(key->box.height() <= 20);
    CHECK(pages.first().rightmost() > 0.6 * pages.first().size.width());
    CHECK_FALSE(w->exportTo(dir.filePath(QStringLiteral("对比.txt"))).ok());
}

TEST_CASE("Compare: refused with a message when there is no report of last year", "[ui][compare]")
{
    test::UiFixture f;
    REQUIRE(f.store.create([&] {
        report::Report r = f.store.load(f.id).value();
        r.agencyName = QStringLiteral("新设的局");
        return r;
    }()).ok());
    REQUIRE(f.window->openReport({QStringLiteral("新设的局"), f.id.year}));
    auto shown = f.window->showCompare();
    REQUIRE_FALSE(shown.ok());
    CHECK(shown.error().message.contains(QStringLiteral("没有")));
}

TEST_CASE("Compare of an aggregate: last year's aggregate of the same agencies", "[ui][compare][aggregate]")
{
    test::AggregateFixture f;
    auto *aggregate = f.window->showAggregate();
    REQUIRE(aggregate->choose(test::AggregateFixture::kCity, 2023));
    ui::CompareWindow *w = aggregate->showCompare();
    REQUIRE(w);
    const QString key = QStringLiteral("requests.new.natural");
    const int r = rowOf(w->cells(), key);
    REQUIRE(r >= 0);
    CHECK(number(w->cells()->item(r, 3)->text()) == f.inputSum(key, 2022));
    CHECK(number(w->cells()->item(r, 4)->text()) == f.inputSum(key, 2023));
}
