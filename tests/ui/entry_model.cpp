#include "tests/ui/entry_model.h"

#include <algorithm>

namespace nb::test {

EntryModel::EntryModel(const report::Definition &def, const QString &sectionKey) : m_def(def), m_section(sectionKey)
{
    m_tables = def.section(sectionKey)->tables;
    for (int t = 0; t < m_tables.size(); ++t) {
        const report::Table &table = def.tables().at(m_tables[t]);
        for (int r = 0; r < table.rows.size(); ++r)
            for (int c = 0; c < table.columns.size(); ++c)
                if (isInput(t, r, c))
                    m_rowOrder.push_back({t, r, c});
        for (int c = 0; c < table.columns.size(); ++c)
            for (int r = 0; r < table.rows.size(); ++r)
                if (isInput(t, r, c))
                    m_columnOrder.push_back({t, r, c});
    }
    m_cursor = m_rowOrder.front();
}

bool EntryModel::isInput(int table, int row, int col) const
{
    return !m_def.cells()[m_def.tables().at(m_tables[table]).cellIndex(row, col)].derived;
}

int EntryModel::cellOf(const Pos &p) const { return m_def.tables().at(m_tables[p.table]).cellIndex(p.row, p.col); }

std::vector<int> EntryModel::inputCells() const
{
    std::vector<int> out;
    for (const Pos &p : m_rowOrder)
        out.push_back(cellOf(p));
    return out;
}

void EntryModel::moveTo(int cell)
{
    for (const Pos &p : m_rowOrder)
        if (cellOf(p) == cell)
            m_cursor = p;
}

EntryModel::Pos EntryModel::step(const std::vector<Pos> &order, int delta) const
{
    const auto at = std::find(order.begin(), order.end(), m_cursor);
    const auto i = (at - order.begin()) + delta;
    return i >= 0 && i < std::ptrdiff_t(order.size()) ? order[i] : m_cursor;
}

EntryModel::Pos EntryModel::alongRow(int delta) const
{
    const int cols = int(m_def.tables().at(m_tables[m_cursor.table]).columns.size());
    for (int c = m_cursor.col + delta; c >= 0 && c < cols; c += delta)
        if (isInput(m_cursor.table, m_cursor.row, c))
            return {m_cursor.table, m_cursor.row, c};
    return m_cursor;
}

EntryModel::Pos EntryModel::alongColumn(int delta) const
{
    const int rows = int(m_def.tables().at(m_tables[m_cursor.table]).rows.size());
    for (int r = m_cursor.row + delta; r >= 0 && r < rows; r += delta)
        if (isInput(m_cursor.table, r, m_cursor.col))
            return {m_cursor.table, r, m_cursor.col};
    // Past the edge: the neighbouring table's first (down) or last (up) input cell.
    for (const Pos &p : m_rowOrder)
        if (delta > 0 && p.table > m_cursor.table)
            return p;
    for (auto p = m_rowOrder.rbegin(); p != m_rowOrder.rend(); ++p)
        if (delta < 0 && p->table < m_cursor.table)
            return *p;
    return m_cursor;
}

void EntryModel::press(EntryKey key)
{
    switch (key) {
    case EntryKey::Tab:
        if (m_brokenTabWrap && alongRow(1) == m_cursor) {
            for (const Pos &p : m_rowOrder)
                if (p.table == m_cursor.table && p.row == m_cursor.row) {
                    m_cursor = p;
                    return;
                }
        }
        m_cursor = step(m_rowOrder, 1);
        break;
    case EntryKey::BackTab: m_cursor = step(m_rowOrder, -1); break;
    case EntryKey::Enter: m_cursor = step(m_columnOrder, 1); break;
    case EntryKey::ShiftEnter: m_cursor = step(m_columnOrder, -1); break;
    case EntryKey::Left: m_cursor = alongRow(-1); break;
    case EntryKey::Right: m_cursor = alongRow(1); break;
    case EntryKey::Up: m_cursor = alongColumn(-1); break;
    case EntryKey::Down: m_cursor = alongColumn(1); break;
    }
}

} // namespace nb::test
