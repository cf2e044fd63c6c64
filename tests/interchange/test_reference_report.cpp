// The real published report in ../shared/reference (beside the repository, never
// copied into it) read with every figure right. reference_main.cpp runs this
// only when the file is there; otherwise ctest counts the test as skipped.
#include "core/interchange/published_report_importer.h"
#include "core/report/engine.h"

#include <QFile>
#include <catch2/catch.hpp>

using namespace nb::report;
using namespace nb::interchange;

TEST_CASE("the published reference report converts with every figure right and no error", "[import][reference]")
{
    QFile file(QStringLiteral(NB_REFERENCE_REPORT));
    REQUIRE(file.open(QIODevice::ReadOnly)); // present: reference_main.cpp checked
    const auto result = importPublishedReport(file.readAll(), file.fileName());
    REQUIRE(result.ok());
    const Report &r = result->report;
    CHECK(r.year == 2023);
    CHECK(r.agencyName.endsWith(QStringLiteral("科学技术局")));
    CHECK(r.agencyKind == AgencyKind::Department);
    CHECK(result->unreadable.isEmpty());
    const auto def = Definition::builtin();
    const QMap<QString, int> nonZero{{"active.normative_documents.issued", 1},
                                     {"active.normative_documents.repealed", 1},
                                     {"active.normative_documents.in_force", 4}};
    for (const Cell &cell : def->cells()) {
        INFO(cell.key.toStdString());
        REQUIRE(r.cells.contains(cell.key));
        CHECK(r.cells.value(cell.key) == Decimal::fromInteger(nonZero.value(cell.key, 0)));
    }
    Engine engine(def);
    engine.load(r);
    CHECK(engine.count(Severity::Error) == 0);
    CHECK(engine.count(Severity::Warning) == 0);
    CHECK(r.texts.value(QStringLiteral("other")).contains(QStringLiteral("信息公开处理费")));
}
