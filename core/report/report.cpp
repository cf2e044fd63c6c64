#include "core/report/report.h"

namespace nb::report {

QString agencyKindKey(AgencyKind k)
{
    switch (k) {
    case AgencyKind::Government: return QStringLiteral("government");
    case AgencyKind::Department: return QStringLiteral("department");
    case AgencyKind::Other: return QStringLiteral("other");
    }
    return QStringLiteral("department");
}

std::optional<AgencyKind> agencyKindFromKey(const QString &key)
{
    if (key == QLatin1String("government"))
        return AgencyKind::Government;
    if (key == QLatin1String("department"))
        return AgencyKind::Department;
    if (key == QLatin1String("other"))
        return AgencyKind::Other;
    return std::nullopt;
}

AgencyKind likelyAgencyKind(const QString &name)
{
    return name.contains(QStringLiteral("人民政府")) ? AgencyKind::Government : AgencyKind::Department;
}

QString reportStatusKey(ReportStatus s)
{
    return s == ReportStatus::Final ? QStringLiteral("final") : QStringLiteral("draft");
}

std::optional<ReportStatus> reportStatusFromKey(const QString &key)
{
    if (key == QLatin1String("draft"))
        return ReportStatus::Draft;
    if (key == QLatin1String("final"))
        return ReportStatus::Final;
    return std::nullopt;
}

namespace {
struct CollectionKey {
    CollectionStatus status;
    const char *key;
};
constexpr CollectionKey kCollectionKeys[] = {
    {CollectionStatus::Missing, "missing"},     {CollectionStatus::Draft, "draft"},
    {CollectionStatus::Final, "final"},         {CollectionStatus::Submitted, "submitted"},
    {CollectionStatus::Returned, "returned"},
};
} // namespace

QString collectionStatusKey(CollectionStatus s)
{
    for (const auto &k : kCollectionKeys)
        if (k.status == s)
            return QString::fromLatin1(k.key);
    return {};
}

std::optional<CollectionStatus> collectionStatusFromKey(const QString &key)
{
    for (const auto &k : kCollectionKeys)
        if (key == QLatin1String(k.key))
            return k.status;
    return std::nullopt;
}

} // namespace nb::report
