#pragma once
// A table that behaves like a spreadsheet and looks like the printed form:
// header and stub cells are merged as in the official table and never take
// the cursor. Typing replaces, F2 edits. Tab/Shift+Tab, Enter/Shift+Enter and
// the arrows move between input cells only, skipping totals (docs/ui.md,
// Keyboard); a move past the table's first or last input cell is passed to
// the page, which continues in the neighbouring table. Delete clears; copy
// gives tab-separated text and paste takes a block from Excel/WPS, all or
// nothing. Refused input and typing on a read-only cell are explained beside
// the cell; a refused figure stays in the editor to be corrected.
#include "ui/report_table_model.h"

#include <QPersistentModelIndex>
#include <QTableView>
#include <functional>
#include <memory>
#include <optional>

class QMenu;

namespace nb::ui {

class CellMessage;

class ReportTableView : public QTableView {
    Q_OBJECT
public:
    // Where a key takes the cursor. Next/Previous go row by row (Tab),
    // NextDown/PreviousUp column by column (Enter).
    enum class Move { Left, Right, Up, Down, Next, Previous, NextDown, PreviousUp };
    Q_ENUM(Move)

    explicit ReportTableView(ReportTableModel *model, QWidget *parent = nullptr);

    ReportTableModel *reportModel() const { return m_model; }
    void focusCell(int cell);
    bool hasInputCells() const { return firstInput().isValid(); }
    // Gives the keyboard to the table at its current cell (the first input
    // cell until the cursor is moved).
    void enter();
    // Commits a figure being typed, if any; false when refused (the editor
    // stays open with the text and the reason beside it).
    bool commitOpenEditor();
    // Enters from the neighbouring table a move left: its first input cell
    // for a forward move, its last for a backward one.
    void enterFrom(Move move);
    QString selectionAsTsv() const;
    void copySelection();
    // Pastes the clipboard (or `text`) at the current cell; false if refused.
    bool pasteText(const QString &text);
    void pasteClipboard();
    // Delete/Backspace: blanks every input cell of the selection (one undo step).
    void clearSelectedValues();
    QString lastMessage() const { return m_lastMessage; }
    // The message shown beside a cell now ("" when none is).
    QString shownMessage() const;
    CellMessage *cellMessage() const { return m_cellMessage; }
    // A cell's rectangle where the message is drawn (the table's parent).
    QRect cellRectOnHost(const QModelIndex &index) const;
    // Says something beside the current cell until the next key (not a refusal).
    void showNotice(const QString &text);
    // The note of the current input cell: asks for the text (Shift+F2 or the
    // context menu); setCurrentNote("") removes it. Both are undo steps.
    void editCurrentNote();
    bool setCurrentNote(const QString &note);
    using QTableView::edit;
    // An action on the current cell, offered first in the context menu of any
    // data cell (totals too) and reached by its shortcut while the table has
    // the keyboard: an aggregate's 查看构成. `run` gets the cell's index.
    QAction *addCellAction(const QString &text, const QKeySequence &shortcut, std::function<void(int cell)> run);
    // The context menu of a cell (its cell actions first, then notes, copy
    // and paste), with that cell made current; null where none is offered.
    std::unique_ptr<QMenu> cellMenu(const QModelIndex &at);
    // A table only read (an aggregate): the keyboard reaches the totals too,
    // so that every figure can be looked into.
    void setTotalsTakeCursor(bool on);

signals:
    void message(const QString &text); // for the status bar
    // A key moved past this table's first or last input cell.
    void edgeReached(nb::ui::ReportTableView::Move move);
    // The keyboard is in this table (its page remembers it).
    void entered();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void inputMethodEvent(QInputMethodEvent *event) override;
    void keyboardSearch(const QString &) override {} // a typed letter never moves the cursor
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override;
    bool edit(const QModelIndex &index, EditTrigger trigger, QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void commitData(QWidget *editor) override;
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;
    void resizeEvent(QResizeEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    // The selection is drawn only while the table has focus.
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    enum class Order { ByRow, ByColumn };

    void showSelection(bool shown);
    void applySpans();
    void applyColumnWidths();
    void fitHeight();
    void showRefusal(const QModelIndex &index, const QString &message);
    void refuseTyping();
    void hideMessage();
    std::optional<Move> moveForKey(const QKeyEvent *event, bool editing) const;
    void navigate(Move move);
    bool commitEditor(QWidget *editor);
    QModelIndex target(const QModelIndex &from, Move move) const;
    QModelIndex scan(int from, int to, int step, Order order) const;
    int position(const QModelIndex &index, Order order) const;
    QModelIndex dataIndex(int position, Order order) const;
    QModelIndex firstInput() const;
    QModelIndex lastInput(Order order) const;
    QModelIndex step(const QModelIndex &from, int dRow, int dCol) const;
    bool takesCursor(const QModelIndex &index) const;

    ReportTableModel *m_model;
    CellMessage *m_cellMessage;
    QPersistentModelIndex m_editing; // the cell whose editor is open
    bool m_typedEdit = false;        // opened by typing: arrows commit and move, as in spreadsheets
    bool m_refused = false;
    QString m_lastMessage;
    QList<QAction *> m_cellActions;
    bool m_totalsTakeCursor = false;
};

} // namespace nb::ui
