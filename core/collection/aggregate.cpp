#include "core/collection/aggregate.h"

#include "core/collection/agency_tree.h"
#include "core/collection/report_checks.h"
#include "core/report/cell_values.h"
#include "core/report/finalise_rules.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace nb::collection {

using namespace nb::report;
using store::ReportId;

namespace {

// Reports are read from the store this many at a time.
constexpr qsizetype kBatch = 500;

// The row whose last year's values AGG-CARRY compares with (its "previousRow").
QString carriedOutRow(const Definition &def)
{
    for (const RuleDef &rule : def.rules())
        if (rule.check == QLatin1String("agg_carry"))
            return rule.params[QLatin1String("previousRow")].toString();
    return QString();
}

} // namespace

const Contributor *Aggregate::contributor(const QString &agency) const
{
    if (!report.aggregate)
        return nullptr;
    for (const Contributor &c : report.aggregate->contributors)
        if (c.agency == agency)
            return &c;
    return nullptr;
}

QString aggregateName(const QString &node)
{
    return Aggregation::tr("%1（汇总）").arg(node);
}

AggregateBuilder::AggregateBuilder(std::shared_ptr<const Definition> def, const QString &node, AgencyKind kind, int year)
    : m_def(std::move(def)), m_node(node), m_kind(kind), m_year(year), m_sums(m_def->cellCount()),
      m_previousSums(m_def->cellCount()), m_present(m_def->cellCount()), m_previousPresent(m_def->cellCount())
{
}

void AggregateBuilder::addMissing(const QString &agency)
{
    m_info.contributors << Contributor{agency, CollectionStatus::Missing, {}, 0};
}

void AggregateBuilder::sumInto(std::vector<Decimal> &sums, std::vector<bool> &present, const std::vector<Decimal> &values,
                               const Report &report, const Definition &def)
{
    for (int cell = 0; cell < def.cellCount(); ++cell) {
        if (def.cells()[cell].derived)
            continue; // recomputed from the sums: printed totals never count
        sums[cell] = report::addFigures(sums[cell], values[cell]);
        present[cell] = present[cell] || report.cells.contains(def.cells()[cell].key);
    }
}

void AggregateBuilder::add(const Report &report, CollectionStatus status, const QStringList &errorRules,
                           int unexplainedWarnings)
{
    m_info.contributors << Contributor{report.agencyName, status, errorRules, unexplainedWarnings};
    Contribution c{report.agencyName, status, computedValues(*m_def, report)};
    sumInto(m_sums, m_present, c.values, report, *m_def);
    m_contributions << std::move(c);
}

void AggregateBuilder::addPrevious(const Report &previous)
{
    sumInto(m_previousSums, m_previousPresent, computedValues(*m_def, previous), previous, *m_def);
    ++m_previousCount;
}

// A report with the summed input cells; a cell no agency filled stays blank.
Report AggregateBuilder::made(const std::vector<Decimal> &sums, const std::vector<bool> &present, int year) const
{
    Report r;
    r.agencyName = aggregateName(m_node);
    r.agencyKind = m_kind;
    r.year = year;
    for (int cell = 0; cell < m_def->cellCount(); ++cell)
        if (present[cell] && !m_def->cells()[cell].derived)
            r.cells.insert(m_def->cells()[cell].key, sums[cell]);
    return r;
}

void AggregateBuilder::setNode(const QString &node, AgencyKind kind)
{
    m_node = node;
    m_kind = kind;
}

Aggregate AggregateBuilder::finish(bool sortByName)
{
    if (sortByName) {
        std::sort(m_info.contributors.begin(), m_info.contributors.end(),
                  [](const Contributor &a, const Contributor &b) { return a.agency < b.agency; });
        std::sort(m_contributions.begin(), m_contributions.end(),
                  [](const Contribution &a, const Contribution &b) { return a.agency < b.agency; });
    }
    Aggregate out;
    out.report = made(m_sums, m_present, m_year);
    if (m_previousCount > 0) {
        Report previous = made(m_previousSums, m_previousPresent, m_year - 1);
        previous.aggregate = AggregateInfo{};
        m_info.previousYear = m_year - 1;
        m_info.previousAgencies = m_previousCount;
        const auto [table, row] = m_def->rowPosition(carriedOutRow(*m_def));
        if (table >= 0) {
            const std::vector<Decimal> values = computedValues(*m_def, previous);
            const Table &t = m_def->tables()[table];
            for (int col = 0; col < t.columns.size(); ++col) {
                const int cell = t.cellIndex(row, col);
                m_info.previousCarriedOut.insert(m_def->cells()[cell].key, values[cell]);
            }
        }
        out.previous = previous;
    }
    out.report.aggregate = m_info;
    out.contributions = m_contributions;
    return out;
}

