#pragma once
// The collection board as a table: one row per agency below the node, the
// columns and texts of collection::boardHeader()/boardFields() (the same as
// the CSV, the web page and the command line). Sorting is by value (counts
// as numbers, statuses in their order, times as times), through BoardProxy,
// which also applies the board's ready-made filters.
#include "core/collection/board.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace nb::ui {

class BoardModel : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int SortRole = Qt::UserRole + 1;
    enum Column { Agency, Parent, Status, Errors, Unexplained, Updated, UpdatedBy, ReturnReason, ErrorRules };

    using QAbstractTableModel::QAbstractTableModel;

    // Replaces the rows; false (and nothing reset) when they are the same.
    bool setBoard(const collection::Board &board);
    const collection::Board &board() const { return m_board; }
    const collection::BoardRow &rowAt(int row) const { return m_board.rows.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    collection::Board m_board;
    QList<QStringList> m_fields; // boardFields() of each row, made once
};

class BoardProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit BoardProxy(QObject *parent = nullptr);
    void setBoardFilter(collection::BoardFilter filter);
    collection::BoardFilter boardFilter() const { return m_filter; }
    // The rows as shown: filtered, in the order shown (what is exported and printed).
    QList<collection::BoardRow> shownRows() const;
    const collection::BoardRow &rowAt(int proxyRow) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    const BoardModel *board() const;
    collection::BoardFilter m_filter = collection::BoardFilter::All;
};

} // namespace nb::ui
