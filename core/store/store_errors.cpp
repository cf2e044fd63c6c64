#include "core/store/store_errors.h"

#include "core/report/agency_name.h"
#include "core/report/definition.h"
#include "core/report/finalise_rules.h"

#include <QCoreApplication>
#include <QHash>

namespace nb::store {

namespace {
struct StoreErrors {
    Q_DECLARE_TR_FUNCTIONS(StoreErrors)
};

QString named(const ReportId &id)
{
    return QStringLiteral("%1 %2").arg(id.agency).arg(id.year);
}
} // namespace

Error notFound(const ReportId &id)
{
    return {QStringLiteral("store.not-found"), StoreErrors::tr("没有 %1 年度的报告。").arg(named(id))};
}

Error alreadyExists(const ReportId &id)
{
    return {QStringLiteral("store.exists"), StoreErrors::tr("%1 年度的报告已经存在。").arg(named(id))};
}

Error finalRefusesWrite(const ReportId &id)
{
    return {QStringLiteral("store.final"),
            StoreErrors::tr("%1 年度的报告已定稿，不能修改；如需修改，请先填写理由重新打开。").arg(named(id))};
}

Error finalRefusesReplace(const ReportId &id)
{
    return {QStringLiteral("store.final"),
            StoreErrors::tr("%1 年度的报告已定稿，不能替换；请先填写理由重新打开。").arg(named(id))};
}

Error snapshotNotFound(qint64 snapshotId)
{
    return {QStringLiteral("store.not-found"), StoreErrors::tr("没有编号为 %1 的快照。").arg(snapshotId)};
}

Error noPrevious(const QString &agency, int year)
{
    return {QStringLiteral("store.no-previous"),
            StoreErrors::tr("没有 %1 年度的报告，无法从上年结转；可以新建一份空白报告。").arg(named({agency, year}))};
}

Error agencyNotFound(const QString &agency)
{
    return {QStringLiteral("store.not-found"), StoreErrors::tr("没有机关 %1。").arg(agency)};
}

Error parentNotFound(const QString &parent)
{
    return {QStringLiteral("store.not-found"), StoreErrors::tr("没有上级机关 %1。").arg(parent)};
}

Error treeCycle(const QString &agency, const QString &parent)
{
    return {QStringLiteral("store.cycle"),
            StoreErrors::tr("不能把 %1 放到 %2 之下：%2 是它自己或它的下级机关。").arg(agency, parent)};
}

QString reportName(const ReportId &id)
{
    return named(id);
}

Status checkParent(const ParentLookup &parentOf, const QString &agency, const QString &parent)
{
    auto known = parentOf(agency);
    if (!known)
        return known.error();
    if (!known.value())
        return agencyNotFound(agency);
    if (parent.isEmpty())
        return success();
    // Walk up from the new parent: meeting the agency means a cycle. A stored
    // tree has no cycle, but the walk is bounded all the same.
    QString at = parent;
    for (int steps = 0; !at.isEmpty() && steps < 100000; ++steps) {
        if (at == agency)
            return treeCycle(agency, parent);
        auto up = parentOf(at);
        if (!up)
            return up.error();
        if (!up.value())
            return at == parent ? parentNotFound(parent) : agencyNotFound(at);
        at = *up.value();
    }
    return success();
}

ParentLookup parentsIn(const QList<AgencyInfo> &agencies)
{
    QHash<QString, QString> parentOf;
    for (const AgencyInfo &a : agencies)
        parentOf.insert(a.name, a.parent);
    return [parentOf](const QString &agency) -> Result<std::optional<QString>> {
        if (auto it = parentOf.constFind(agency); it != parentOf.constEnd())
            return std::optional<QString>(*it);
        return std::optional<QString>();
    };
}

Error blankAgencyName()
{
    return {QStringLiteral("store.invalid"), StoreErrors::tr("机关名称不能为空。")};
}

Error agencyNameTaken(const QString &name)
{
    return {QStringLiteral("store.exists"), StoreErrors::tr("机关 %1 已经存在，不能改成这个名称。").arg(name)};
}

Error textChangedElsewhere(const ReportId &id, const QStringList &sections)
{
    QStringList headings;
    const auto def = report::Definition::builtin();
    for (const QString &key : sections) {
        const report::Section *section = def->section(key);
        headings << (section ? section->heading : key);
    }
    return {QStringLiteral("store.text-changed"),
            StoreErrors::tr("%1 年度报告的“%2”在打开之后已被别处修改，本次修改没有保存，以免覆盖别处的内容。请比较两个版本后再保存。")
                .arg(named(id), headings.join(QStringLiteral("”“")))};
}

Status checkTextBase(const ReportId &id, const ChangeHint &hint,
                     const std::function<Result<QString>(const QString &section)> &storedText)
{
    QStringList changed;
    for (auto it = hint.textBase.constBegin(); it != hint.textBase.constEnd(); ++it) {
        Result<QString> now = storedText(it.key());
        if (!now)
            return now.error();
        if (now.value() != it.value())
            changed << it.key();
    }
    if (!changed.isEmpty())
        return textChangedElsewhere(id, changed);
    return success();
}

Status checkAgencyName(const QString &agency)
{
    if (auto refused = report::AgencyName::check(agency))
        return Error{QStringLiteral("store.invalid"), refused->message};
    return success();
}

Status checkNewAgencyName(const QString &name)
{
    if (name.isEmpty())
        return blankAgencyName();
    return checkAgencyName(name);
}

Status checkIdentity(const QString &agency, int year)
{
    if (Status valid = checkAgencyName(agency); !valid)
        return valid;
    if (!report::isReportYear(year))
        return Error{QStringLiteral("store.invalid"), StoreErrors::tr("年度应为 %1 至 %2 之间的年份，而不是 %3。")
                                                          .arg(report::kFirstReportYear)
                                                          .arg(report::kLastReportYear)
                                                          .arg(year)};
    return success();
}

Status checkStatusReason(report::ReportStatus status, const QString &reason)
{
    if (status == report::ReportStatus::Draft && reason.trimmed().isEmpty())
        return Error{QStringLiteral("store.reason-required"), StoreErrors::tr("重新打开已定稿的报告需要填写理由。")};
    return success();
}

Status checkFinalisable(const ReportId &id, const report::Report &report, const std::optional<report::Report> &previous)
{
    report::Engine engine;
    if (previous)
        engine.setPrevious(previous);
    engine.load(report);
    const report::FinaliseCheck check = report::checkFinalise(engine);
    if (!check.errors.empty())
        return Error{QStringLiteral("store.has-errors"),
                     StoreErrors::tr("%1 年度的报告还有错误（%2），改正后才能定稿。")
                         .arg(named(id), check.errorRules().join(QStringLiteral("、")))};
    if (!check.unexplained.empty())
        return Error{QStringLiteral("store.unexplained"),
                     StoreErrors::tr("%1 年度的报告有未说明的警告（%2），请为每条警告填写说明后再定稿。")
                         .arg(named(id), check.unexplainedRules().join(QStringLiteral("、")))};
    return success();
}

} // namespace nb::store