Result<Aggregate> Aggregation::fromStore(store::ReportStore &store, const QString &node, int year,
                                         const QStringList &chosen)
{
    auto agencies = store.agencies();
    if (!agencies)
        return agencies.error();
    const AgencyTree tree(agencies.value());
    if (!node.isEmpty() && !tree.contains(node))
        return Error{QStringLiteral("collection.node"), tr("没有机关 %1，无法汇总。").arg(node)};
    for (const QString &name : chosen)
        if (!tree.contains(name))
            return Error{QStringLiteral("collection.node"), tr("没有机关 %1，无法汇总。").arg(name)};
    const QStringList scope = chosen.isEmpty() ? tree.below(node) : chosen;
    auto states = checkedStates(store, year);
    if (!states)
        return states.error();
    QHash<QString, const CheckedState *> stateOf;
    for (const CheckedState &s : states.value())
        stateOf.insert(s.state.id.agency, &s);

    // "" is every agency, an area's whole office under one name.
    const QString name = node.isEmpty() ? tr("全部机关") : node;
    const AgencyKind kind = node.isEmpty() ? AgencyKind::Government : tree.find(node)->kind;
    AggregateBuilder builder(Definition::builtin(), name, kind, year);
    for (qsizetype from = 0; from < scope.size(); from += kBatch) {
        QList<ReportId> ids;
        for (const QString &name : scope.mid(from, kBatch))
            if (stateOf.contains(name))
                ids << ReportId{name, year} << ReportId{name, year - 1};
        auto loaded = store.loadMany(ids);
        if (!loaded)
            return loaded.error();
        QHash<QString, const Report *> current, previous;
        for (const Report &r : loaded.value())
            (r.year == year ? current : previous).insert(r.agencyName, &r);
        for (const QString &name : scope.mid(from, kBatch)) {
            const Report *r = current.value(name);
            const CheckedState *s = stateOf.value(name);
            if (!r || !s) {
                builder.addMissing(name);
                continue;
            }
            builder.add(*r, s->state.collectionStatus(), s->check.errorRules, s->check.unexplained);
            if (const Report *p = previous.value(name))
                builder.addPrevious(*p);
        }
    }
    return builder.finish();
}

namespace {

// The kind of 各机关: the one all contributors share; when they differ, a
// government if one of them is (an aggregate over a government's reports is a
// government's), else other (departments and other bodies: neither).
AgencyKind sharedKind(const QSet<AgencyKind> &kinds)
{
    if (kinds.size() == 1)
        return *kinds.begin();
    return kinds.contains(AgencyKind::Government) ? AgencyKind::Government : AgencyKind::Other;
}

} // namespace

Result<Aggregate> Aggregation::fromReports(qsizetype count, const ReportReader &read, int year, const QString &node,
                                           std::optional<AgencyKind> kind)
{
    AggregateBuilder builder(Definition::builtin(), node, kind.value_or(likelyAgencyKind(node)), year);
    QSet<QString> seen, parents;
    QSet<AgencyKind> kinds;
    Engine engine;
    for (qsizetype i = 0; i < count; ++i) {
        auto r = read(i);
        if (!r)
            return r.error();
        if (r->year != year)
            return Error{QStringLiteral("collection.year"),
                         tr("%1 的报告是 %2 年度的，不是要汇总的 %3 年度。").arg(r->agencyName).arg(r->year).arg(year)};
        if (seen.contains(r->agencyName))
            return Error{QStringLiteral("collection.duplicate"),
                         tr("%1 %2 年度的报告出现了两次，不能重复汇总。").arg(r->agencyName).arg(year)};
        seen.insert(r->agencyName);
        parents.insert(r->agencyParent);
        kinds.insert(r->agencyKind);
        engine.setPrevious(std::nullopt);
        engine.load(r.value());
        const store::CheckSummary check = summarize(engine);
        // Published on the agency's site (read from text, a web page or a PDF): finalised by definition.
        const bool finalised = r->status == ReportStatus::Final || r->imported.present;
        builder.add(r.value(), finalised ? CollectionStatus::Final : CollectionStatus::Draft, check.errorRules,
                    check.unexplained);
    }
    if (node.isEmpty()) {
        const QString common = parents.size() == 1 ? *parents.begin() : QString();
        const QString name = common.isEmpty() ? tr("各机关") : common;
        builder.setNode(name, kind ? *kind : common.isEmpty() ? sharedKind(kinds) : likelyAgencyKind(name));
    }
    return builder.finish(true);
}

Result<Aggregate> Aggregation::fromReports(const QList<Report> &reports, int year, const QString &node,
                                           std::optional<AgencyKind> kind)
{
    return fromReports(reports.size(), [&](qsizetype i) -> Result<Report> { return reports[i]; }, year, node, kind);
}

} // namespace nb::collection
