#pragma once
// One table of the report as the printed form shows it: the official header
// rows and the stub (row label) columns are part of the grid, so a view can
// merge them with setSpan() exactly like the paper table. Data cells start at
// (headerHeight, stubWidth). Generated from the definition for every table;
// edits go to the session, never into the model.
#include "core/session/draft_session.h"

#include <QAbstractTableModel>

namespace nb::ui {

class ReportTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Roles { CellIndexRole = Qt::UserRole + 1, SeverityRole, NoteRole };

    ReportTableModel(session::DraftSession *session, int table, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    const report::Table &table() const;
    int tableIndex() const { return m_table; }
    session::DraftSession *session() const { return m_session; }
    // Global cell index of a grid position, -1 for header and stub cells.
    int cellAt(const QModelIndex &index) const;
    QModelIndex indexOfCell(int cell) const;
    bool isInput(const QModelIndex &index) const;
    // The grid cell (header or stub) that starts at this position, if any.
    const report::GridCell *gridCellAt(int row, int col) const;
    QList<report::GridCell> spans() const; // header and stub cells in grid coordinates

signals:
    // Typed input was refused; the message says why. The old value stays.
    void inputRefused(const QModelIndex &index, const QString &message);

private:
    void onChanged(const report::ChangeSet &changes);
    void refreshAll();
    QVariant headerData(const report::GridCell &g, int role) const;
    QVariant cellData(int cell, const QModelIndex &index, int role) const;
    std::optional<report::Severity> worstSeverity(int cell) const;

    session::DraftSession *m_session;
    int m_table;
    QList<report::GridCell> m_grid; // header + stub, grid coordinates
};

} // namespace nb::ui
