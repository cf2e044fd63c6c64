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

// Other: a body that is neither a government nor one of its departments (an organisation
// authorised by law to manage public affairs, a public institution); contract §8 `--kind other`.
enum class AgencyKind { Government, Department, Other };
enum class ReportStatus { Draft, Final };

QString agencyKindKey(AgencyKind k);   // "government" / "department" / "other"
std::optional<AgencyKind> agencyKindFromKey(const QString &key);
QString reportStatusKey(ReportStatus s); // "draft" / "final"
std::optional<ReportStatus> reportStatusFromKey(const QString &key);

// What an importer saw of a published report's layout. Empty for drafts typed
// in the application; the structure checks (RS-SECTIONS, RS-ROWS,
// RS-OLD-TEMPLATE) and RT-YEAR read it. Not stored in packages.
struct ImportedLayout {
    bool present = false;            // the report came from the importer
    QStringList sections;            // section keys in the order their headings were found
    QStringList missingRows;         // row keys of official rows not found
    QStringList missingColumns;      // "<table key>:<column key>" of official columns not found
    QStringList foreignLabels;       // table labels that are not in the 2021 layout, as printed
    int titleYear = 0;               // the year in the title; 0 when there was no title
    QString preface;                 // text between the title and 一、 (statistics period …)
    bool operator==(const ImportedLayout &) const = default;
};

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
    ImportedLayout imported;             // set by the importer of published reports only

    bool operator==(const Report &) const = default;
};

} // namespace nb::report
