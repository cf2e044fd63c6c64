#pragma once
// What the importer of published reports hands back: the report it read and,
// for the user to review before a draft is created, every cell it could not
// read (which cell, what was printed, why) and remarks about the document.
// The structure findings (RS-SECTIONS, RS-ROWS, RS-OLD-TEMPLATE) come from the
// engine, which reads report.imported.
#include "core/report/report.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace nb::interchange {

struct UnreadableCell {
    QString cell;    // cell key
    QString printed; // what the report printed there (empty when the row was not found)
    QString reason;  // why it was left blank, in plain Chinese
};

struct ImportResult {
    report::Report report;
    QList<UnreadableCell> unreadable;
    QStringList blankCells; // printed blank, "—" or "/": left blank (counted as 0 by the rules)
    QStringList notes;      // about the whole document: no title found, year taken from …
    QString encoding;       // UTF-8, GB18030 …
};

} // namespace nb::interchange
