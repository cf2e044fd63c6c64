#pragma once
// Reports made up for the collection tests: random figures in every input
// cell (some blank), and on request printed totals that are wrong on purpose
// (an aggregate must ignore them).
#include "core/report/report.h"
#include "core/store/report_store.h"

#include <QRandomGenerator>

namespace nb::test {

report::Report randomReport(QRandomGenerator &random, const QString &agency, int year, bool statedTotals);
// The full fixture (a report with no finding) under another agency's name.
report::Report cleanReport(const QString &agency, int year);
// A store's agencies as name → parent.
QMap<QString, QString> parentsOf(store::ReportStore &store);

} // namespace nb::test
