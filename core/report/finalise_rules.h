#pragma once
// When a report may be final (contract §5): no error finding, and every
// warning kept with a written 说明. The rule lives here once; the session asks
// it to tell the clerk what blocks 定稿, every store asks it before it marks a
// report final, and the collection board counts with it.
#include "core/report/engine.h"

namespace nb::report {

// A warning is explained when its rule has a non-blank 说明.
bool isExplained(const Report &report, const QString &rule);

struct FinaliseCheck {
    std::vector<Finding> errors;      // error findings, in the engine's order
    std::vector<Finding> unexplained; // warnings without 说明
    bool allowed() const { return errors.empty() && unexplained.empty(); }
    // Rule IDs, each once, in the order of their first finding.
    QStringList errorRules() const;
    QStringList unexplainedRules() const;
};

FinaliseCheck checkFinalise(const Engine &engine);

} // namespace nb::report
