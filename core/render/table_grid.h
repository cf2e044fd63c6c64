#pragma once
// One table of the report as a grid of printable cells: the definition's
// header and stub (with their spans) plus the data cells holding the values
// to print. Every output (pages, ODT, HTML, CSV) draws from this one grid, so
// they cannot disagree about labels, spans or figures.
#include "core/report/definition.h"
#include "core/report/engine.h"

#include <QList>
#include <QString>

namespace nb::render {

struct GridEntry {
    enum class Kind { Header, Note, Stub, Value };
    int row = 0; // grid row: header rows first, then data rows
    int col = 0; // grid column: stub columns first
    int rowSpan = 1;
    int colSpan = 1;
    QString text;
    Kind kind = Kind::Value;
    QString cellKey; // Value entries: the definition's cell key
};

class TableGrid {
public:
    static TableGrid build(const report::Table &table, const report::Engine &engine);
    // A list that is not one of the report's tables (the contributors of an
    // aggregate): one header row, the first column a row label; the columns
    // in `textColumns` read left-aligned like labels, the others like figures.
    static TableGrid list(const QString &key, const QStringList &header, const QList<QStringList> &rows,
                          const QList<int> &textColumns);

    const QString &key() const { return m_key; }
    const QString &note() const { return m_note; } // printed under the table
    int rowCount() const { return m_rows; }
    int columnCount() const { return m_cols; }
    int headerRows() const { return m_headerRows; }
    int stubColumns() const { return m_stubColumns; }
    // Entries in reading order (row by row, left to right).
    const QList<GridEntry> &entries() const { return m_entries; }

private:
    QString m_key, m_note;
    int m_rows = 0, m_cols = 0, m_headerRows = 0, m_stubColumns = 0;
    QList<GridEntry> m_entries;
};

// The figure as printed: blank is 0, money keeps its written decimals.
QString printedValue(const report::Engine &engine, int cell);

} // namespace nb::render
