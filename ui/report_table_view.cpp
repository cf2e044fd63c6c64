#include "ui/report_table_view.h"

#include "core/session/tsv_block.h"
#include "ui/cell_message.h"
#include "ui/note_marker_delegate.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QInputDialog>
#include <QMenu>
#include <QKeyEvent>

namespace nb::ui {

ReportTableView::ReportTableView(ReportTableModel *model, QWidget *parent)
    : QTableView(parent), m_model(model), m_cellMessage(nullptr)
{
    // Messages are drawn on the page around the table, so one under the last
    // row (四 has one) is not cut off by the table's edge.
    m_cellMessage = new CellMessage(parent ? parent : viewport());
    setModel(model);
    horizontalHeader()->hide();
    verticalHeader()->hide();
    setWordWrap(true);
    setTextElideMode(Qt::ElideNone);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                    | QAbstractItemView::AnyKeyPressed);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setGridStyle(Qt::SolidLine);
    setItemDelegate(new NoteMarkerDelegate(this));
    applySpans();
    applyColumnWidths();
    setCurrentIndex(firstInput());
    showSelection(false);
    connect(model, &ReportTableModel::inputRefused, this, [this](const QModelIndex &i, const QString &text) {
        m_refused = true; // the editor stays open (or the cursor stays) on the refused cell
        showRefusal(i, text);
    });
}

void ReportTableView::applySpans()
{
    for (const report::GridCell &g : m_model->spans())
        if (g.rowSpan > 1 || g.colSpan > 1)
            setSpan(g.row, g.col, g.rowSpan, g.colSpan);
}

// Wide stub columns for the row labels (the deepest column gets the long
// sub-item labels); data columns just wide enough for figures.
void ReportTableView::applyColumnWidths()
{
    const report::Table &t = m_model->table();
    const int unit = fontMetrics().horizontalAdvance(QChar(0x4e00)); // one ideograph
    const int stubTotal = unit * (t.stubWidth == 1 ? 10 : 26);
    for (int c = 0; c < t.stubWidth; ++c) {
        const bool deepest = c == t.stubWidth - 1;
        setColumnWidth(c, t.stubWidth == 1 ? stubTotal : deepest ? stubTotal / 2 : stubTotal / 4);
    }
    const int dataWidth = unit * (t.columns.size() > 10 ? 5 : 6);
    // Money keeps up to six decimals as written (4166.241619 万元): room for 15 digits.
    const int moneyWidth = fontMetrics().horizontalAdvance(QStringLiteral("0000000.0000000"));
    for (int c = 0; c < t.columns.size(); ++c)
        setColumnWidth(t.stubWidth + c, t.columns[c].type == report::ValueType::Money ? moneyWidth : dataWidth);
    int total = 2 * frameWidth();
    for (int c = 0; c < model()->columnCount(); ++c)
        total += columnWidth(c);
    setFixedWidth(total);
}

void ReportTableView::fitHeight()
{
    resizeRowsToContents();
    int total = 2 * frameWidth();
    for (int r = 0; r < model()->rowCount(); ++r)
        total += rowHeight(r);
    setFixedHeight(total);
}

void ReportTableView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    fitHeight();
    if (m_cellMessage->isVisible())
        m_cellMessage->showBeside(cellRectOnHost(currentIndex()), m_cellMessage->text(), m_cellMessage->kind());
}

// Data cells are numbered row by row (Tab's order) or column by column
// (Enter's order); position() and dataIndex() convert.
int ReportTableView::position(const QModelIndex &index, Order order) const
{
    const report::Table &t = m_model->table();
    const int r = index.row() - t.headerHeight, c = index.column() - t.stubWidth;
    return order == Order::ByRow ? r * int(t.columns.size()) + c : c * int(t.rows.size()) + r;
}

