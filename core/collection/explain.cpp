#include "core/collection/explain.h"

#include "core/collection/collection_text.h"
#include "core/report/cell_values.h"
#include "core/report/check.h"

#include <algorithm>

namespace nb::collection {

using namespace nb::report;

Result<Explanation> explain(const Aggregate &aggregate, const Definition &def, const QString &cellKey)
{
    const int cell = def.cellIndex(cellKey);
    if (cell < 0)
        return Error{QStringLiteral("collection.cell"), CollectionText::tr("没有单元格 %1。").arg(cellKey)};
    Explanation out;
    out.cellKey = cellKey;
    out.cellName = checks::cellName(def, cell);
    for (const Contribution &c : aggregate.contributions) {
        out.lines << ExplainLine{c.agency, c.status, c.values[cell]};
        out.total = report::addFigures(out.total, c.values[cell]);
    }
    // Non-zero first, largest first; equal figures keep the tree order.
    std::stable_sort(out.lines.begin(), out.lines.end(), [](const ExplainLine &a, const ExplainLine &b) {
        if (a.value.isZero() != b.value.isZero())
            return !a.value.isZero();
        return a.value > b.value;
    });
    if (aggregate.report.aggregate)
        for (const Contributor &c : aggregate.report.aggregate->contributors)
            if (c.status == CollectionStatus::Missing)
                out.missing << c.agency;
    return out;
}

QStringList explanationLines(const Explanation &e)
{
    QStringList out;
    for (const ExplainLine &line : e.lines)
        out << QStringLiteral("%1\t%2\t%3").arg(line.agency, line.value.toString(), CollectionText::status(line.status));
    out << CollectionText::tr("合计\t%1").arg(e.total.toString());
    if (!e.missing.isEmpty())
        out << CollectionText::tr("没有报告：%1").arg(e.missing.join(QStringLiteral("、")));
    return out;
}

} // namespace nb::collection
