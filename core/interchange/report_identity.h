#pragma once
// Who published a report and for which year, wherever the published copy says
// it: the title in the body (also broken over two lines, year first, with
// spaces between figures and characters), the page's <title> (followed by the
// site's name) or <meta name="ArticleTitle">, the statistics period, the
// signature at the end (agency and date), the first sentence of 一. An
// abbreviated agency in the title (市科委) is completed from a fuller name found
// elsewhere. Every guess that is not the title is listed as a note; what the
// user supplies (--agency/--kind/--year, the import preview) wins.
#include "core/interchange/import_result.h"
#include "core/interchange/layout_line.h"
#include "core/report/definition.h"

#include <QDate>
#include <optional>

namespace nb::interchange {

// What the user supplies or overrides; empty / 0 / nullopt: take the report's own.
struct ImportOptions {
    QString agency;
    std::optional<report::AgencyKind> kind;
    int year = 0;
};

struct TitleParts {
    QString agency;
    int year = 0;
};

// "示范市人民政府2023年政府信息公开工作年度报告", "2024年上海市科委政府信息公开工作年度报告"
// (normalised: no spaces). nullopt when the text is not such a title.
std::optional<TitleParts> parseTitle(const QString &normalized, const report::Definition &def);

// The title among the first lines (before `end`), alone or joined with the next
// line; `bodyStart` is set to the line after it.
std::optional<TitleParts> findBodyTitle(const LayoutLines &lines, int end, const report::Definition &def, int &bodyStart);

struct Signature {
    QString agency; // empty when only the date was signed
    QDate date;
};
// The signature that ends the report (an agency line and a date line, or both
// on one line) within lines [from, to); `to` is moved before it so that it is
// not read as part of the last section.
std::optional<Signature> takeSignature(const LayoutLines &lines, int from, int &to);

struct IdentitySources {
    std::optional<TitleParts> bodyTitle;
    QString headTitle;       // <title>
    QStringList metaTitles;  // ArticleTitle first
    std::optional<Signature> signature;
    QString fileName;
};

// Sets report.agencyName, agencyKind, year and imported.titleYear, with notes.
void settleIdentity(const IdentitySources &sources, const ImportOptions &options, const report::Definition &def,
                    ImportResult &out);

// 人民政府 (and its 办公厅/办公室) is a government; everything else a department.
report::AgencyKind kindFromName(const QString &agency);

} // namespace nb::interchange
