#pragma once
// What the session, the user interface and the command line need from wherever
// reports are kept. core/storage implements it over SQLite, MemoryReportStore in
// memory; every store passes the one contract suite in tests/store, so a caller
// never depends on which store it has. The UI reaches the database only
// through this interface.
#include "core/report/report.h"
#include "core/report/result.h"
#include "core/report/submission_rules.h"

#include <QDateTime>
#include <QList>
#include <functional>

namespace nb::store {

class StoreLink;

struct ReportId {
    QString agency;
    int year = 0;
    bool operator==(const ReportId &) const = default;
};

struct ReportSummary {
    ReportId id;
    report::AgencyKind kind = report::AgencyKind::Department;
    report::ReportStatus status = report::ReportStatus::Draft;
    QDateTime updated;
    int errors = -1;   // finding counts when known, -1 otherwise
    int warnings = -1;
};

struct AuditEntry {
    QDateTime at;
    QString action; // finalise, reopen, import, restore, new-year, submit, return
    QString reason;
    qint64 snapshotId = 0;
    QString who; // the operating system's user name of whoever did it
};

// An agency in the collection tree (contract §9).
struct AgencyInfo {
    QString name;
    report::AgencyKind kind = report::AgencyKind::Department;
    QString parent; // empty: at the top
    bool operator==(const AgencyInfo &) const = default;
};

// The counts of a report's findings as they were at two revisions: the
// report's and its agency's previous year's (the X- rules read that). A store
// keeps the last one recorded so that a board or list of thousands of reports
// need not check each again; core/collection checks again when the revisions
// no longer match.
struct CheckSummary {
    qint64 revision = -1;
    qint64 previousRevision = -1; // -1: no previous year
    int errors = 0;
    int warnings = 0;
    int infos = 0;
    int unexplained = 0;     // warnings without 说明
    QStringList errorRules;  // each once, in the order of their first finding
    bool operator==(const CheckSummary &) const = default;
};

// One stored report of a year as a board needs it, read in bulk.
struct ReportState {
    ReportId id;
    report::AgencyKind kind = report::AgencyKind::Department;
    report::ReportStatus status = report::ReportStatus::Draft;
    report::Submission submission = report::Submission::None;
    QString returnReason;   // while returned
    QDateTime updated;      // last change of content or status
    QString updatedBy;      // who made it
    qint64 revision = 0;
    qint64 previousRevision = -1; // of the same agency's previous year; -1: none
    std::optional<CheckSummary> check; // as last recorded, maybe stale
    report::CollectionStatus collectionStatus() const { return report::collectionStatus(status, submission); }
    bool checkIsCurrent() const
    {
        return check && check->revision == revision && check->previousRevision == previousRevision;
    }
};

// The name of the person at this computer, as the audit log records it.
QString currentUserName();

struct SnapshotInfo {
    qint64 id = 0;
    ReportId report;
    QDateTime taken;
    QString reason; // 定稿, 导入, 新年度, 手动, 恢复前 …
};

// Which parts of a report changed since it was last written, so that a store
// writes only those. Everything is named key by key (cells, texts, notes,
// explanations), so two programs editing different parts of one report both
// keep their edits; `everything` means: replace the whole stored report.
struct ChangeHint {
    QStringList cells; // cell keys; a blank cell is removed
    QStringList texts; // text section keys; each also leaves or joins "texts to revise" as in the report
    bool metadata = false;   // agency kind, 文号, publication date and the whole "texts to revise" list
    bool everything = false;
    QStringList notes = {};        // cell keys whose note (批注) changed; a blank note is removed
    QStringList explanations = {}; // rule IDs whose 说明 changed; a blank one is removed
    // The optimistic check for texts. For a section named here: the text this
    // edit started from, as last read from or written to the store ("" when
    // there was none). When the stored text is no longer that one, somebody
    // else changed it meanwhile: the whole write is refused with
    // "store.text-changed" and nothing of it is written. Sections not named
    // here are written unconditionally (imports, the command line). A store
    // compares inside its write transaction; a server store can do the same
    // with a conditional UPDATE or a row lock.
    QMap<QString, QString> textBase = {};
};

// What every store keeps after write(edited, hint) over `stored`: exactly what
// the hint names, taken from `edited` (a blank one removed), everything when
// it says everything; the status is never written this way.
report::Report applyHint(const report::Report &stored, const report::Report &edited, const ChangeHint &hint);
// The hint that names exactly what differs between two versions of a report,
// so that applyHint(before, after, changesBetween(before, after)) is `after`
// (status aside).
ChangeHint changesBetween(const report::Report &before, const report::Report &after);
// True when the hint names nothing to write.
bool hintIsEmpty(const ChangeHint &hint);

class ReportStore {
public:
    virtual ~ReportStore() = default;

