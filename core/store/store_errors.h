#pragma once
// The refusals every store gives, with one code and one message each, so that
// the memory, SQLite and any later store answer alike (the contract suite in
// tests/store checks the codes). Stores add their own wording only where the
// situation is their own (a locked file, a lost connection).
#include "core/report/report.h"
#include "core/report/result.h"
#include "core/store/report_store.h"

#include <functional>
#include <optional>

namespace nb::store {

Error notFound(const ReportId &id);                  // store.not-found
Error alreadyExists(const ReportId &id);             // store.exists
Error finalRefusesWrite(const ReportId &id);         // store.final
Error finalRefusesReplace(const ReportId &id);       // store.final
Error snapshotNotFound(qint64 snapshotId);           // store.not-found
Error noPrevious(const QString &agency, int year);   // store.no-previous (year is the missing one)
Error agencyNotFound(const QString &agency);         // store.not-found
// store.invalid for a blank name, store.exists for a name in use.
Error blankAgencyName();
Error agencyNameTaken(const QString &name);
Error parentNotFound(const QString &parent);                   // store.not-found
Error treeCycle(const QString &agency, const QString &parent); // store.cycle

// A text of hint.textBase is no longer what the edit started from:
// store.text-changed, naming the sections by their headings.
Error textChangedElsewhere(const ReportId &id, const QStringList &sections);
// The optimistic check of ChangeHint::textBase, the same for every store:
// `storedText` answers the text a section holds now ("" when none).
Status checkTextBase(const ReportId &id, const ChangeHint &hint,
                     const std::function<Result<QString>(const QString &section)> &storedText);

// store.invalid: an agency name that report::AgencyName refuses, or a year
// outside the report years. Every store asks before anything is written.
Status checkAgencyName(const QString &agency);
Status checkIdentity(const QString &agency, int year);
// A name an agency is about to be given (rename, add), already trimmed: not
// blank (blankAgencyName) and accepted by report::AgencyName.
Status checkNewAgencyName(const QString &name);
// The refusals of a rename once the store has looked both names up (an id, or
// nullopt when no agency has the name): a failed lookup, no agency `from`, or
// `to` already in use.
template <class Id>
Status renameRefusal(const QString &from, const QString &to, const Result<std::optional<Id>> &source,
                     const Result<std::optional<Id>> &target)
{
    if (!source)
        return source.error();
    if (!target)
        return target.error();
    if (!source.value())
        return agencyNotFound(from);
    if (target.value())
        return agencyNameTaken(to);
    return success();
}

// Reopening a final report needs a reason: store.reason-required.
Status checkStatusReason(report::ReportStatus status, const QString &reason);
// Whether `parent` may be set above `agency`: both known (parent may be
// empty: the top) and no cycle. `parentOf` answers for one agency: its
// parent ("" at the top), nullopt when there is no such agency; stores look
// up only the chain above the new parent, not the whole tree.
using ParentLookup = std::function<Result<std::optional<QString>>(const QString &agency)>;
Status checkParent(const ParentLookup &parentOf, const QString &agency, const QString &parent);
ParentLookup parentsIn(const QList<AgencyInfo> &agencies);
// "示例市教育局 2023"
QString reportName(const ReportId &id);
// The finalise rule (core/report/finalise_rules.h) on the stored report and,
// when there is one, the same agency's previous year: store.has-errors or
// store.unexplained naming the rules.
Status checkFinalisable(const ReportId &id, const report::Report &report,
                        const std::optional<report::Report> &previous);

} // namespace nb::store
