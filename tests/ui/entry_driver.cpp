#include "tests/ui/entry_driver.h"

#include "ui/report_editor.h"
#include "ui/report_table_view.h"

#include <QApplication>
#include <QLineEdit>
#include <QTest>
#include <cstdio>

namespace nb::test {

namespace {
struct KeyStroke {
    Qt::Key key;
    Qt::KeyboardModifiers modifiers;
    const char *name;
};

KeyStroke strokeOf(EntryKey k)
{
    switch (k) {
    case EntryKey::Tab: return {Qt::Key_Tab, Qt::NoModifier, "Tab"};
    case EntryKey::BackTab: return {Qt::Key_Backtab, Qt::ShiftModifier, "Shift+Tab"};
    case EntryKey::Enter: return {Qt::Key_Return, Qt::NoModifier, "Enter"};
    case EntryKey::ShiftEnter: return {Qt::Key_Return, Qt::ShiftModifier, "Shift+Enter"};
    case EntryKey::Left: return {Qt::Key_Left, Qt::NoModifier, "Left"};
    case EntryKey::Right: return {Qt::Key_Right, Qt::NoModifier, "Right"};
    case EntryKey::Up: return {Qt::Key_Up, Qt::NoModifier, "Up"};
    case EntryKey::Down: return {Qt::Key_Down, Qt::NoModifier, "Down"};
    }
    return {Qt::Key_unknown, Qt::NoModifier, "?"};
}

// Where a keystroke goes: the focus widget (the window when nothing has it).
QWidget *keyTarget(QWidget *window)
{
    QWidget *w = QApplication::focusWidget();
    return w ? w : window;
}

ui::ReportTableView *focusedView()
{
    for (QWidget *w = QApplication::focusWidget(); w; w = w->parentWidget())
        if (auto *view = qobject_cast<ui::ReportTableView *>(w))
            return view;
    return nullptr;
}
} // namespace

QString EntryTally::summary() const
{
    return QStringLiteral("%1 keystrokes, %2 figures accepted, %3 refused; lost %4, misplaced %5, cursor off %6, "
                          "refusal not shown %7")
        .arg(keystrokes).arg(figures).arg(refused).arg(lost).arg(misplaced).arg(cursorOff).arg(refusalHidden);
}

void EntryDriver::note(EntryTally &tally, const QString &problem)
{
    if (tally.problems.size() >= 8)
        return;
    tally.problems << problem + QStringLiteral(" after: ") + m_trail.join(QLatin1Char(' '));
    std::printf("entry property: %s\n", qPrintable(tally.problems.back()));
    std::fflush(stdout);
}

QString EntryDriver::shown(int cell) const
{
    const report::CellValue v = m_f.session().engine().value(cell);
    return v ? v->toString() : QString();
}

std::vector<QString> EntryDriver::snapshot(const EntryModel &model) const
{
    std::vector<QString> out;
    for (int cell : model.inputCells())
        out.push_back(shown(cell));
    return out;
}

int EntryDriver::cursorCell() const
{
    ui::ReportTableView *view = focusedView();
    return view ? view->reportModel()->cellAt(view->currentIndex()) : -1;
}

// Figures a clerk types, and the mistakes a clerk makes (refused by the parser).
QString EntryDriver::figure(int cell, Figure kind)
{
    const bool money = m_f.session().definition().cells()[cell].type == report::ValueType::Money;
    const int pick = int(m_rng() % 8);
    if (kind == Figure::Invalid) {
        switch (pick % 4) {
        case 0: return QStringLiteral("-3");
        case 1: return money ? QStringLiteral("1.1234567") : QStringLiteral("1.5");
        case 2: return QStringLiteral("abc");
        default: return money ? QStringLiteral("1234567890123456") : QStringLiteral("12345678901234567890");
        }
    }
    if (pick == 0)
        return money ? QStringLiteral("123456789012345") : QStringLiteral("123456789012345678");
    if (money && pick < 4)
        return QStringLiteral("%1.%2").arg(m_rng() % 1000).arg(1 + m_rng() % 9);
    return QString::number(m_rng() % (pick < 4 ? 10 : 5000));
}

EntryKey EntryDriver::anyKey() { return EntryKey(m_rng() % 8); }

void EntryDriver::send(EntryKey key, EntryTally &tally)
{
    const KeyStroke s = strokeOf(key);
    QTest::keyClick(keyTarget(m_f.window.get()), s.key, s.modifiers);
    QCoreApplication::processEvents();
    ++tally.keystrokes;
    m_trail << QString::fromLatin1(s.name);
}

void EntryDriver::goToPage(const QString &section, EntryTally &tally)
{
    ui::ReportEditor *editor = m_f.window->editor();
    const int target = int(editor->pages().indexOf(editor->page(section)));
    for (int guard = 0; guard < 12 && editor->pages().indexOf(editor->currentPage()) != target; ++guard) {
        const bool forward = editor->pages().indexOf(editor->currentPage()) < target;
        QTest::keyClick(keyTarget(m_f.window.get()), forward ? Qt::Key_PageDown : Qt::Key_PageUp, Qt::ControlModifier);
        QCoreApplication::processEvents();
        ++tally.keystrokes;
        m_trail << QString::fromLatin1(forward ? "Ctrl+PageDown" : "Ctrl+PageUp");
    }
    if (editor->pages().indexOf(editor->currentPage()) != target) {
        ++tally.cursorOff;
        note(tally, QStringLiteral("Ctrl+PageDown/Ctrl+PageUp did not reach %1").arg(section));
        editor->showPage(section);
    }
}

void EntryDriver::check(EntryModel &model, const std::vector<QString> &before, const QHash<int, QString> &meant,
                        EntryTally &tally)
{
    const std::vector<int> cells = model.inputCells();
    const report::Definition &def = m_f.session().definition();
    for (size_t i = 0; i < cells.size(); ++i) {
        const int cell = cells[i];
        const QString now = shown(cell);
        const QString want = model.expected().value(cell);
        if (now == want)
            continue;
        if (meant.contains(cell) && now == before[i]) {
            ++tally.lost;
            note(tally, QStringLiteral("lost: %1 should hold “%2” but holds “%3”").arg(def.cells()[cell].key, want, now));
        } else {
            ++tally.misplaced;
            note(tally, QStringLiteral("misplaced: %1 holds “%2”, expected “%3”").arg(def.cells()[cell].key, now, want));
        }
        model.setExpected(cell, now); // go on from what is there
    }
    ui::ReportTableView *view = focusedView();
    const int at = cursorCell();
    const bool editing = view && qobject_cast<QLineEdit *>(QApplication::focusWidget()); // a cell editor
    if (at != model.cursorCell() || editing) {
        ++tally.cursorOff;
        note(tally, QStringLiteral("cursor on %1%2, expected on %3")
                        .arg(at >= 0 ? def.cells()[at].key : QStringLiteral("(no table cell)"),
                             editing ? QStringLiteral(" with its editor open") : QString(),
                             def.cells()[model.cursorCell()].key));
        if (editing)
            QTest::keyClick(keyTarget(m_f.window.get()), Qt::Key_Escape);
        const bool onPage = std::find(cells.begin(), cells.end(), at) != cells.end();
        if (onPage) {
            model.moveTo(at);
        } else if (auto *page = m_f.tablePage(model.section().toLatin1().constData())) {
            page->viewForCell(model.cursorCell())->focusCell(model.cursorCell()); // the clerk clicks
            QCoreApplication::processEvents();
        }
    }
}

void EntryDriver::run(EntryModel &model, const QString &section, int keystrokes, EntryTally &tally)
{
    m_trail.clear();
    goToPage(section, tally);
    for (int cell : model.inputCells())
        if (!model.expected().contains(cell))
            model.setExpected(cell, shown(cell));
    check(model, snapshot(model), {}, tally); // the page puts the cursor where the model says
    const int end = tally.keystrokes + keystrokes;
    while (tally.keystrokes < end) {
        if (m_trail.size() > 24)
            m_trail = m_trail.mid(m_trail.size() - 16);
        const std::vector<QString> before = snapshot(model);
        QHash<int, QString> meant;
        const int cell = model.cursorCell();
        auto type = [&](const QString &text) {
            for (QChar c : text)
                QTest::keyClick(keyTarget(m_f.window.get()), c.toLatin1());
            tally.keystrokes += int(text.size());
            m_trail << QStringLiteral("“%1”").arg(text);
        };
        const int action = int(m_rng() % 100);
        if (action < 55) { // a figure, committed by any key (mostly Tab or Enter, as clerks do)
            const QString value = figure(cell, Figure::Valid);
            const EntryKey key = action < 25 ? (action % 2 ? EntryKey::Tab : EntryKey::Enter) : anyKey();
            type(value);
            send(key, tally);
            model.enterFigure(value);
            meant.insert(cell, value);
            model.press(key);
            ++tally.figures;
        } else if (action < 78) { // moving about
            const EntryKey key = anyKey();
            send(key, tally);
            model.press(key);
        } else if (action < 82) { // Delete clears the cell
            QTest::keyClick(keyTarget(m_f.window.get()), Qt::Key_Delete);
            ++tally.keystrokes;
            m_trail << QStringLiteral("Delete");
            model.clearCurrent();
            meant.insert(cell, QString());
        } else if (action < 92) { // a mistake: refused, shown beside the cell, then corrected or abandoned
            const QString wrong = figure(cell, Figure::Invalid);
            type(wrong);
            send(anyKey(), tally);
            ++tally.refused;
            auto *line = qobject_cast<QLineEdit *>(QApplication::focusWidget());
            ui::ReportTableView *view = focusedView();
            if (!line || line->text() != wrong || !view || view->shownMessage().isEmpty()) {
                ++tally.refusalHidden;
                note(tally, QStringLiteral("refused “%1” without keeping it in the editor with its message").arg(wrong));
            }
            if (line && m_rng() % 2) {
                QTest::keyClick(line, Qt::Key_A, Qt::ControlModifier);
                ++tally.keystrokes;
                const QString value = figure(cell, Figure::Valid);
                const EntryKey key = anyKey();
                type(value);
                send(key, tally);
                model.enterFigure(value);
                meant.insert(cell, value);
                model.press(key);
                ++tally.figures;
            } else {
                QTest::keyClick(keyTarget(m_f.window.get()), Qt::Key_Escape);
                ++tally.keystrokes;
                m_trail << QStringLiteral("Escape");
            }
        } else { // typed, then thought better of it
            type(figure(cell, Figure::Valid));
            QTest::keyClick(keyTarget(m_f.window.get()), Qt::Key_Escape);
            ++tally.keystrokes;
            m_trail << QStringLiteral("Escape");
        }
        QCoreApplication::processEvents();
        check(model, before, meant, tally);
    }
}

} // namespace nb::test
