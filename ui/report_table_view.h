#pragma once
// A table that behaves like a spreadsheet and looks like the printed form:
// header and stub cells are merged as in the official table and never take
// the cursor; typing replaces, Enter commits and moves down, Tab moves right,
// Delete clears, F2 edits; copy gives tab-separated text and paste takes a
// block from Excel/WPS, all or nothing. Refused input is explained next to
// the cell and the old value stays.
#include "ui/report_table_model.h"

#include <QTableView>

namespace nb::ui {

class ReportTableView : public QTableView {
    Q_OBJECT
public:
    explicit ReportTableView(ReportTableModel *model, QWidget *parent = nullptr);

    ReportTableModel *reportModel() const { return m_model; }
    void focusCell(int cell);
    QString selectionAsTsv() const;
    void copySelection();
    // Pastes the clipboard (or `text`) at the current cell; false if refused.
    bool pasteText(const QString &text);
    void pasteClipboard();
    // Delete/Backspace: blanks every input cell of the selection (one undo step).
    void clearSelectedValues();
    QString lastMessage() const { return m_lastMessage; }
    // The note of the current input cell: asks for the text (Shift+F2 or the
    // context menu); setCurrentNote("") removes it. Both are undo steps.
    void editCurrentNote();
    bool setCurrentNote(const QString &note);

signals:
    void message(const QString &text); // for the status bar

protected:
    void keyPressEvent(QKeyEvent *event) override;
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override;
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;
    void resizeEvent(QResizeEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    // The selection is drawn only while the table has focus.
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void showSelection(bool shown);
    void applySpans();
    void applyColumnWidths();
    void fitHeight();
    void showRefusal(const QModelIndex &index, const QString &message);
    QModelIndex step(const QModelIndex &from, int dRow, int dCol) const;
    QModelIndex firstDataIndex() const;

    ReportTableModel *m_model;
    bool m_refused = false;
    QString m_lastMessage;
};

} // namespace nb::ui
