#pragma once
// How findings look everywhere in the window: a colour AND an icon (never
// colour alone), and a word. A warning with an explanation (说明) is shown as
// explained, in the quieter style of an info.
#include "core/report/finding.h"
#include "core/report/report.h"

#include <QColor>
#include <QIcon>

namespace nb::ui::severity_style {

QColor background(report::Severity s);
QColor formBackground();    // header and stub cells
QColor derivedBackground(); // computed totals
QIcon icon(report::Severity s);
// The severity the user should see: explained warnings count as info.
report::Severity effective(const report::Finding &f, const report::Report &meta);
bool explained(const report::Finding &f, const report::Report &meta);
QString label(const report::Finding &f, const report::Report &meta); // 错误 / 警告 / 已说明 / 提示

} // namespace nb::ui::severity_style
