#include "ui/cell_message.h"

#include <QApplication>

namespace nb::ui {

CellMessage::CellMessage(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("cellMessage"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setMargin(4);
    setAutoFillBackground(true);
    setAttribute(Qt::WA_TransparentForMouseEvents); // never in the way of a click on the cells under it
    hide();
}

void CellMessage::showBeside(const QRect &cell, const QString &text, Kind kind)
{
    m_cell = cell;
    m_kind = kind;
    // Tooltip colours, with a red frame for a refusal.
    const QPalette app = QApplication::palette();
    setStyleSheet(QStringLiteral("QLabel#cellMessage { background: %1; color: %2; border: %3px solid %4; }")
                      .arg(app.color(QPalette::ToolTipBase).name(), app.color(QPalette::ToolTipText).name())
                      .arg(kind == Kind::Refusal ? 2 : 1)
                      .arg(kind == Kind::Refusal ? QStringLiteral("#b00020") : app.color(QPalette::Mid).name()));
    setText(text);
    reposition();
    show();
    raise();
}

void CellMessage::reposition()
{
    const QWidget *area = parentWidget();
    const int unit = fontMetrics().horizontalAdvance(QChar(0x4e00));
    const int width = std::min(std::max(m_cell.width(), unit * 16), area->width());
    setFixedWidth(width);
    setFixedHeight(heightForWidth(width));
    int x = std::clamp(m_cell.left(), 0, std::max(0, area->width() - width));
    int y = m_cell.bottom() + 1;
    if (y + height() > area->height()) // no room below: over the cell's top edge
        y = std::max(0, m_cell.top() - height() - 1);
    move(x, y);
}

} // namespace nb::ui
