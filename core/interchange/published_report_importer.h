#pragma once
// The importer of published reports: a report as its agency put it on the web
// (the web copy with `|` tables, the pdftotext -layout text of its PDF, or the
// HTML page in UTF-8 or GBK/GB18030) becomes a Report with every figure it
// could read, the texts of 一、五、六 and what it saw of the layout. It never
// invents a value: a cell it cannot read is left blank and listed.
//
// Entry point for the command line and the desktop import preview:
//   auto result = nb::interchange::importPublishedReport(bytes, fileName);
//   result->report      the draft to preview (load it into an Engine for the findings,
//                       including RS-SECTIONS / RS-ROWS / RS-OLD-TEMPLATE)
//   result->unreadable  each cell left blank: which cell, what was printed, why
#include "core/interchange/import_result.h"
#include "core/interchange/report_identity.h"
#include "core/report/definition.h"
#include "core/report/result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace nb::interchange {

class PublishedReportImporter {
    Q_DECLARE_TR_FUNCTIONS(PublishedReportImporter)
public:
    // fileName only chooses between PDF (.pdf or "%PDF-"), text and HTML (.htm/.html; otherwise by content)
    // and may supply the year when the report has no title.
    // options supply or override the agency, its kind and the year (--agency/--kind/--year).
    static Result<ImportResult> import(const QByteArray &bytes, const QString &fileName, const report::Definition &def,
                                       const ImportOptions &options = {});
    // Whether a file should go through this importer rather than the package reader.
    static bool handles(const QString &fileName);
};

Result<ImportResult> importPublishedReport(const QByteArray &bytes, const QString &fileName,
                                           const report::Definition &def = *report::Definition::builtin(),
                                           const ImportOptions &options = {});

} // namespace nb::interchange
