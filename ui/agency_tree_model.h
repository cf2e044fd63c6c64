#pragma once
// The agency tree as the agency manager shows it: one row per agency under its
// parent, with its kind. Dragging an agency onto another (or between another's
// children) asks to move it there; the model never moves anything itself: the
// store decides (a cycle is refused) and the tree is then read again from it,
// so the view can never show a tree the store does not have.
#include "core/store/report_store.h"

#include <QStandardItemModel>

namespace nb::ui {

class AgencyTreeModel : public QStandardItemModel {
    Q_OBJECT
public:
    static constexpr int NameRole = Qt::UserRole + 1;
    static constexpr char kMimeType[] = "application/x-nianbao-agency";

    explicit AgencyTreeModel(QObject *parent = nullptr);

    void reload(const QList<store::AgencyInfo> &agencies);
    // The agency of a row ("" for none, i.e. the top).
    QString agencyAt(const QModelIndex &index) const;
    // The first column's index of the agency; invalid when unknown.
    QModelIndex indexOf(const QString &agency) const;
    static QString kindText(report::AgencyKind kind);

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }
    // Emits moveRequested() and returns false: the drag itself changes nothing.
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

signals:
    // Dropped on `parent` ("" for the top).
    void moveRequested(const QString &agency, const QString &parent);
};

} // namespace nb::ui
