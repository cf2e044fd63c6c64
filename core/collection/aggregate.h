#pragma once
// 汇总 (contract §9): the aggregate of a node for a year is a report of its own,
// "<node>（汇总）" of the node's kind, whose every cell of 二, 三 and 四 is the
// exact sum of that cell over the agencies with a report (printed totals
// ignored, derived cells recomputed), with empty texts and the contributors
// (every agency in scope with its status, error rules and unexplained
// warnings). Last year's aggregate of the same agencies goes with it, for
// AGG-CARRY, the X- rules and compare. Each agency's figures are kept, so a
// cell can be explained (explain.h).
#include "core/report/definition.h"
#include "core/report/report.h"
#include "core/store/report_store.h"

#include <QCoreApplication>
#include <functional>
#include <optional>
#include <vector>

namespace nb::collection {

// One agency with a report: its figures (indexed like Definition::cells(),
// derived cells computed).
struct Contribution {
    QString agency;
    report::CollectionStatus status = report::CollectionStatus::Draft;
    std::vector<report::Decimal> values;
};

struct Aggregate {
    report::Report report;                  // the aggregate, AggregateInfo set
    std::optional<report::Report> previous; // last year's aggregate of the same agencies
    QList<Contribution> contributions;      // in the contributors' order
    const report::Contributor *contributor(const QString &agency) const;
};

// "示例市人民政府（汇总）"
QString aggregateName(const QString &node);

// Sums reports one at a time, so that a thousand package files need not all
// be held at once.
class AggregateBuilder {
public:
    AggregateBuilder(std::shared_ptr<const report::Definition> def, const QString &node, report::AgencyKind kind,
                     int year);
    // An agency in scope with no report for the year.
    void addMissing(const QString &agency);
    // An agency's report of the year, with what its checks found.
    void add(const report::Report &report, report::CollectionStatus status, const QStringList &errorRules,
             int unexplainedWarnings);
    // The same agency's report of the year before (only for agencies added).
    void addPrevious(const report::Report &previous);
    // Names the node when it is known only at the end (files).
    void setNode(const QString &node, report::AgencyKind kind);
    // Contributors stay in the order added unless sorted by agency name.
    Aggregate finish(bool sortByName = false);

private:
    static void sumInto(std::vector<report::Decimal> &sums, std::vector<bool> &present,
                        const std::vector<report::Decimal> &values, const report::Report &report,
                        const report::Definition &def);
    report::Report made(const std::vector<report::Decimal> &sums, const std::vector<bool> &present, int year) const;

    std::shared_ptr<const report::Definition> m_def;
    QString m_node;
    report::AgencyKind m_kind;
    int m_year;
    report::AggregateInfo m_info;
    QList<Contribution> m_contributions;
    std::vector<report::Decimal> m_sums, m_previousSums;
    std::vector<bool> m_present, m_previousPresent;
    int m_previousCount = 0;
};

class Aggregation {
    Q_DECLARE_TR_FUNCTIONS(Aggregation)
public:
    // From the database: every agency below `node` (or the `chosen` ones,
    // which must be known agencies); "" is every agency, named 全部机关.
    // "collection.node" for an unknown node or chosen agency.
    static Result<Aggregate> fromStore(store::ReportStore &store, const QString &node, int year,
                                       const QStringList &chosen = {});
    // From reports read from files (packages or published reports), read one
    // at a time by `read` and let go after: each is checked on its own (no
    // previous year); the node is `node`, or the parent all of them name, or
    // 各机关. Its kind is `kind` when given; else the node's (likelyAgencyKind);
    // for 各机关, the kind all the reports share, or when they differ
    // government if one of them is a government, else other.
    // A published report (text, web page, PDF: Report::imported) is final by
    // definition; a package counts with the status it carries.
    // "collection.year" for a report of another year, "collection.duplicate"
    // for two of one agency; a reader's error stops it.
    using ReportReader = std::function<Result<report::Report>(qsizetype index)>;
    static Result<Aggregate> fromReports(qsizetype count, const ReportReader &read, int year, const QString &node = {},
                                         std::optional<report::AgencyKind> kind = std::nullopt);
    static Result<Aggregate> fromReports(const QList<report::Report> &reports, int year, const QString &node = {},
                                         std::optional<report::AgencyKind> kind = std::nullopt);
};

} // namespace nb::collection
