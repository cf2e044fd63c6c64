#pragma once
// A published report as a PDF: its text layer in poppler's physical layout
// mode, the layout `pdftotext -layout` prints, so that the same table reader
// applies. Read through poppler's C++ library (libpoppler-cpp): it offers that
// layout mode and needs nothing beyond the C++ standard library, so this layer
// stays Qt6::Core only (poppler-qt6 would bring Qt6::Gui and has no layout mode).
#include "core/report/result.h"

#include <QByteArray>
#include <QString>

namespace nb::interchange {

// Whether the bytes are a PDF ("%PDF-" near the start, as readers accept it).
bool looksLikePdf(const QByteArray &bytes);
// The text of every page, pages separated by a form feed. Refused with a
// message: not a PDF, damaged, password-protected, or without any text layer
// (a scan: it needs OCR first).
Result<QString> pdfLayoutText(const QByteArray &bytes, const QString &fileName);

} // namespace nb::interchange