QModelIndex ReportTableView::dataIndex(int position, Order order) const
{
    const report::Table &t = m_model->table();
    const int rows = int(t.rows.size()), cols = int(t.columns.size());
    const int r = order == Order::ByRow ? position / cols : position % rows;
    const int c = order == Order::ByRow ? position % cols : position / rows;
    return m_model->index(t.headerHeight + r, t.stubWidth + c);
}

// The first input cell from position `from` towards `to` (exclusive) in
// steps of `step`; invalid when there is none.
QModelIndex ReportTableView::scan(int from, int to, int step, Order order) const
{
    for (int p = from; p != to; p += step)
        if (const QModelIndex i = dataIndex(p, order); takesCursor(i))
            return i;
    return {};
}

bool ReportTableView::takesCursor(const QModelIndex &index) const
{
    return m_totalsTakeCursor ? m_model->cellAt(index) >= 0 : m_model->isInput(index);
}

void ReportTableView::setTotalsTakeCursor(bool on)
{
    m_totalsTakeCursor = on;
}

QAction *ReportTableView::addCellAction(const QString &text, const QKeySequence &shortcut,
                                       std::function<void(int cell)> run)
{
    auto *action = new QAction(text, this);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetShortcut);
    connect(action, &QAction::triggered, this, [this, run = std::move(run)] {
        if (const int cell = m_model->cellAt(currentIndex()); cell >= 0)
            run(cell);
    });
    addAction(action);
    m_cellActions << action;
    return action;
}

QModelIndex ReportTableView::firstInput() const
{
    const report::Table &t = m_model->table();
    return scan(0, int(t.rows.size() * t.columns.size()), 1, Order::ByRow);
}

QModelIndex ReportTableView::lastInput(Order order) const
{
    const report::Table &t = m_model->table();
    return scan(int(t.rows.size() * t.columns.size()) - 1, -1, -1, order);
}

// Where a key takes the cursor, over input cells only. Left and Right stay at
// the row's ends; the other moves give an invalid index past the table's
// first or last input cell, for the page to continue in the next table.
QModelIndex ReportTableView::target(const QModelIndex &from, Move move) const
{
    if (m_model->cellAt(from) < 0)
        return firstInput();
    const report::Table &t = m_model->table();
    const int rows = int(t.rows.size()), cols = int(t.columns.size());
    const int r = from.row() - t.headerHeight, c = from.column() - t.stubWidth;
    const int byRow = position(from, Order::ByRow), byColumn = position(from, Order::ByColumn);
    switch (move) {
    case Move::Right: {
        const QModelIndex i = scan(byRow + 1, (r + 1) * cols, 1, Order::ByRow);
        return i.isValid() ? i : from;
    }
    case Move::Left: {
        const QModelIndex i = scan(byRow - 1, r * cols - 1, -1, Order::ByRow);
        return i.isValid() ? i : from;
    }
    case Move::Down: return scan(byColumn + 1, (c + 1) * rows, 1, Order::ByColumn);
    case Move::Up: return scan(byColumn - 1, c * rows - 1, -1, Order::ByColumn);
    case Move::Next: return scan(byRow + 1, rows * cols, 1, Order::ByRow);
    case Move::Previous: return scan(byRow - 1, -1, -1, Order::ByRow);
    case Move::NextDown: return scan(byColumn + 1, rows * cols, 1, Order::ByColumn);
    case Move::PreviousUp: return scan(byColumn - 1, -1, -1, Order::ByColumn);
    }
    return from;
}

// The neighbour among all data cells (totals included), for extending a
// selection with Shift+arrows; the same index at the edge.
QModelIndex ReportTableView::step(const QModelIndex &from, int dRow, int dCol) const
{
    const QModelIndex next = m_model->index(from.row() + dRow, from.column() + dCol);
    return m_model->cellAt(next) >= 0 ? next : from;
}

