#pragma once
// One agency's report for one year, as plain data: what a package file, a
// database draft and the engine exchange. Cells hold input values and, for
// derived cells, "stated" values (printed totals of an imported report); a
// missing key means blank.
#include "core/report/decimal.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace nb::report {

// Other: a body that is neither a government nor one of its departments (an organisation
// authorised by law to manage public affairs, a public institution); contract §8 `--kind other`.
enum class AgencyKind { Government, Department, Other };
enum class ReportStatus { Draft, Final };
// Where an agency's report of a year stands for the office that collects it
// (contract §9), in this order: none, draft, final, submitted to the parent,
// returned by the parent (a draft again, with a reason).
enum class CollectionStatus { Missing, Draft, Final, Submitted, Returned };

QString agencyKindKey(AgencyKind k);   // "government" / "department" / "other"
std::optional<AgencyKind> agencyKindFromKey(const QString &key);
QString reportStatusKey(ReportStatus s); // "draft" / "final"
std::optional<ReportStatus> reportStatusFromKey(const QString &key);
// For an agency known only by name (a package's parent): a 人民政府 (or its
// 办公厅/室) is a government, anything else a department.
AgencyKind likelyAgencyKind(const QString &name);
QString collectionStatusKey(CollectionStatus s); // "missing" / "draft" / "final" / "submitted" / "returned"
std::optional<CollectionStatus> collectionStatusFromKey(const QString &key);

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

// One agency counted in an aggregate (汇总), as the package's "contributors"
// carries it: enough for the AGG- rules to give the same findings from the
// package alone as from the database that made it.
struct Contributor {
    QString agency;
    CollectionStatus status = CollectionStatus::Missing;
    QStringList errors;          // rule IDs of its error findings, each once
    int unexplainedWarnings = 0; // warnings without 说明
    bool operator==(const Contributor &) const = default;
};

// What makes a report an aggregate: the agencies below the node and last
// year's aggregate of the same agencies' 结转下年度 row (for AGG-CARRY), so that
// the package alone is enough to check it.
struct AggregateInfo {
    QList<Contributor> contributors;
    int previousYear = 0;                    // 0: none of them had a report last year
    int previousAgencies = 0;                // how many of them had one
    QMap<QString, Decimal> previousCarriedOut; // cell key of 结转下年度 → last year's sum
    bool operator==(const AggregateInfo &) const = default;
};

struct Report {
    QString agencyName;
    AgencyKind agencyKind = AgencyKind::Department;
    QString agencyParent;   // the agency above it in the collection tree; empty when none is known
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
    std::optional<AggregateInfo> aggregate; // set for a 汇总 only

    bool operator==(const Report &) const = default;
};

} // namespace nb::report
