#include "core/collection/report_checks.h"

#include "core/report/finalise_rules.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace nb::collection {

using store::ReportId;

namespace {

// Reports are loaded this many at a time: memory stays bounded however many
// reports are stale.
constexpr qsizetype kBatch = 500;

QString keyOf(const QString &agency, int year)
{
    return agency + QLatin1Char('\x1f') + QString::number(year);
}

// Checks the stale states of one batch; returns the fresh summaries by index.
Result<QList<std::pair<qsizetype, store::CheckSummary>>> checkBatch(store::ReportStore &store,
                                                                     const QList<CheckedState> &states,
                                                                     const QList<qsizetype> &batch, report::Engine &engine)
{
    QList<ReportId> ids;
    QSet<QString> asked; // a report checked is often also the previous of the next one
    auto ask = [&](const ReportId &id) {
        if (!asked.contains(keyOf(id.agency, id.year))) {
            asked.insert(keyOf(id.agency, id.year));
            ids << id;
        }
    };
    for (qsizetype i : batch) {
        const auto &s = states[i].state;
        ask(s.id);
        if (s.previousRevision >= 0)
            ask(ReportId{s.id.agency, s.id.year - 1});
    }
    auto loaded = store.loadMany(ids);
    if (!loaded)
        return loaded.error();
    QHash<QString, qsizetype> at;
    for (qsizetype i = 0; i < loaded->size(); ++i)
        at.insert(keyOf(loaded->at(i).agencyName, loaded->at(i).year), i);
    QList<std::pair<qsizetype, store::CheckSummary>> out;
    for (qsizetype i : batch) {
        const auto &s = states[i].state;
        const auto self = at.constFind(keyOf(s.id.agency, s.id.year));
        if (self == at.constEnd())
            continue; // removed meanwhile: its row goes with the next refresh
        const auto previous = at.constFind(keyOf(s.id.agency, s.id.year - 1));
        engine.setPrevious(previous == at.constEnd() ? std::nullopt : std::optional(loaded->at(*previous)));
        engine.load(loaded->at(*self));
        store::CheckSummary check = summarize(engine);
        check.revision = s.revision;
        check.previousRevision = s.previousRevision;
        out.push_back({i, check});
    }
    return out;
}

} // namespace

store::CheckSummary summarize(const report::Engine &engine)
{
    const report::FinaliseCheck finalise = report::checkFinalise(engine);
    store::CheckSummary check;
    check.errors = engine.count(report::Severity::Error);
    check.warnings = engine.count(report::Severity::Warning);
    check.infos = engine.count(report::Severity::Info);
    check.unexplained = int(finalise.unexplained.size());
    check.errorRules = finalise.errorRules();
    return check;
}

Result<QList<CheckedState>> checkedStates(store::ReportStore &store, int year)
{
    return checkedStates(store, QList<int>{year});
}

Result<QList<CheckedState>> checkedStates(store::ReportStore &store, const QList<int> &years)
{
    QList<CheckedState> out;
    QList<qsizetype> stale;
    for (int year : years) {
        auto states = store.reportStates(year);
        if (!states)
            return states.error();
        for (const auto &s : states.value()) {
            if (s.checkIsCurrent())
                out << CheckedState{s, *s.check};
            else {
                stale << out.size();
                out << CheckedState{s, {}};
            }
        }
    }
    // An agency's years side by side, so that a batch loads a report once
    // both to check it and as the next year's previous report.
    std::stable_sort(stale.begin(), stale.end(), [&out](qsizetype a, qsizetype b) {
        const ReportId &x = out[a].state.id, &y = out[b].state.id;
        return x.agency != y.agency ? x.agency < y.agency : x.year < y.year;
    });
    report::Engine engine;
    for (qsizetype from = 0; from < stale.size(); from += kBatch) {
        auto checked = checkBatch(store, out, stale.mid(from, kBatch), engine);
        if (!checked)
            return checked.error();
        QList<std::pair<ReportId, store::CheckSummary>> fresh;
        for (const auto &[i, check] : checked.value()) {
            out[i].check = check;
            fresh.push_back({out[i].state.id, check});
        }
        // Kept for the next time; when the store cannot keep them now (busy,
        // read-only for this user) the counts shown are still current.
        if (Status kept = store.recordChecks(fresh); !kept)
            qInfo("finding counts not kept: %s", qPrintable(kept.error().message));
    }
    return out;
}

} // namespace nb::collection
