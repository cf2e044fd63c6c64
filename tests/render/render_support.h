#pragma once
// What the rendering tests expect, derived from the definition and the report
// (never typed in), and small wrappers around the poppler tools.
#include "core/report/definition.h"
#include "core/report/report.h"

#include <QString>
#include <QStringList>

namespace nb::test {

// Every label the official form prints: headings, header and stub cells, notes.
QStringList officialLabels(const report::Definition &def);
// The figures of each data row of each table, as they must print (blank = 0).
QList<QStringList> expectedRows(const report::Report &report, const report::Definition &def);
// Runs a program to completion; returns its stdout, or fails the test.
QByteArray runTool(const QString &program, const QStringList &args, int *exitCode = nullptr);
// Whitespace removed: wrapped labels are compared as one string.
QString squeeze(const QString &text);
QString nfkc(const QString &text);
// True when `tokens` holds `sequence` as consecutive tokens.
bool containsSequence(const QStringList &tokens, const QStringList &sequence);

} // namespace nb::test