// Reached for the keys keyPressEvent() leaves to Qt: Shift+arrows (selection),
// Home/End, PageUp/PageDown.
QModelIndex ReportTableView::moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers)
{
    const QModelIndex cur = currentIndex();
    if (m_model->cellAt(cur) < 0)
        return firstInput();
    const report::Table &t = m_model->table();
    const int rowStart = (cur.row() - t.headerHeight) * int(t.columns.size());
    switch (action) {
    case MoveUp: return step(cur, -1, 0);
    case MoveDown: return step(cur, 1, 0);
    case MoveLeft: return step(cur, 0, -1);
    case MoveRight: return step(cur, 0, 1);
    case MoveHome: {
        const QModelIndex i = scan(rowStart, rowStart + int(t.columns.size()), 1, Order::ByRow);
        return i.isValid() ? i : cur;
    }
    case MoveEnd: {
        const QModelIndex i = scan(rowStart + int(t.columns.size()) - 1, rowStart - 1, -1, Order::ByRow);
        return i.isValid() ? i : cur;
    }
    case MoveNext:
    case MovePrevious: {
        const QModelIndex i = target(cur, action == MoveNext ? Move::Next : Move::Previous);
        return i.isValid() ? i : cur;
    }
    default: {
        const QModelIndex i = QTableView::moveCursor(action, modifiers);
        return m_model->cellAt(i) >= 0 ? i : cur;
    }
    }
}

std::optional<ReportTableView::Move> ReportTableView::moveForKey(const QKeyEvent *event, bool editing) const
{
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    const bool plain = mods == Qt::NoModifier, shift = mods == Qt::ShiftModifier;
    switch (event->key()) {
    case Qt::Key_Tab:
        return plain ? std::optional(Move::Next) : shift ? std::optional(Move::Previous) : std::nullopt;
    case Qt::Key_Backtab:
        return plain || shift ? std::optional(Move::Previous) : std::nullopt;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        return plain ? std::optional(Move::NextDown) : shift ? std::optional(Move::PreviousUp) : std::nullopt;
    case Qt::Key_Up: return plain ? std::optional(Move::Up) : std::nullopt;
    case Qt::Key_Down: return plain ? std::optional(Move::Down) : std::nullopt;
    // In an editor opened by F2 or a double click, Left and Right move in the text.
    case Qt::Key_Left: return plain && (!editing || m_typedEdit) ? std::optional(Move::Left) : std::nullopt;
    case Qt::Key_Right: return plain && (!editing || m_typedEdit) ? std::optional(Move::Right) : std::nullopt;
    default: return std::nullopt;
    }
}

void ReportTableView::navigate(Move move)
{
    const QModelIndex to = target(currentIndex(), move);
    if (!to.isValid()) {
        emit edgeReached(move);
        return;
    }
    setCurrentIndex(to);
}

void ReportTableView::enter()
{
    if (m_model->cellAt(currentIndex()) < 0)
        setCurrentIndex(firstInput());
    setFocus(Qt::OtherFocusReason);
}

void ReportTableView::enterFrom(Move move)
{
    const bool backward = move == Move::Up || move == Move::Previous || move == Move::PreviousUp || move == Move::Left;
    setCurrentIndex(!backward ? firstInput() : lastInput(move == Move::PreviousUp ? Order::ByColumn : Order::ByRow));
    setFocus(backward ? Qt::BacktabFocusReason : Qt::TabFocusReason);
}

bool ReportTableView::edit(const QModelIndex &index, EditTrigger trigger, QEvent *event)
{
    if (!QTableView::edit(index, trigger, event))
        return false;
    if (QWidget *editor = indexWidget(index)) {
        m_editing = index;
        m_typedEdit = trigger == AnyKeyPressed;
        editor->installEventFilter(this); // installed after the delegate's filter, so it sees keys first
    }
    return true;
}

