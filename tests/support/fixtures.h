#pragma once
// Fixture reports written for the tests (tests/data) and small helpers to vary them.
#include "core/report/decimal.h"
#include "core/report/report.h"

#include <QString>

namespace nb::test {

QString dataPath(const QString &name);
QByteArray readData(const QString &name);
// A package fixture from tests/data, parsed with the built-in definition.
report::Report loadReport(const QString &name);
inline report::Report full2023() { return loadReport(QStringLiteral("full-2023.nianbao.json")); }
inline report::Report full2022() { return loadReport(QStringLiteral("full-2022.nianbao.json")); }
report::Decimal dec(const char *text);
// a + b for test data; fails the test if the sum leaves Decimal's range.
report::Decimal plus(const report::Decimal &a, const report::Decimal &b);
// A temporary file path that is removed with the QTemporaryDir behind it at exit.
QString tempPath(const QString &fileName);

} // namespace nb::test
