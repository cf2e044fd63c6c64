#include "core/report/finalise_rules.h"

namespace nb::report {

namespace {
QStringList rulesOf(const std::vector<Finding> &findings)
{
    QStringList rules;
    for (const Finding &f : findings)
        if (!rules.contains(f.rule))
            rules << f.rule;
    return rules;
}
} // namespace

bool isExplained(const Report &report, const QString &rule)
{
    return !report.explanations.value(rule).trimmed().isEmpty();
}

QStringList FinaliseCheck::errorRules() const
{
    return rulesOf(errors);
}

QStringList FinaliseCheck::unexplainedRules() const
{
    return rulesOf(unexplained);
}

FinaliseCheck checkFinalise(const Engine &engine)
{
    FinaliseCheck check;
    for (const Finding &f : engine.findings()) {
        if (f.severity == Severity::Error)
            check.errors.push_back(f);
        else if (f.severity == Severity::Warning && !isExplained(engine.meta(), f.rule))
            check.unexplained.push_back(f);
    }
    return check;
}

} // namespace nb::report
