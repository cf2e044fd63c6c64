#pragma once
// What the user chose for printing, remembered between sessions (QSettings):
// the page style (official / 公文) and the page setup (paper, orientation,
// margins). The style also applies to PDF/ODT/HTML export from the window.
#include "core/render/report_renderer.h"

class QPrinter;

namespace nb::ui::print_settings {

render::PageStyle style();
void setStyle(render::PageStyle style);
// Puts the remembered paper, orientation and margins on the printer (none yet: unchanged).
void apply(QPrinter &printer);
void remember(const QPrinter &printer);

} // namespace nb::ui::print_settings
