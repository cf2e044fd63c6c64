#pragma once
// A small reference model of keyboard entry on one table page, written from
// the rules docs/ui.md states (not from the view's code): where the cursor is,
// where each key takes it, and the figure each input cell must hold.
//
//   Tab / Shift+Tab      next / previous input cell row by row, across the
//                        page's tables in order; at the page's ends it stays.
//   Enter / Shift+Enter  the same column by column (within each table).
//   ← →                  nearest input cell in the row; stays at the edge.
//   ↑ ↓                  nearest input cell in the column; past the edge the
//                        previous table's last / next table's first input cell.
// A figure typed and committed with any of these keys lands on the cell the
// cursor was on, then the cursor moves; a refused figure changes nothing.
#include "core/report/definition.h"

#include <QHash>
#include <QString>
#include <vector>

namespace nb::test {

enum class EntryKey { Tab, BackTab, Enter, ShiftEnter, Left, Right, Up, Down };

class EntryModel {
public:
    struct Pos {
        int table = 0; // position of the table on the page
        int row = 0;
        int col = 0;
        bool operator==(const Pos &o) const { return table == o.table && row == o.row && col == o.col; }
    };

    EntryModel(const report::Definition &def, const QString &sectionKey);

    QString section() const { return m_section; }
    int cursorCell() const { return cellOf(m_cursor); }
    void press(EntryKey key);
    void enterFigure(const QString &shown) { m_expected[cursorCell()] = shown; }
    void clearCurrent() { m_expected[cursorCell()] = QString(); }
    // The figure a cell must show ("" for blank); every input cell of the page.
    const QHash<int, QString> &expected() const { return m_expected; }
    void setExpected(int cell, const QString &shown) { m_expected[cell] = shown; }
    // Puts the cursor on a cell (after a disagreement was counted, to go on).
    void moveTo(int cell);
    std::vector<int> inputCells() const;
    // A wrong rule for showing that the property test can fail: Tab at the
    // end of a row wraps to the first input cell of the same row.
    void breakTabWrap() { m_brokenTabWrap = true; }

private:
    bool isInput(int table, int row, int col) const;
    int cellOf(const Pos &p) const;
    Pos step(const std::vector<Pos> &order, int delta) const;
    Pos alongRow(int delta) const;
    Pos alongColumn(int delta) const;

    const report::Definition &m_def;
    QString m_section;
    QList<int> m_tables; // definition table indices, in page order
    std::vector<Pos> m_rowOrder, m_columnOrder;
    Pos m_cursor;
    QHash<int, QString> m_expected;
    bool m_brokenTabWrap = false;
};

} // namespace nb::test
