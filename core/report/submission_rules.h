#pragma once
// When a report may be submitted to the office that collects it, returned by
// it, or reopened by its agency (contract §9). A submitted report is final and
// stays so until the office returns it; a returned report is a draft again and
// keeps the office's reason until it is finalised again. The rules live here
// once: every store asks them before it changes a status, and the window asks
// them to enable its actions.
#include "core/report/report.h"
#include "core/report/result.h"

#include <QCoreApplication>

namespace nb::report {

// The collection state a store keeps beside a report's draft/final status.
enum class Submission { None, Submitted, Returned };

QString submissionKey(Submission s); // "" / "submitted" / "returned"
std::optional<Submission> submissionFromKey(const QString &key);

// 草稿 / 已定稿 / 已报送 / 已退回 of a stored report.
CollectionStatus collectionStatus(ReportStatus status, Submission submission);
// A contributor counts as final when it is final or submitted.
bool countsAsFinal(CollectionStatus status);

class SubmissionRules {
    Q_DECLARE_TR_FUNCTIONS(SubmissionRules)
public:
    // store.not-final (only a final report is submitted), store.submitted (already).
    static Status checkSubmit(const QString &report, ReportStatus status, Submission submission);
    // store.not-submitted (only a submitted report is returned), store.reason-required.
    static Status checkReturn(const QString &report, Submission submission, const QString &reason);
    // store.submitted: a submitted report is changed only after the office returns it.
    static Status checkReopen(const QString &report, Submission submission);
    // Finalising a returned report ends the return: the reason is no longer shown.
    static Submission afterFinalise(Submission submission);
};

} // namespace nb::report
