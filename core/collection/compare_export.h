#pragma once
// The comparison as a web page (also what is printed to PDF) and as CSV.
#include "core/collection/compare.h"

namespace nb::collection {

QString comparisonTitle(const Comparison &comparison);
QStringList comparisonHeader();
QStringList comparisonFields(const CellChange &change);
QString similarityText(const TextChange &text);
QString comparisonHtml(const Comparison &comparison);
QByteArray comparisonCsv(const Comparison &comparison);

} // namespace nb::collection
