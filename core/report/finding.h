#pragma once
#include "core/report/definition.h"

#include <QString>
#include <QStringList>

namespace nb::report {

// One broken (or noteworthy) rule: which rule, where, and a plain-Chinese
// message showing both sides with their values.
struct Finding {
    QString rule;
    Severity severity = Severity::Error;
    QStringList cells;   // cell keys, the most relevant first
    QString section;     // section key, for grouping and navigation
    QString message;
    QString quote = {};  // text rules: the sentence of the report the finding is about, as written
    bool operator==(const Finding &) const = default;
};

} // namespace nb::report
