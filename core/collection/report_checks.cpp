#include "core/collection/report_checks.h"

#include "core/report/finalise_rules.h"

#include <QHash>

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
    for (qsizetype i : batch) {
        const auto &s = states[i].state;
        ids << s.id;
        if (s.previousRevision >= 0)
            ids << ReportId{s.id.agency, s.id.year - 1};
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
    auto states = store.reportStates(year);
    if (!states)
        return states.error();
    QList<CheckedState> out;
    QList<qsizetype> stale;
    for (const auto &s : states.value()) {
        if (s.checkIsCurrent())
            out << CheckedState{s, *s.check};
        else {
            stale << out.size();
            out << CheckedState{s, {}};
        }
    }
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
