#include "core/report/submission_rules.h"

namespace nb::report {

QString submissionKey(Submission s)
{
    switch (s) {
    case Submission::Submitted:
        return QStringLiteral("submitted");
    case Submission::Returned:
        return QStringLiteral("returned");
    case Submission::None:
        break;
    }
    return QString();
}

std::optional<Submission> submissionFromKey(const QString &key)
{
    if (key.isEmpty())
        return Submission::None;
    if (key == QLatin1String("submitted"))
        return Submission::Submitted;
    if (key == QLatin1String("returned"))
        return Submission::Returned;
    return std::nullopt;
}

CollectionStatus collectionStatus(ReportStatus status, Submission submission)
{
    if (status == ReportStatus::Final)
        return submission == Submission::Submitted ? CollectionStatus::Submitted : CollectionStatus::Final;
    return submission == Submission::Returned ? CollectionStatus::Returned : CollectionStatus::Draft;
}

bool countsAsFinal(CollectionStatus status)
{
    return status == CollectionStatus::Final || status == CollectionStatus::Submitted;
}

Status SubmissionRules::checkSubmit(const QString &report, ReportStatus status, Submission submission)
{
    if (submission == Submission::Submitted)
        return Error{QStringLiteral("store.submitted"), tr("%1 已经报送。").arg(report)};
    if (status != ReportStatus::Final)
        return Error{QStringLiteral("store.not-final"), tr("%1 还没有定稿：定稿后才能报送。").arg(report)};
    return success();
}

Status SubmissionRules::checkReturn(const QString &report, Submission submission, const QString &reason)
{
    if (submission != Submission::Submitted)
        return Error{QStringLiteral("store.not-submitted"), tr("%1 没有报送，无需退回。").arg(report)};
    if (reason.trimmed().isEmpty())
        return Error{QStringLiteral("store.reason-required"), tr("退回报告需要填写理由。")};
    return success();
}

Status SubmissionRules::checkReopen(const QString &report, Submission submission)
{
    if (submission == Submission::Submitted)
        return Error{QStringLiteral("store.submitted"),
                     tr("%1 已经报送，不能由本机关重新打开；如需修改，请上级退回。").arg(report)};
    return success();
}

Submission SubmissionRules::afterFinalise(Submission submission)
{
    return submission == Submission::Returned ? Submission::None : submission;
}

} // namespace nb::report
