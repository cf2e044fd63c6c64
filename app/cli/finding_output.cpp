#include "app/cli/finding_output.h"

namespace nb::cli {

void printFinding(QTextStream &out, const QString &file, const report::Finding &f)
{
    out << file << ": " << report::severityKey(f.severity) << ' ' << f.rule << ' '
        << (f.cells.isEmpty() ? QStringLiteral("-") : f.cells.join(u',')) << ": " << f.message << '\n';
}

} // namespace nb::cli
