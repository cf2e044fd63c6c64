#pragma once
// Draws a cell as usual plus, when the cell has a note (批注), a small corner
// triangle as spreadsheets do; the note itself is in the cell's tooltip.
// An editor the user has typed into keeps the typing when the cell's value
// changes underneath (another window or program edited the same cell).
#include <QStyledItemDelegate>

namespace nb::ui {

class NoteMarkerDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
};

} // namespace nb::ui
