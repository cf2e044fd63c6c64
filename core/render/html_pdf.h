#pragma once
// A plain web page (the collection board, a year-on-year comparison) printed
// to PDF through QTextDocument: A4, the page's own tables and headings. The
// file is replaced only when complete. `fitOnePage` shrinks the text until the
// whole page fits on one sheet (the board an office head signs off).
#include "core/report/result.h"

#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace nb::render {

enum class PageFit { Flow, OnePage };

Status htmlToPdf(const QString &html, const QString &title, const QString &path, PageFit fit = PageFit::Flow);
// Prints on any paged device (printer, PDF writer) with its page layout.
void printHtml(const QString &html, QPagedPaintDevice *device, PageFit fit = PageFit::Flow);

} // namespace nb::render
