#include "ui/note_marker_delegate.h"

#include "ui/report_table_model.h"

#include <QLineEdit>
#include <QPainter>
#include <QPainterPath>

namespace nb::ui {

void NoteMarkerDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    if (index.data(ReportTableModel::NoteRole).toString().isEmpty())
        return;
    const int size = std::max(6, option.rect.height() / 4);
    const QRect r = option.rect;
    QPainterPath corner;
    corner.moveTo(r.right() - size, r.top());
    corner.lineTo(r.right(), r.top());
    corner.lineTo(r.right(), r.top() + size);
    corner.closeSubpath();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->fillPath(corner, QColor(0xc0, 0x60, 0x00)); // the orange spreadsheets use for comments
    painter->restore();
}

void NoteMarkerDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    // QAbstractItemView calls this again whenever the edited cell's data
    // changes; what the user typed wins until they commit or cancel.
    if (auto *line = qobject_cast<QLineEdit *>(editor); line && line->isModified())
        return;
    QStyledItemDelegate::setEditorData(editor, index);
}

} // namespace nb::ui
