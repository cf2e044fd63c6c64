#pragma once
// The importer reads every published form (web text, pdftotext -layout text,
// HTML) as the same thing: a list of lines, each a list of cells. A line of a
// `|` table or an HTML <tr> has separated cells, where an empty cell is a blank
// in place; a line of layout text has cells split at whitespace, where a blank
// simply is not there.
#include <QList>
#include <QString>
#include <QStringList>

namespace nb::interchange {

struct LayoutLine {
    QString text;       // the whole line, trimmed, for paragraphs
    QStringList cells;  // trimmed cells (separated) or whitespace-separated tokens
    QList<double> centers; // layout text only: each token's middle, in characters from the line start
    bool separated = false;
};

using LayoutLines = QList<LayoutLine>;

} // namespace nb::interchange
