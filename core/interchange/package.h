#pragma once
// The exchange file (.nianbao.json, contract §7): one report as UTF-8 JSON.
// Reading is strict: malformed JSON, a wrong format, unknown keys, wrong types
// and values that are not numbers are errors naming the key or position.
// Negative or fractional counts are read as they are: they are findings for
// the engine, not reasons to refuse a file that someone needs checked.
#include "core/report/definition.h"
#include "core/report/report.h"
#include "core/report/result.h"

#include <QCoreApplication>

namespace nb::interchange {

class Package {
    Q_DECLARE_TR_FUNCTIONS(Package)
public:
    static constexpr const char *kExtension = ".nianbao.json";

    static Result<report::Report> parse(const QByteArray &json, const report::Definition &def);
    static Result<report::Report> readFile(const QString &path, const report::Definition &def);
    static QByteArray serialize(const report::Report &report, const report::Definition &def);
    // Written to a temporary file and renamed: never a half-written package.
    static Status writeFile(const QString &path, const report::Report &report, const report::Definition &def);
};

} // namespace nb::interchange
