#pragma once
// Lines of a published report in text form: the web copy whose tables are
// `|`-separated lines, or pdftotext -layout output whose columns are aligned
// with spaces.
#include "core/interchange/layout_line.h"

namespace nb::interchange {

LayoutLines readTextLayout(const QString &text);

} // namespace nb::interchange
