// Checks on the text sections that need only the report itself. The checks
// that compare quoted figures with the tables (RT-*) and the structure checks
// (RS-*) register here as well.
#include "core/report/check.h"
#include "core/report/label_text.h"

namespace nb::report {

using checks::Checks;

namespace {

std::vector<RuleInstance> textEmpty(const RuleDef &rule, const Definition &def)
{
    return checks::perTextSection(rule, def, false, [&](const QString &key, const Section &section) -> checks::Evaluate {
        return [rule, key, heading = section.heading](const CheckContext &ctx) -> std::optional<Finding> {
            if (!ctx.text(key).trimmed().isEmpty())
                return std::nullopt;
            return Finding{rule.id, rule.severity, {}, key, Checks::tr("“%1”还没有内容").arg(heading)};
        };
    });
}

// RS-SEC6-INFOFEE: a non-empty section must mention one of the keywords (an
// empty one is RS-TEXT-EMPTY's business).
std::vector<RuleInstance> textMentions(const RuleDef &rule, const Definition &def)
{
    const QString key = rule.params[QLatin1String("section")].toString();
    const Section *section = def.section(key);
    if (!section)
        return {};
    RuleInstance in;
    in.texts = {key};
    in.evaluate = [rule, key, heading = section->heading,
                   keywords = checks::stringList(rule.params, "keywords")](const CheckContext &ctx) -> std::optional<Finding> {
        const QString text = labels::normalize(ctx.text(key));
        if (text.isEmpty())
            return std::nullopt;
        for (const QString &word : keywords)
            if (text.contains(labels::normalize(word)))
                return std::nullopt;
        return Finding{rule.id, rule.severity, {}, key, Checks::tr("“%1”%2").arg(heading, rule.params[QLatin1String("message")].toString())};
    };
    return {in};
}

// RS-SEC1-TOPICS: the topics (and, for a people's government, the extra
// topics) of the section as the definition lists them, each found by a keyword.
std::vector<RuleInstance> textTopics(const RuleDef &rule, const Definition &def)
{
    const QString key = rule.params[QLatin1String("section")].toString();
    const Section *section = def.section(key);
    if (!section)
        return {};
    RuleInstance in;
    in.texts = {key};
    in.readsMeta = true;
    in.evaluate = [rule, key, section](const CheckContext &ctx) -> std::optional<Finding> {
        const QString text = labels::normalize(ctx.text(key));
        if (text.isEmpty())
            return std::nullopt;
        QList<Topic> topics = section->topics;
        if (ctx.meta().agencyKind == AgencyKind::Government)
            topics += section->governmentTopics;
        QStringList missing;
        for (const Topic &topic : topics) {
            const bool found = std::any_of(topic.keywords.begin(), topic.keywords.end(),
                                           [&](const QString &w) { return text.contains(labels::normalize(w)); });
            if (!found)
                missing << topic.name;
        }
        if (missing.isEmpty())
            return std::nullopt;
        return Finding{rule.id, rule.severity, {}, key, Checks::tr("“%1”没有写到：%2").arg(section->heading, missing.join(u'、'))};
    };
    return {in};
}

} // namespace

// Defined in checks_structure.cpp and checks_text_tables.cpp.
void registerStructureChecks(CheckRegistry &registry);
void registerTextTableChecks(CheckRegistry &registry);

void registerTextChecks(CheckRegistry &registry)
{
    registry.add(QStringLiteral("text_empty"), textEmpty);
    registry.add(QStringLiteral("text_mentions"), textMentions);
    registry.add(QStringLiteral("text_topics"), textTopics);
    registerStructureChecks(registry);
    registerTextTableChecks(registry);
}

} // namespace nb::report