// The keys that move commit the editor first; a refused figure keeps the
// editor open with what was typed, and the cursor does not move.
bool ReportTableView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress && m_editing.isValid() && watched == indexWidget(m_editing)) {
        if (const auto move = moveForKey(static_cast<QKeyEvent *>(event), true)) {
            if (commitEditor(static_cast<QWidget *>(watched)))
                navigate(*move);
            return true;
        }
    }
    return QTableView::eventFilter(watched, event);
}

bool ReportTableView::commitOpenEditor()
{
    QWidget *editor = m_editing.isValid() ? indexWidget(m_editing) : nullptr;
    return !editor || commitEditor(editor);
}

bool ReportTableView::commitEditor(QWidget *editor)
{
    commitData(editor);
    if (m_refused) {
        m_refused = false;
        // Committing reinstalled the delegate's filter ahead of this one: put
        // this one first again, or the next Tab would reach the delegate.
        editor->installEventFilter(this);
        return false;
    }
    closeEditor(editor, QAbstractItemDelegate::NoHint);
    return true;
}

void ReportTableView::commitData(QWidget *editor)
{
    m_refused = false; // set again by the model's inputRefused signal
    QTableView::commitData(editor);
}

// Closing for any reason but a moving key (focus leaving, a click on another
// cell, Escape) never moves the cursor. An accepted figure or Escape clears
// the message; a refusal keeps it beside the cell.
void ReportTableView::closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint)
{
    m_editing = QPersistentModelIndex();
    if (!m_refused || hint == QAbstractItemDelegate::RevertModelCache)
        hideMessage();
    m_refused = false;
    QTableView::closeEditor(editor, hint == QAbstractItemDelegate::RevertModelCache ? hint
                                                                                  : QAbstractItemDelegate::NoHint);
}

void ReportTableView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    if (current != previous)
        hideMessage(); // before the base commits an open editor, whose refusal shows again
    QTableView::currentChanged(current, previous);
}

void ReportTableView::keyPressEvent(QKeyEvent *event)
{
    if (m_cellMessage->isVisible() && m_cellMessage->kind() == CellMessage::Kind::Notice)
        hideMessage();
    if (state() != EditingState) {
        if (event->matches(QKeySequence::Copy)) {
            copySelection();
            return;
        }
        if (event->matches(QKeySequence::Paste)) {
            pasteClipboard();
            return;
        }
        if (event->key() == Qt::Key_F2 && event->modifiers() == Qt::ShiftModifier) { // as in spreadsheets
            editCurrentNote();
            return;
        }
        if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) {
            clearSelectedValues();
            return;
        }
        if (const auto move = moveForKey(event, false)) {
            navigate(*move);
            event->accept();
            return;
        }
        const QString text = event->text();
        const bool typing = !text.trimmed().isEmpty() && text.at(0).isPrint()
                            && !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
        if (typing && !(m_model->flags(currentIndex()) & Qt::ItemIsEditable)) {
            refuseTyping();
            event->accept();
            return;
        }
    }
    QTableView::keyPressEvent(event);
}

// Chinese input methods deliver typed text this way (全角 digits too).
void ReportTableView::inputMethodEvent(QInputMethodEvent *event)
{
    if (state() != EditingState && !event->commitString().isEmpty()
        && !(m_model->flags(currentIndex()) & Qt::ItemIsEditable)) {
        refuseTyping();
        event->accept();
        return;
    }
    QTableView::inputMethodEvent(event);
}

// Typing on a total, or on any cell of a final report: the session says why.
void ReportTableView::refuseTyping()
{
    const int cell = m_model->cellAt(currentIndex());
    const Status why = cell >= 0 ? m_model->session()->checkCellEditable(cell)
                                 : Status(Error{QStringLiteral("ui.no-cell"), tr("请先选择要填写的单元格。")});
    showRefusal(currentIndex(), why ? tr("这个单元格不能填写。") : why.error().message);
}

void ReportTableView::focusCell(int cell)
{
    const QModelIndex i = m_model->indexOfCell(cell);
    if (!i.isValid())
        return;
    setCurrentIndex(i);
    scrollTo(i);
    setFocus(Qt::OtherFocusReason);
}

