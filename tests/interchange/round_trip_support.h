#pragma once
// Helpers of the round-trip tests: what a printed report must give back when
// read again, and the tools that turn our own PDF into text.
#include "core/interchange/import_result.h"
#include "core/report/definition.h"
#include "core/report/report.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace nb::test {

// Every cell as the renderer prints it (input cells, blank as 0; derived cells as
// stated or computed), compared with what the importer read; each difference as
// "key: want X, got Y". Also the agency, the year and the three text sections.
QStringList roundTripDifferences(const report::Report &original, const interchange::ImportResult &read,
                                 const report::Definition &def);
// Runs a program to completion and returns its stdout; fails the test otherwise.
QByteArray runProgram(const QString &program, const QStringList &args);
// The report with a figure in every cell (the published fixtures' report).
report::Report everyCellReport();

} // namespace nb::test
