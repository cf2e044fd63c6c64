#pragma once
// A short message shown beside a table cell (not only in the status bar): why
// typed input was refused, or that the cursor is at the end of the page. It
// stays until the table clears it, unlike a tooltip, so it can be read while
// the typed text is corrected.
#include <QLabel>

namespace nb::ui {

class CellMessage : public QLabel {
    Q_OBJECT
public:
    enum class Kind { Refusal, Notice };

    explicit CellMessage(QWidget *parent);
    // Shows `text` under the cell (over it when there is no room below),
    // inside the parent widget; `cell` is in the parent's coordinates.
    void showBeside(const QRect &cell, const QString &text, Kind kind);
    Kind kind() const { return m_kind; }
    QRect cell() const { return m_cell; }
    // Places the message again (after the parent was resized).
    void reposition();

private:
    QRect m_cell;
    Kind m_kind = Kind::Refusal;
};

} // namespace nb::ui