QString ReportTableView::selectionAsTsv() const
{
    QModelIndexList picked = selectionModel()->selectedIndexes();
    if (picked.isEmpty() && currentIndex().isValid())
        picked << currentIndex();
    int top = INT_MAX, left = INT_MAX, bottom = -1, right = -1;
    for (const QModelIndex &i : picked) {
        if (m_model->cellAt(i) < 0)
            continue;
        top = std::min(top, i.row());
        bottom = std::max(bottom, i.row());
        left = std::min(left, i.column());
        right = std::max(right, i.column());
    }
    QList<QStringList> rows;
    for (int r = top; r <= bottom; ++r) {
        QStringList row;
        for (int c = left; c <= right; ++c)
            row << m_model->index(r, c).data().toString();
        rows << row;
    }
    return session::TsvBlock::write(rows);
}

void ReportTableView::copySelection()
{
    QApplication::clipboard()->setText(selectionAsTsv());
}

bool ReportTableView::pasteText(const QString &text)
{
    const QModelIndexList picked = selectionModel()->selectedIndexes();
    QModelIndex start = currentIndex();
    for (const QModelIndex &i : picked) // the top-left of a selection, like spreadsheets
        if (m_model->cellAt(i) >= 0 && (i.row() < start.row() || (i.row() == start.row() && i.column() < start.column())))
            start = i;
    const int cell = m_model->cellAt(start);
    if (cell < 0)
        return false;
    const report::Cell &c = m_model->session()->definition().cells()[cell];
    Status s = m_model->session()->paste(m_model->tableIndex(), c.row, c.col, text);
    if (!s) {
        showRefusal(start, s.error().message);
        return false;
    }
    const session::TsvBlock block = session::TsvBlock::parse(text);
    selectionModel()->select(QItemSelection(start, m_model->index(start.row() + block.rowCount() - 1,
                                                                     start.column() + block.columnCount() - 1)),
                             QItemSelectionModel::ClearAndSelect);
    m_lastMessage.clear();
    emit message(tr("已粘贴 %1 行 %2 列").arg(block.rowCount()).arg(block.columnCount()));
    return true;
}

void ReportTableView::pasteClipboard()
{
    pasteText(QApplication::clipboard()->text());
}

void ReportTableView::clearSelectedValues()
{
    std::vector<int> cells;
    for (const QModelIndex &i : selectionModel()->selectedIndexes())
        if (m_model->isInput(i))
            cells.push_back(m_model->cellAt(i));
    if (cells.empty() && m_model->isInput(currentIndex()))
        cells.push_back(m_model->cellAt(currentIndex()));
    if (cells.empty()) { // Delete on a total: say why nothing happens
        refuseTyping();
        return;
    }
    Status s = m_model->session()->clearCells(cells);
    if (!s)
        showRefusal(currentIndex(), s.error().message);
}

void ReportTableView::contextMenuEvent(QContextMenuEvent *event)
{
    if (std::unique_ptr<QMenu> menu = cellMenu(indexAt(event->pos())))
        menu->exec(event->globalPos());
}

