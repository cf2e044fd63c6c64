#include "core/collection/report_list.h"

#include "core/collection/report_checks.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace nb::collection {

Result<QList<ListedReport>> listReports(store::ReportStore &store)
{
    auto summaries = store.list();
    if (!summaries)
        return summaries.error();
    // The store's own order (each store sorts names its own way: SQLite by
    // code point, a server by its collation): `list` prints what it printed
    // before the counts were kept.
    QHash<QString, QHash<int, qsizetype>> position;
    QSet<int> years;
    for (qsizetype i = 0; i < summaries->size(); ++i) {
        const auto &id = summaries->at(i).id;
        position[id.agency].insert(id.year, i);
        years.insert(id.year);
    }
    QList<std::pair<qsizetype, ListedReport>> placed;
    placed.reserve(summaries->size());
    QList<int> sorted(years.begin(), years.end());
    std::sort(sorted.begin(), sorted.end());
    auto states = checkedStates(store, sorted); // all years at once: a stale report is read once
    if (!states)
        return states.error();
    for (const CheckedState &s : states.value()) {
        // A report added since list() goes last, in the order it comes.
        const qsizetype at = position.value(s.state.id.agency).value(s.state.id.year, summaries->size());
        placed.push_back({at, ListedReport{s.state, s.check}});
    }
    std::stable_sort(placed.begin(), placed.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<ListedReport> out;
    out.reserve(placed.size());
    for (auto &[at, listed] : placed)
        out << std::move(listed);
    return out;
}

} // namespace nb::collection
