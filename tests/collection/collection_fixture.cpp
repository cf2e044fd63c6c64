#include "tests/collection/collection_fixture.h"

#include "core/report/definition.h"
#include "tests/support/fixtures.h"

#include <catch2/catch.hpp>

namespace nb::test {

using namespace nb::report;

Report randomReport(QRandomGenerator &random, const QString &agency, int year, bool statedTotals)
{
    const auto def = Definition::builtin();
    Report r;
    r.agencyName = agency;
    r.agencyKind = likelyAgencyKind(agency);
    r.year = year;
    for (const Cell &cell : def->cells()) {
        if (random.bounded(10) == 0)
            continue; // blank
        if (cell.derived) {
            if (statedTotals && random.bounded(3) == 0) // a printed total, wrong on purpose
                r.cells.insert(cell.key, Decimal::fromInteger(random.bounded(100000, 200000)));
            continue;
        }
        if (cell.type == ValueType::Money)
            r.cells.insert(cell.key, *Decimal::fromMicros(Int128(random.bounded(0, 50000000)), 6)); // 0 … 50 万元: in range
        else
            r.cells.insert(cell.key, Decimal::fromInteger(random.bounded(0, 60)));
    }
    return r;
}

Report cleanReport(const QString &agency, int year)
{
    Report r = year == 2022 ? full2022() : full2023();
    r.agencyName = agency;
    r.agencyKind = likelyAgencyKind(agency);
    r.year = year;
    return r;
}

QMap<QString, QString> parentsOf(store::ReportStore &store)
{
    QMap<QString, QString> out;
    const auto list = store.agencies().value();
    for (const auto &a : list)
        out.insert(a.name, a.parent);
    return out;
}

} // namespace nb::test