std::unique_ptr<QMenu> ReportTableView::cellMenu(const QModelIndex &at)
{
    const bool input = m_model->isInput(at);
    if (!input && (m_cellActions.isEmpty() || m_model->cellAt(at) < 0))
        return nullptr;
    setCurrentIndex(at);
    auto menu = std::make_unique<QMenu>(this);
    if (!m_cellActions.isEmpty()) {
        menu->addActions(m_cellActions);
        menu->addSeparator();
    }
    if (!input) { // a total: only looked at
        menu->addAction(tr("复制(&C)"), QKeySequence::Copy, this, &ReportTableView::copySelection);
        return menu;
    }
    const bool hasNote = !at.data(ReportTableModel::NoteRole).toString().isEmpty();
    const bool editable = !m_model->session()->isReadOnly();
    QAction *edit = menu->addAction(hasNote ? tr("编辑批注(&N)…") : tr("添加批注(&N)…"), this,
                                    &ReportTableView::editCurrentNote);
    edit->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F2));
    edit->setEnabled(editable);
    QAction *remove = menu->addAction(tr("删除批注(&D)"), this, [this] { setCurrentNote(QString()); });
    remove->setEnabled(editable && hasNote);
    menu->addSeparator();
    menu->addAction(tr("复制(&C)"), QKeySequence::Copy, this, &ReportTableView::copySelection);
    menu->addAction(tr("粘贴(&P)"), QKeySequence::Paste, this, &ReportTableView::pasteClipboard)->setEnabled(editable);
    return menu;
}

void ReportTableView::editCurrentNote()
{
    const QModelIndex at = currentIndex();
    if (!m_model->isInput(at)) {
        showRefusal(at, tr("只能给填写的单元格加批注。"));
        return;
    }
    bool ok = false;
    const QString note = QInputDialog::getMultiLineText(
        this, tr("单元格批注"),
        tr("%1\n批注随数字一起印在报告里（如“含自然失效29件”）；清空即删除：")
            .arg(report::checks::cellName(m_model->session()->definition(), m_model->cellAt(at))),
        at.data(ReportTableModel::NoteRole).toString(), &ok);
    if (ok)
        setCurrentNote(note);
}

bool ReportTableView::setCurrentNote(const QString &note)
{
    const QModelIndex at = currentIndex();
    Status s = m_model->session()->setCellNote(m_model->cellAt(at), note);
    if (!s) {
        showRefusal(at, s.error().message);
        return false;
    }
    return true;
}

void ReportTableView::showRefusal(const QModelIndex &index, const QString &text)
{
    m_lastMessage = text;
    m_cellMessage->showBeside(cellRectOnHost(index), text, CellMessage::Kind::Refusal);
    emit message(text);
}

void ReportTableView::showNotice(const QString &text)
{
    m_cellMessage->showBeside(cellRectOnHost(currentIndex()), text, CellMessage::Kind::Notice);
    emit message(text);
}

QRect ReportTableView::cellRectOnHost(const QModelIndex &index) const
{
    const QRect r = visualRect(index);
    return QRect(viewport()->mapTo(m_cellMessage->parentWidget(), r.topLeft()), r.size());
}

void ReportTableView::hideMessage() { m_cellMessage->hide(); }

QString ReportTableView::shownMessage() const { return m_cellMessage->isVisible() ? m_cellMessage->text() : QString(); }

void ReportTableView::showSelection(bool shown)
{
    // A page holds several tables: only the one being worked in shows its
    // selection, so the eye finds the one current cell. The row panel and the
    // item both paint with the palette's highlight, so the palette decides.
    QPalette p = palette();
    const QPalette app = QApplication::palette(this);
    for (auto group : {QPalette::Active, QPalette::Inactive}) {
        p.setColor(group, QPalette::Highlight, shown ? app.color(group, QPalette::Highlight) : app.color(group, QPalette::Base));
        p.setColor(group, QPalette::HighlightedText,
                   shown ? app.color(group, QPalette::HighlightedText) : app.color(group, QPalette::Text));
    }
    setPalette(p);
}

void ReportTableView::focusInEvent(QFocusEvent *event)
{
    QTableView::focusInEvent(event);
    showSelection(true);
    emit entered();
}

void ReportTableView::focusOutEvent(QFocusEvent *event)
{
    QTableView::focusOutEvent(event);
    // A context menu or a refusal tooltip takes focus only for a moment.
    if (event->reason() != Qt::PopupFocusReason)
        showSelection(false);
    if (m_cellMessage->kind() == CellMessage::Kind::Notice)
        hideMessage();
}

} // namespace nb::ui
