#include "ui/board_model.h"

#include "core/collection/board_export.h"

#include <QBrush>
#include <QColor>

namespace nb::ui {

using collection::BoardRow;

bool BoardModel::setBoard(const collection::Board &board)
{
    if (board.node == m_board.node && board.year == m_board.year && board.rows == m_board.rows)
        return false;
    beginResetModel();
    m_board = board;
    m_fields.clear();
    m_fields.reserve(board.rows.size());
    for (const BoardRow &row : board.rows)
        m_fields << collection::boardFields(row);
    endResetModel();
    return true;
}

int BoardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_board.rows.size());
}

int BoardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(collection::boardHeader().size());
}

QVariant BoardModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_board.rows.size())
        return {};
    const BoardRow &row = m_board.rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return m_fields.at(index.row()).value(column);
    case SortRole:
        switch (column) {
        case Status:
            return int(row.status);
        case Errors:
            return row.hasReport() ? row.errors : -1;
        case Unexplained:
            return row.hasReport() ? row.unexplained : -1;
        case Updated:
            return row.updated;
        default:
            return m_fields.at(index.row()).value(column);
        }
    case Qt::ForegroundRole:
        if (!row.hasReport())
            return QBrush(QColor(0x70, 0x70, 0x70));
        if ((column == Errors && row.errors > 0) || (column == Status && row.status == report::CollectionStatus::Returned))
            return QBrush(QColor(0xb0, 0x00, 0x20));
        return {};
    case Qt::TextAlignmentRole:
        if (column == Errors || column == Unexplained)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant BoardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return collection::boardHeader().value(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

BoardProxy::BoardProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(BoardModel::SortRole);
    setSortLocaleAware(true);
}

void BoardProxy::setBoardFilter(collection::BoardFilter filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    invalidateRowsFilter();
}

const BoardModel *BoardProxy::board() const
{
    return static_cast<const BoardModel *>(sourceModel());
}

bool BoardProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    return collection::matches(board()->rowAt(sourceRow), m_filter);
}

const BoardRow &BoardProxy::rowAt(int proxyRow) const
{
    return board()->rowAt(mapToSource(index(proxyRow, 0)).row());
}

QList<BoardRow> BoardProxy::shownRows() const
{
    QList<BoardRow> rows;
    for (int r = 0; r < rowCount(); ++r)
        rows << rowAt(r);
    return rows;
}

} // namespace nb::ui
