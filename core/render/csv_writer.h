#pragma once
// The report's tables as CSV for Excel/WPS: UTF-8 with a byte-order mark (so
// the Chinese labels are read right), CRLF line ends, one block per table.
// A merged cell's text stands in its top-left position, as Excel shows a merge.
#include "core/render/document_model.h"

#include <QByteArray>

namespace nb::render {

QByteArray tablesCsv(const DocumentModel &doc);
QString csvField(const QString &text);

} // namespace nb::render
