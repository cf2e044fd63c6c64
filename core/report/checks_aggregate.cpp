// Checks of an aggregate (汇总) that read what it was made of (contract §9):
// who below the node has no report, who is not final, who has errors, and the
// carried-over applications against last year's aggregate of the same agencies.
// They read the report's AggregateInfo only, so a package of an aggregate gives
// the same findings as the program that made it.
#include "core/report/check.h"

namespace nb::report {

using checks::Checks;
using checks::cellName;

namespace {

QString statusName(CollectionStatus s)
{
    switch (s) {
    case CollectionStatus::Missing:
        return Checks::tr("未开始");
    case CollectionStatus::Draft:
        return Checks::tr("草稿");
    case CollectionStatus::Final:
        return Checks::tr("已定稿");
    case CollectionStatus::Submitted:
        return Checks::tr("已报送");
    case CollectionStatus::Returned:
        return Checks::tr("已退回");
    }
    return QString();
}

// One instance over the contributors list: `describe` names a contributor that
// breaks the rule (empty when it does not); `message` wraps the names.
RuleInstance overContributors(const RuleDef &rule, const std::function<QString(const Contributor &)> &describe,
                              const std::function<QString(int count, const QString &names, const Report &)> &message)
{
    RuleInstance in;
    in.readsMeta = true;
    in.evaluate = [rule, describe, message](const CheckContext &ctx) -> std::optional<Finding> {
        if (!ctx.meta().aggregate)
            return std::nullopt;
        QStringList named;
        for (const Contributor &c : ctx.meta().aggregate->contributors)
            if (QString d = describe(c); !d.isEmpty())
                named << d;
        if (named.isEmpty())
            return std::nullopt;
        return Finding{rule.id, rule.severity, {}, QString(),
                       message(int(named.size()), named.join(QStringLiteral("、")), ctx.meta())};
    };
    return in;
}

std::vector<RuleInstance> missing(const RuleDef &rule, const Definition &)
{
    return {overContributors(
        rule, [](const Contributor &c) { return c.status == CollectionStatus::Missing ? c.agency : QString(); },
        [](int n, const QString &names, const Report &r) {
            return Checks::tr("%1 个机关没有 %2 年度的报告：%3").arg(n).arg(r.year).arg(names);
        })};
}

std::vector<RuleInstance> notFinal(const RuleDef &rule, const Definition &)
{
    return {overContributors(
        rule,
        [](const Contributor &c) {
            const bool open = c.status == CollectionStatus::Draft || c.status == CollectionStatus::Returned;
            return open ? Checks::tr("%1（%2）").arg(c.agency, statusName(c.status)) : QString();
        },
        [](int n, const QString &names, const Report &) {
            return Checks::tr("%1 个机关的报告尚未定稿，汇总数据可能还会变化：%2").arg(n).arg(names);
        })};
}

std::vector<RuleInstance> errors(const RuleDef &rule, const Definition &)
{
    return {overContributors(
        rule,
        [](const Contributor &c) {
            return c.errors.isEmpty() ? QString()
                                      : Checks::tr("%1（%2）").arg(c.agency, c.errors.join(QStringLiteral("、")));
        },
        [](int n, const QString &names, const Report &) {
            return Checks::tr("%1 个机关的报告有错误，汇总数据不可靠：%2").arg(n).arg(names);
        })};
}

// Per column of the table: this aggregate's row `row` = last year's aggregate
// of the same agencies' row `previousRow`, as carried in the AggregateInfo.
std::vector<RuleInstance> carry(const RuleDef &rule, const Definition &def)
{
    return checks::perColumnAgainstRow(rule, def, [&def, rule](int cell, int before) {
        RuleInstance in;
        in.reads = {cell};
        in.readsMeta = true;
        in.evaluate = [&def, rule, cell, before](const CheckContext &ctx) -> std::optional<Finding> {
            const auto &info = ctx.meta().aggregate;
            if (!info || info->previousYear == 0)
                return std::nullopt;
            const Decimal now = ctx.valueOrZero(cell);
            const Decimal then = info->previousCarriedOut.value(def.cells()[before].key);
            if (now == then)
                return std::nullopt;
            return checks::make(rule, def, {cell},
                                Checks::tr("汇总的%1 为 %2，不等于同一批机关（%3 个有 %4 年度报告）%4 年度汇总的%5 %6")
                                    .arg(cellName(def, cell), now.toString())
                                    .arg(info->previousAgencies)
                                    .arg(info->previousYear)
                                    .arg(cellName(def, before), then.toString()));
        };
        return in;
    });
}

} // namespace

void registerAggregateChecks(CheckRegistry &registry)
{
    registry.add(QStringLiteral("agg_missing"), missing);
    registry.add(QStringLiteral("agg_not_final"), notFinal);
    registry.add(QStringLiteral("agg_errors"), errors);
    registry.add(QStringLiteral("agg_carry"), carry);
}

} // namespace nb::report
