// Checks on the text sections that need only the report itself. The checks
// that compare quoted figures with the tables (RT-*) and the structure checks
// (RS-*) register here as well.
#include "core/report/check.h"

namespace nb::report {

using checks::Checks;

namespace {

std::vector<RuleInstance> textEmpty(const RuleDef &rule, const Definition &def)
{
    std::vector<RuleInstance> out;
    for (const auto &key : checks::stringList(rule.params, "sections")) {
        const Section *section = def.section(key);
        if (!section)
            continue;
        RuleInstance in;
        in.texts = {key};
        in.evaluate = [rule, key, heading = section->heading](const CheckContext &ctx) -> std::optional<Finding> {
            if (!ctx.text(key).trimmed().isEmpty())
                return std::nullopt;
            return Finding{rule.id, rule.severity, {}, key, Checks::tr("“%1”还没有内容").arg(heading)};
        };
        out.push_back(std::move(in));
    }
    return out;
}

} // namespace

void registerTextChecks(CheckRegistry &registry)
{
    registry.add(QStringLiteral("text_empty"), textEmpty);
}

} // namespace nb::report
