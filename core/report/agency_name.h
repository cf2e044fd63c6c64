#pragma once
// What may be an agency's name, asked by every reader of one (package, importer,
// command line, stores, the windows): names end up in file names, in SQL
// parameters, in terminals and on printed pages, so control and format
// characters, path separators, quotes and semicolons, the replacement character
// of a wrongly decoded text (U+FFFD) are refused, as are names without a
// single letter ("..") and names longer than any real agency's.
#include "core/report/result.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace nb::report {

class AgencyName {
    Q_DECLARE_TR_FUNCTIONS(AgencyName)
public:
    static constexpr int kMaxLength = 100;

    // nullopt for an acceptable (trimmed) name; otherwise the refusal, code
    // "agency.name", with a message naming what is wrong and where.
    static std::optional<Error> check(const QString &name);
    // The text with every control or format character written as U+XXXX, so
    // that a message quoting a hostile name cannot steer a terminal or a layout.
    static QString printable(const QString &text);
    // Whether the text has a control or format character (printable() would change it).
    static bool hasInvisible(const QString &text);
};

// The years a report may be for, whoever reads one (package, command line,
// importer options, stores).
inline constexpr int kFirstReportYear = 2000;
inline constexpr int kLastReportYear = 2100;
inline bool isReportYear(int year)
{
    return year >= kFirstReportYear && year <= kLastReportYear;
}

} // namespace nb::report
