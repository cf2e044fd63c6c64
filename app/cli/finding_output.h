#pragma once
// One finding as `check` prints it (contract §8):
// "<file>: <severity> <RULE-ID> <cell keys>: <message>", "-" for no cell.
// `aggregate` prints its findings the same way.
#include "core/report/finding.h"

#include <QTextStream>

namespace nb::cli {

void printFinding(QTextStream &out, const QString &file, const report::Finding &finding);

} // namespace nb::cli
