#include "tests/ui/scaled_report.h"

#include "core/report/engine.h"

namespace nb::test {

report::Report scaledReport(report::Report r, int numerator, int denominator)
{
    for (auto it = r.cells.begin(); it != r.cells.end(); ++it)
        if (it.value().isWhole())
            if (const auto whole = it.value().toInt64())
                it.value() = report::Decimal::fromInteger(*whole * numerator / denominator);
    return r;
}

report::Report withWarningsExplained(report::Report r, const std::optional<report::Report> &previous,
                                     const QString &why)
{
    report::Engine engine;
    engine.load(r);
    (void)engine.setPrevious(previous); // the changes it reports are not needed: only the findings after it
    for (const report::Finding &f : engine.findings())
        if (f.severity == report::Severity::Warning)
            r.explanations.insert(f.rule, why);
    return r;
}

} // namespace nb::test
