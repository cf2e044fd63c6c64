#pragma once
// Draws a cell as usual plus, when the cell has a note (批注), a small corner
// triangle as spreadsheets do; the note itself is in the cell's tooltip.
#include <QStyledItemDelegate>

namespace nb::ui {

class NoteMarkerDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace nb::ui
