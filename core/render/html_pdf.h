#pragma once
// A plain web page (the collection board, a year-on-year comparison) printed
// to PDF or a printer through QTextDocument: A4 landscape (their tables have
// seven to nine columns), the page's own tables and headings at their point
// sizes, words wrapped only between words. The PDF file is replaced only when
// complete.
// PageFit::OnePage shrinks the page a little (never below a 9 pt body) when
// that makes it fit one sheet (the board an office head signs off); a page
// that still does not fit flows on at full size.
#include "core/report/result.h"

#include <QPageLayout>
#include <QString>

class QPagedPaintDevice;

namespace nb::render {

enum class PageFit { Flow, OnePage };

// A4 landscape with 15 mm margins: the PDF's page, and the printer's before its dialog.
QPageLayout htmlPageLayout();

Status htmlToPdf(const QString &html, const QString &title, const QString &path, PageFit fit = PageFit::Flow);
// Prints on any paged device (printer, PDF writer) with its page layout and resolution.
void printHtml(const QString &html, QPagedPaintDevice *device, PageFit fit = PageFit::Flow);

} // namespace nb::render