    virtual Result<QList<ReportSummary>> list() = 0;
    // Error code "store.not-found" when there is no such report.
    virtual Result<report::Report> load(const ReportId &id) = 0;
    // A new report; "store.exists" if one exists for that agency and year.
    virtual Status create(const report::Report &report) = 0;
    // Durable when it returns. Refused with "store.final" for a final report
    // and "store.text-changed" when a text of hint.textBase changed meanwhile
    // (nothing is written then).
    virtual Status write(const report::Report &report, const ChangeHint &changed) = 0;
    // Finalise (snapshot + audit) or reopen (reason required, audit).
    virtual Status setStatus(const ReportId &id, report::ReportStatus status, const QString &reason) = 0;
    // Refused with "store.invalid" for an empty name, "store.exists" for a name
    // already used and "store.not-found" when `from` has no reports.
    virtual Status renameAgency(const QString &from, const QString &to) = 0;
    // A report read from a package or a published report, kept as a draft.
    // "store.exists" when that agency and year exist unless replace, which
    // snapshots the old one first ("store.final" when it is final); logged
    // in the audit log as "import" with a snapshot of what was imported.
    virtual Status importReport(const report::Report &report, bool replace) = 0;

    virtual Result<QList<SnapshotInfo>> snapshots(const ReportId &id) = 0;
    virtual Result<qint64> takeSnapshot(const ReportId &id, const QString &reason) = 0;
    virtual Result<report::Report> snapshot(qint64 snapshotId) = 0;
    // Takes a snapshot of the current state first, then restores and logs it.
    virtual Status restore(qint64 snapshotId) = 0;
    // Year Y from year Y−1 (see core/report/carry_forward.h); "store.exists"
    // unless replace (which snapshots the old one first); "store.no-previous"
    // when Y−1 is missing.
    virtual Result<report::Report> newYear(const QString &agency, int year, bool replace) = 0;

    // What happened to a report: finalise, reopen, import, restore, new-year, oldest first.
    virtual Result<QList<AuditEntry>> auditLog(const ReportId &id) = 0;
    // Increases with every committed change of the report, by any program, so
    // that an open report can notice changes made elsewhere.
    virtual Result<qint64> revision(const ReportId &id) = 0;

    // --- The collection tree (contract §9). A report's agencyParent is read
    // from the tree; create() and importReport() of a report naming a parent
    // place its agency there (adding the parent when new); write() never moves
    // an agency.
    // Every agency, with or without reports, by name.
    virtual Result<QList<AgencyInfo>> agencies() = 0;
    // "store.invalid" for a blank name, "store.exists" for a name in use,
    // "store.not-found" for an unknown parent.
    virtual Status addAgency(const AgencyInfo &agency) = 0;
    // Moves an agency (with everything below it) under `parent`, or to the top
    // when it is empty; its reports stay as they are. "store.not-found" for an
    // unknown agency or parent, "store.cycle" when the parent is the agency
    // itself or below it.
    virtual Status setParent(const QString &agency, const QString &parent) = 0;

    // --- Statuses: both in the audit log with who and when, revision moved on.
    // Submits a final report to the office above (SubmissionRules::checkSubmit).
    virtual Status submit(const ReportId &id) = 0;
    // The office sends a submitted report back with a reason: it is a draft
    // again and keeps the reason until finalised again (checkReturn).
    virtual Status returnReport(const ReportId &id, const QString &reason) = 0;
    // The state of one report (for the open report's banner).
    virtual Result<ReportState> reportState(const ReportId &id) = 0;
    // Every stored report of a year, by agency name (the board, the aggregate, list).
    virtual Result<QList<ReportState>> reportStates(int year) = 0;
    // Many reports at once, in no particular order; ids without a report are
    // left out (the caller sees which from the agency and year of each).
    virtual Result<QList<report::Report>> loadMany(const QList<ReportId> &ids) = 0;
    // Keeps check summaries; one whose revisions no longer match the report
    // (it changed meanwhile) is not kept. Never moves a revision on.
    virtual Status recordChecks(const QList<std::pair<ReportId, CheckSummary>> &checks) = 0;

    // --- Shared stores (a server): changes as they happen, and whether the
    // server can be reached (see store_link.h). Null for a store that only
    // this computer uses; its users poll revision().
    virtual StoreLink *link() { return nullptr; }
    // Imports reports as drafts, all or none: each as importReport() does,
    // and when one is refused nothing of the others is kept either.
    Status importReports(const QList<report::Report> &reports, bool replace);
    // The same for `count` reports taken from `source` one at a time (index 0
    // to count − 1), each let go once stored, so that importing ten thousand
    // files needs the memory of one (nianbao-cli import): one transaction,
    // and a report refused or a source's error leaves nothing imported. The
    // source may be asked for an index again (a server retries a transaction).
    using ReportSource = std::function<Result<report::Report>(qsizetype index)>;
    virtual Status importEach(qsizetype count, const ReportSource &source, bool replace) = 0;
};

} // namespace nb::store
