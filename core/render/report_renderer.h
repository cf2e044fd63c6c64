#pragma once
// Printing and publishing a report. Every output is generated from the
// definition (labels, merged header cells, stub spans, corner note) and the
// report's values through an Engine, so derived totals are the computed ones
// (or the stated ones of an imported report). Blank cells print 0; money
// prints with the decimals as written.
#include "core/report/definition.h"
#include "core/report/report.h"
#include "core/report/result.h"

#include <QByteArray>
#include <QMarginsF>
#include <QString>
#include <optional>

class QPagedPaintDevice;

namespace nb::render {

enum class PageStyle { Official, Gongwen };
enum class OutputFormat { Pdf, Odt, Html, Csv };

std::optional<PageStyle> pageStyleFromKey(const QString &key); // "official" / "gongwen"
QString pageStyleKey(PageStyle style);

// Writes the whole report; the file is replaced only when complete (QSaveFile).
nb::Status renderToFile(const report::Report &, const report::Definition &, OutputFormat, PageStyle,
                        const QString &path);
// Whose margins a printed page has: the style's, or those already on the
// device (what the user chose in page setup). The 公文 style always keeps its
// own: GB/T 9704 fixes them.
enum class Margins { Style, Device };
// Print / print preview / PDF: paints every page; page size and orientation
// stay as the device has them, the margins follow `margins`.
void paint(QPagedPaintDevice *device, const report::Report &, const report::Definition &, PageStyle,
           Margins margins = Margins::Style);
// The style's own margins, for a page setup that has none remembered yet.
QMarginsF defaultMarginsMm(PageStyle style);
// One table as a semantic <table> fragment for a website editor ("copy table as HTML").
QString tableHtml(const report::Report &, const report::Definition &, const QString &tableKey);
// The whole report as one self-contained page: no scripts, no external resources.
QString standaloneHtml(const report::Report &, const report::Definition &);
// Every table, UTF-8 with BOM so that Excel and WPS read the Chinese labels.
QByteArray csv(const report::Report &, const report::Definition &);

} // namespace nb::render
