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

} // namespace nb::report
