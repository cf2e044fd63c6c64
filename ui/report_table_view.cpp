#include "ui/report_table_view.h"

#include "core/session/tsv_block.h"
#include "ui/note_marker_delegate.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QInputDialog>
#include <QMenu>
#include <QKeyEvent>
#include <QToolTip>

namespace nb::ui {

ReportTableView::ReportTableView(ReportTableModel *model, QWidget *parent) : QTableView(parent), m_model(model)
{
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
    setCurrentIndex(firstDataIndex());
    showSelection(false);
    connect(model, &ReportTableModel::inputRefused, this, [this](const QModelIndex &i, const QString &text) {
        m_refused = true; // closeEditor() keeps the cursor on the refused cell
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
}

QModelIndex ReportTableView::firstDataIndex() const
{
    const report::Table &t = m_model->table();
    return m_model->index(t.headerHeight, t.stubWidth);
}

// The neighbour in the data area; the same index at the edge.
QModelIndex ReportTableView::step(const QModelIndex &from, int dRow, int dCol) const
{
    const QModelIndex next = m_model->index(from.row() + dRow, from.column() + dCol);
    return m_model->cellAt(next) >= 0 ? next : from;
}

QModelIndex ReportTableView::moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers)
{
    QModelIndex cur = currentIndex();
    if (m_model->cellAt(cur) < 0)
        return firstDataIndex();
    const report::Table &t = m_model->table();
    switch (action) {
    case MoveUp: return step(cur, -1, 0);
    case MoveDown: return step(cur, 1, 0);
    case MoveLeft: return step(cur, 0, -1);
    case MoveRight: return step(cur, 0, 1);
    case MoveHome: return m_model->index(cur.row(), t.stubWidth);
    case MoveEnd: return m_model->index(cur.row(), t.gridColumns() - 1);
    case MoveNext: { // Tab: right, then the start of the next row
        QModelIndex next = step(cur, 0, 1);
        return next != cur ? next : step(m_model->index(cur.row(), t.stubWidth), 1, 0);
    }
    case MovePrevious: {
        QModelIndex prev = step(cur, 0, -1);
        return prev != cur ? prev : step(m_model->index(cur.row(), t.gridColumns() - 1), -1, 0);
    }
    default: {
        QModelIndex i = QTableView::moveCursor(action, modifiers);
        return m_model->cellAt(i) >= 0 ? i : cur;
    }
    }
}

void ReportTableView::closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint)
{
    const bool refused = m_refused;
    m_refused = false;
    if (refused) { // keep the cursor where the explanation is shown
        QTableView::closeEditor(editor, QAbstractItemDelegate::NoHint);
        return;
    }
    switch (hint) {
    case QAbstractItemDelegate::SubmitModelCache: // Enter: commit and move down
        QTableView::closeEditor(editor, QAbstractItemDelegate::NoHint);
        setCurrentIndex(step(currentIndex(), 1, 0));
        break;
    case QAbstractItemDelegate::EditNextItem: // Tab: commit and move right, not editing
        QTableView::closeEditor(editor, QAbstractItemDelegate::NoHint);
        setCurrentIndex(moveCursor(MoveNext, Qt::NoModifier));
        break;
    case QAbstractItemDelegate::EditPreviousItem:
        QTableView::closeEditor(editor, QAbstractItemDelegate::NoHint);
        setCurrentIndex(moveCursor(MovePrevious, Qt::NoModifier));
        break;
    default:
        QTableView::closeEditor(editor, hint);
    }
}

void ReportTableView::keyPressEvent(QKeyEvent *event)
{
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
        if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
            setCurrentIndex(step(currentIndex(), (event->modifiers() & Qt::ShiftModifier) ? -1 : 1, 0));
            return;
        }
    }
    QTableView::keyPressEvent(event);
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
    Status s = m_model->session()->clearCells(cells);
    if (!s)
        showRefusal(currentIndex(), s.error().message);
}

void ReportTableView::contextMenuEvent(QContextMenuEvent *event)
{
    const QModelIndex at = indexAt(event->pos());
    if (!m_model->isInput(at))
        return;
    setCurrentIndex(at);
    const bool hasNote = !at.data(ReportTableModel::NoteRole).toString().isEmpty();
    const bool editable = !m_model->session()->isReadOnly();
    QMenu menu(this);
    QAction *edit = menu.addAction(hasNote ? tr("编辑批注(&N)…") : tr("添加批注(&N)…"), this,
                                   &ReportTableView::editCurrentNote);
    edit->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F2));
    edit->setEnabled(editable);
    QAction *remove = menu.addAction(tr("删除批注(&D)"), this, [this] { setCurrentNote(QString()); });
    remove->setEnabled(editable && hasNote);
    menu.addSeparator();
    menu.addAction(tr("复制(&C)"), QKeySequence::Copy, this, &ReportTableView::copySelection);
    menu.addAction(tr("粘贴(&P)"), QKeySequence::Paste, this, &ReportTableView::pasteClipboard)->setEnabled(editable);
    menu.exec(event->globalPos());
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
    const QRect cell = visualRect(index);
    QToolTip::showText(viewport()->mapToGlobal(cell.topRight() + QPoint(4, 0)), text, this);
    emit message(text);
}

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
}

void ReportTableView::focusOutEvent(QFocusEvent *event)
{
    QTableView::focusOutEvent(event);
    // A context menu or a refusal tooltip takes focus only for a moment.
    if (event->reason() != Qt::PopupFocusReason)
        showSelection(false);
}

} // namespace nb::ui
