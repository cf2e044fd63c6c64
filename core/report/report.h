#pragma once
// One agency's report for one year, as plain data: what a package file, a
// database draft and the engine exchange. Cells hold input values and, for
// derived cells, "stated" values (printed totals of an imported report); a
// missing key means blank.
#include "core/report/decimal.h"

#include <QDate>
#include <QMap>
#include <QString>
#include <QStringList>

namespace nb::report {

enum class AgencyKind { Government, Department };
enum class ReportStatus { Draft, Final };

QString agencyKindKey(AgencyKind k);   // "government" / "department"
std::optional<AgencyKind> agencyKindFromKey(const QString &key);
QString reportStatusKey(ReportStatus s); // "draft" / "final"
std::optional<ReportStatus> reportStatusFromKey(const QString &key);

struct Report {
    QString agencyName;
    AgencyKind agencyKind = AgencyKind::Department;
    int year = 0;
    ReportStatus status = ReportStatus::Draft;
    QString documentNumber; // 文号, optional
    QDate publishDate;      // optional

    QMap<QString, Decimal> cells;        // cell key → value; absent = blank
    QMap<QString, QString> texts;        // section key → text
    QMap<QString, QString> cellNotes;    // cell key → remark (含自然失效29件)
    QMap<QString, QString> explanations; // rule ID → 说明 for a kept warning
    QStringList textsToRevise;           // text sections carried from last year, not yet edited

    bool operator==(const Report &) const = default;
};

} // namespace nb::report
