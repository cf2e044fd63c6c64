#pragma once
// The formats `export` writes, one entry per option (--json …). Adding a
// format is adding an entry in export_formats.cpp.
#include "core/report/definition.h"
#include "core/report/report.h"
#include "core/report/result.h"

#include <QMap>
#include <functional>

namespace nb::cli {

struct ExportFormat {
    QString option;      // "json" (the option --json OUT)
    QString description; // for --help
    // Writes the report to `out` without ever leaving a half-written file.
    // `options` holds the other options given (e.g. "style" → "official").
    std::function<Status(const report::Report &report, const report::Definition &def, const QString &out,
                         const QMap<QString, QString> &options)> write;
};

QList<ExportFormat> exportFormats();

} // namespace nb::cli
