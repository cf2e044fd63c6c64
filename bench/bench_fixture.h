#pragma once
#include "core/report/report.h"
#include "core/storage/sqlite_report_store.h"

#include <QByteArray>
#include <memory>

namespace nb::bench {
// The full, rule-abiding fixture report of the test suite (tests/data/full-2023.nianbao.json).
QByteArray fullPackageJson();
report::Report fullReport();

std::unique_ptr<storage::SqliteReportStore> openOrDie(const QString &path);

// A database of 2,000 agencies × 5 years (2019–2023), 10,000 reports, made
// once in the temp folder and reused by later runs (and by bench/startup.sh
// and bench/time_list_cli.sh through nianbao-bench --make-database).
constexpr int kBigAgencies = 2000;
constexpr int kBigFirstYear = 2019, kBigYears = 5;
QString bigAgencyName(int i);
// Shared: the one the benchmarks write to (edits, kept finding counts).
// Pristine: a second file no benchmark writes to (no count kept), which the
// cold runs copy.
enum class Use { Shared, Pristine };
QString bigDatabase(Use use = Use::Shared);

// A city of 1,000 agencies under one node, each with reports of 2022 and
// 2023 (figures differing from agency to agency), for 汇总 and explain;
// made once in the temp folder. Its finding counts are not kept: the first
// reader checks every report.
constexpr int kCityAgencies = 1000;
QString cityNode();
QString cityAgencyName(int i);
report::Report cityReport(int i, int year);
QString cityDatabase(Use use = Use::Shared);
// The same city's 2023 reports as 1,000 package files in a temp folder, made once.
QStringList cityPackageFiles();
} // namespace nb::bench
