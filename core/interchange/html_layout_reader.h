#pragma once
// Lines of a published report's web page. Each <tr> becomes one line with one
// cell per <td>/<th> (like the web copy; a spanning cell is not repeated), every
// block element outside a table ends a line. A layout table that wraps the
// whole report (one cell holding paragraphs and nested tables) is read as the
// paragraphs and tables inside it. Scripts, styles and the <head> are skipped.
#include "core/interchange/layout_line.h"

namespace nb::interchange {

LayoutLines readHtmlLayout(const QString &html);

} // namespace nb::interchange
