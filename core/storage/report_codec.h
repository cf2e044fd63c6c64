#pragma once
// A whole report as one JSON text, for snapshots. Values are kept as decimal
// strings so a restored report is exactly (scale included) what was saved.
#include "core/report/report.h"
#include "core/report/result.h"

#include <QCoreApplication>

namespace nb::storage {

class ReportCodec {
    Q_DECLARE_TR_FUNCTIONS(ReportCodec)
public:
    static QString encode(const report::Report &report);
    static Result<report::Report> decode(const QString &json);
};

} // namespace nb::storage
