#pragma once
// The reviewer's report (contract §8, `check … --report OUT.html|OUT.csv`): the
// result of checking many reports, as a page a reviewing office can send on or
// a CSV for a spreadsheet. One row per report (file, agency, year, counts of
// errors, warnings and notes, cells that could not be read, each finding with
// the sentence of the report it quotes), then a count per rule, most severe
// first. Reports with errors come first, then those with warnings.
#include "core/interchange/report_file.h"
#include "core/report/definition.h"
#include "core/report/engine.h"
#include "core/report/finding.h"

#include <QCoreApplication>
#include <QDateTime>
#include <vector>

namespace nb::interchange {

struct ReviewedReport {
    QString file;
    QString error; // the file could not be read: why (nothing else is set)
    QString agency;
    int year = 0;
    std::vector<report::Finding> findings;
    int unreadableCells = 0;
    QStringList problems;
    int count(report::Severity s) const;
};

class ReviewReport {
    Q_DECLARE_TR_FUNCTIONS(ReviewReport)
public:
    explicit ReviewReport(std::shared_ptr<const report::Definition> def = report::Definition::builtin());
    // Reads and checks one file (previous: last year's report for the X- rules) and adds it.
    const ReviewedReport &check(const QString &path, const ImportOptions &options = {},
                                const std::optional<report::Report> &previous = std::nullopt);
    void add(ReviewedReport reviewed) { m_reports.push_back(std::move(reviewed)); }
    const std::vector<ReviewedReport> &reports() const { return m_reports; }

    QString html(const QDateTime &when = QDateTime::currentDateTime()) const;
    QByteArray csv() const;
    // By the file's extension (.html/.htm or .csv), written whole or not at all.
    Status write(const QString &path) const;
    static bool supportsPath(const QString &path);

private:
    struct RuleCount {
        QString rule;
        report::Severity severity;
        int findings = 0;
        int reports = 0;
    };
    std::vector<const ReviewedReport *> ordered() const;
    std::vector<RuleCount> ruleCounts() const;
    QString ruleTitle(const QString &rule) const;

    std::shared_ptr<const report::Definition> m_def;
    std::shared_ptr<report::Engine> m_engine; // one engine for every file: loading is cheaper than building
    std::vector<ReviewedReport> m_reports;
};

} // namespace nb::interchange
