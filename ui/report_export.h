#pragma once
// Writing a report, or a page about reports, to a file the user chose: the
// format is taken from the file's suffix, and a file is replaced only when
// complete. Shared by the main window and the aggregate window.
#include "core/render/report_renderer.h"

#include <optional>

namespace nb::ui::report_export {

// .pdf/.odt/.html/.htm/.csv rendered in `style`, .json as a package.
Status write(const report::Report &report, const report::Definition &def, const QString &path,
             render::PageStyle style);
// The save dialog's list of those formats; two PDF entries when `bothStyles`
// (the chosen one's style is then styleOfFilter()).
QString filter(bool bothStyles = false);
std::optional<render::PageStyle> styleOfFilter(const QString &chosenFilter);
// Bytes into a file, whole or not at all.
Status writeBytes(const QString &path, const QByteArray &bytes);

} // namespace nb::ui::report_export
