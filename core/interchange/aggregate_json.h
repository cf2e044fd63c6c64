#pragma once
// The package fields of an aggregate (contract §9): "contributors", one entry
// per agency below the node, and "previousAggregate", last year's 结转下年度 of
// the same agencies, so that `check` on the package alone gives the AGG-
// findings of the program that made it. Read strictly, like the rest.
#include "core/report/definition.h"
#include "core/report/report.h"
#include "core/report/result.h"

#include <QJsonObject>

namespace nb::interchange {

// Reads both fields of `root` into report.aggregate (left unset when the
// package has no "contributors"); an error names the key that is wrong.
std::optional<Error> readAggregate(const QJsonObject &root, const report::Definition &def, report::Report &report);
void writeAggregate(const report::AggregateInfo &info, const report::Definition &def, QJsonObject &root);

} // namespace nb::interchange
