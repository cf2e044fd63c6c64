#pragma once
// The report as a QTextDocument (real tables with merged cells, header rows
// marked for repetition) and as an OpenDocument text file for WPS/LibreOffice.
#include "core/render/document_model.h"
#include "core/render/page_style.h"

#include <QIODevice>
#include <memory>

class QTextDocument;

namespace nb::render {

std::unique_ptr<QTextDocument> textDocument(const DocumentModel &doc, const PageSpec &spec);
// Writes ODF to `out`; false when Qt's writer failed.
bool writeOdt(const DocumentModel &doc, const PageSpec &spec, QIODevice *out);

} // namespace nb::render
