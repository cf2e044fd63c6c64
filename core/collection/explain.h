#pragma once
// 查看构成: what an aggregate cell is made of — each agency with a report and
// its figure in that cell, non-zero first (largest first), the lines summing
// to the cell; the agencies without a report are named apart.
#include "core/collection/aggregate.h"

namespace nb::collection {

struct ExplainLine {
    QString agency;
    report::CollectionStatus status = report::CollectionStatus::Draft;
    report::Decimal value;
};

struct Explanation {
    QString cellKey;
    QString cellName; // 本年新收（自然人）
    report::Decimal total;
    QList<ExplainLine> lines;
    QStringList missing; // agencies in scope without a report
};

// "collection.cell" for a key that is not a cell of the definition.
Result<Explanation> explain(const Aggregate &aggregate, const report::Definition &def, const QString &cellKey);

// The lines as text, one per agency: "<agency>\t<value>\t<status>", then the total.
QStringList explanationLines(const Explanation &explanation);

} // namespace nb::collection
