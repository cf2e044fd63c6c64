#pragma once
// The formats `export` writes, one entry per option (--json …). Adding a
// format is adding an entry in export_formats.cpp; options that take a value
// and apply to the formats (--style …) are listed there too.
#include "core/report/definition.h"
#include "core/report/report.h"
#include "core/report/result.h"

#include <QMap>
#include <functional>

namespace nb::cli {

struct ExportFormat {
    QString option; // "--json"
    // Writes the report to `out` without ever leaving a half-written file.
    // `options` holds the value options given (e.g. "--style" → "official").
    std::function<Status(const report::Report &report, const report::Definition &def, const QString &out,
                         const QMap<QString, QString> &options)> write;
};

const QList<ExportFormat> &exportFormats();
// Options that take a value and are passed to the format's writer.
QStringList exportValueOptions();

} // namespace nb::cli
