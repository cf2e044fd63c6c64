#pragma once
// Reads the tables of one section (二, 三 or 四) from its lines: every row is
// found by its label (variants, stray spaces, dropped characters and labels
// wrapped over lines included) and every column is confirmed in the header
// before a figure is placed; what cannot be placed is reported, never guessed.
#include "core/interchange/import_result.h"
#include "core/interchange/layout_line.h"
#include "core/report/definition.h"

namespace nb::interchange {

void readSectionTables(const report::Section &section, const LayoutLines &lines, const report::Definition &def,
                       ImportResult &out);

} // namespace nb::interchange
