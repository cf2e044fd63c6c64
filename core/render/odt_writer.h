#pragma once
// The report as an OpenDocument text file for WPS and LibreOffice: A4 with
// the style's margins, page numbers in the footer, real tables whose merged
// cells are written with their covered cells (Qt's QTextDocumentWriter leaves
// those out, and LibreOffice then shifts every cell after a row span).
#include "core/render/document_model.h"
#include "core/render/page_style.h"

#include <QByteArray>

namespace nb::render {

QByteArray odtPackage(const DocumentModel &doc, const PageSpec &spec);

} // namespace nb::render
