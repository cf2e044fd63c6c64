#include "core/collection/report_list.h"

#include "core/collection/report_checks.h"

#include <QSet>
#include <algorithm>

namespace nb::collection {

Result<QList<ListedReport>> listReports(store::ReportStore &store)
{
    auto summaries = store.list();
    if (!summaries)
        return summaries.error();
    QSet<int> years;
    for (const auto &s : summaries.value())
        years.insert(s.id.year);
    QList<ListedReport> out;
    for (int year : years) {
        auto states = checkedStates(store, year);
        if (!states)
            return states.error();
        for (const CheckedState &s : states.value())
            out << ListedReport{s.state, s.check};
    }
    std::sort(out.begin(), out.end(), [](const ListedReport &a, const ListedReport &b) {
        return a.state.id.agency != b.state.id.agency ? a.state.id.agency < b.state.id.agency
                                                      : a.state.id.year < b.state.id.year;
    });
    return out;
}

} // namespace nb::collection
