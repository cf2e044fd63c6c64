// Test helper for the desktop kill test (test_desktop_kill.cpp): the real
// main window, offscreen, over a SQLite database, driven by key events as a
// clerk would drive it, printing an acknowledgement after each committed
// edit. The test kills it with SIGKILL at random moments.
//
//   nb_desktop_writer cells DB AGENCY YEAR SEED
//     Forever: a figure typed into a random input cell and committed with
//     Enter or Tab, Delete on a cell, a 2×2 block pasted with Ctrl+V, the
//     keys of Undo and Redo. Before each it prints "try KEY VALUE" for every cell the step
//     will change (VALUE "-" for blank), after it "ok" once the window has
//     handled the keys and says "saved". A step that did not do what was
//     predicted prints "err …" and ends the program.
//   nb_desktop_writer text DB AGENCY YEAR SEED
//     Forever: one letter typed at the end of 五、存在的主要问题及改进情况,
//     then "typed N BEFORE AFTER": N letters typed so far; this program's
//     clock (ms) just before and just after that key press was handled.
//
// It prints "ready" once the report is open. Settings go to a folder beside
// the database, never to the user's.
#include "core/storage/sqlite_report_store.h"
#include "ui/main_window.h"
#include "ui/report_editor.h"
#include "ui/report_table_view.h"
#include "ui/table_page.h"
#include "ui/text_page.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QPlainTextEdit>
#include <QRandomGenerator>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <cstdio>
#include <cstdlib>

using namespace nb;

namespace {

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stdout, "err %s\n", qPrintable(message));
    std::fflush(stdout);
    std::exit(3);
}

void say(const QString &line, bool flush = true)
{
    std::fprintf(stdout, "%s\n", qPrintable(line));
    if (flush)
        std::fflush(stdout);
}

QString text(const report::CellValue &v)
{
    return v ? v->toString() : QStringLiteral("-");
}

class Driver {
public:
    Driver(ui::MainWindow &window, quint32 seed) : m_window(window), m_random(seed)
    {
        const report::Definition &def = session().definition();
        for (int c = 0; c < def.cellCount(); ++c)
            if (!def.cells()[c].derived)
                m_inputs << c;
    }

    void runCells();
    void runText();

private:
    struct Step {
        std::vector<std::pair<int, report::CellValue>> before, after;
    };
    session::DraftSession &session() const { return *m_window.session(); }
    const report::Definition &def() const { return session().definition(); }
    ui::ReportTableView *goTo(int cell);
    // The keys the window's Undo/Redo answer to on this platform (Ctrl+Z;
    // Ctrl+Shift+Z on X11, Ctrl+Y elsewhere).
    QKeySequence shortcut(const char *action) const
    {
        auto *a = m_window.findChild<QAction *>(QLatin1String(action));
        if (!a || a->shortcut().isEmpty())
            die(QStringLiteral("no shortcut for %1").arg(QLatin1String(action)));
        return a->shortcut();
    }
    QWidget *focus(QWidget *fallback) const { return QApplication::focusWidget() ? QApplication::focusWidget() : fallback; }
    void announce(const std::vector<std::pair<int, report::CellValue>> &values);
    void confirm(const std::vector<std::pair<int, report::CellValue>> &values, const char *what);
    void typeFigure();
    void clearCell();
    void pasteBlock();
    void undo();
    void redo();

    ui::MainWindow &m_window;
    QRandomGenerator m_random;
    QList<int> m_inputs;
    std::vector<Step> m_done;   // steps that can be undone, oldest first
    std::vector<Step> m_undone; // steps that can be redone, latest undone last
};

ui::ReportTableView *Driver::goTo(int cell)
{
    const QString section = def().tables().at(def().cells()[cell].table).section;
    m_window.editor()->showPage(section);
    auto *page = qobject_cast<ui::TablePage *>(m_window.editor()->page(section));
    ui::ReportTableView *view = page ? page->viewForCell(cell) : nullptr;
    if (!view)
        die(QStringLiteral("no view for %1").arg(def().cells()[cell].key));
    view->focusCell(cell);
    // As a click on the cell would: only it is selected. (A synthetic Ctrl
    // press leaves Qt believing Ctrl is still held, and setCurrentIndex()
    // would then add the cell to the last selection, e.g. a pasted block.)
    view->selectionModel()->select(view->currentIndex(), QItemSelectionModel::ClearAndSelect);
    QCoreApplication::processEvents();
    return view;
}

void Driver::announce(const std::vector<std::pair<int, report::CellValue>> &values)
{
    for (const auto &[cell, value] : values)
        say(QStringLiteral("try %1 %2").arg(def().cells()[cell].key, text(value)), false);
    std::fflush(stdout);
}

// What the window now holds must be what was predicted, and written.
void Driver::confirm(const std::vector<std::pair<int, report::CellValue>> &values, const char *what)
{
    for (const auto &[cell, value] : values)
        if (text(session().engine().input(cell)) != text(value))
            die(QStringLiteral("%1: %2 is %3, expected %4")
                    .arg(QLatin1String(what), def().cells()[cell].key, text(session().engine().input(cell)), text(value)));
    if (session().saveState() != session::SaveState::Saved)
        die(QStringLiteral("%1: not saved: %2").arg(QLatin1String(what), session().lastSaveError()));
    say(QStringLiteral("ok"));
}

void Driver::typeFigure()
{
    const int cell = m_inputs[int(m_random.bounded(quint32(m_inputs.size())))];
    const qint64 value = m_random.bounded(100000);
    ui::ReportTableView *view = goTo(cell);
    const report::CellValue old = session().engine().input(cell);
    const report::CellValue typed = report::Decimal::fromInteger(value);
    if (text(old) == text(typed))
        return; // no step: nothing would be written
    announce({{cell, typed}});
    for (QChar c : QString::number(value))
        QTest::keyClick(focus(view), c.toLatin1());
    QTest::keyClick(focus(view), m_random.bounded(2) ? Qt::Key_Return : Qt::Key_Tab);
    QCoreApplication::processEvents(); // the delegate commits through a queued call
    confirm({{cell, typed}}, "typed");
    m_done.push_back({{{cell, old}}, {{cell, typed}}});
    m_undone.clear();
}

void Driver::clearCell()
{
    const int cell = m_inputs[int(m_random.bounded(quint32(m_inputs.size())))];
    const report::CellValue old = session().engine().input(cell);
    if (!old)
        return;
    ui::ReportTableView *view = goTo(cell);
    announce({{cell, std::nullopt}});
    QTest::keyClick(view, Qt::Key_Delete);
    confirm({{cell, std::nullopt}}, "deleted");
    m_done.push_back({{{cell, old}}, {{cell, std::nullopt}}});
    m_undone.clear();
}

void Driver::pasteBlock()
{
    // A 2×2 block of input cells: the top-left cell and its neighbours right and below.
    const int first = m_inputs[int(m_random.bounded(quint32(m_inputs.size())))];
    const report::Cell &c = def().cells()[first];
    const report::Table &t = def().tables().at(c.table);
    if (c.row + 1 >= t.rows.size() || c.col + 1 >= t.columns.size())
        return;
    const int cells[] = {first, t.cellIndex(c.row, c.col + 1), t.cellIndex(c.row + 1, c.col), t.cellIndex(c.row + 1, c.col + 1)};
    Step step;
    QStringList values;
    for (int cell : cells) {
        if (def().cells()[cell].derived)
            return;
        const qint64 v = m_random.bounded(1000);
        step.before.emplace_back(cell, session().engine().input(cell));
        step.after.emplace_back(cell, report::Decimal::fromInteger(v));
        values << QString::number(v);
    }
    ui::ReportTableView *view = goTo(first);
    QApplication::clipboard()->setText(values[0] + u'\t' + values[1] + u'\n' + values[2] + u'\t' + values[3] + u'\n');
    announce(step.after);
    QTest::keyClick(view, Qt::Key_V, Qt::ControlModifier);
    confirm(step.after, "pasted");
    m_done.push_back(step);
    m_undone.clear();
}

void Driver::undo()
{
    if (m_done.empty())
        return;
    const Step step = m_done.back();
    announce(step.before);
    QTest::keySequence(focus(&m_window), shortcut("actionUndo"));
    confirm(step.before, "undone");
    m_done.pop_back();
    m_undone.push_back(step);
}

void Driver::redo()
{
    if (m_undone.empty())
        return;
    const Step step = m_undone.back();
    announce(step.after);
    QTest::keySequence(focus(&m_window), shortcut("actionRedo"));
    confirm(step.after, "redone");
    m_undone.pop_back();
    m_done.push_back(step);
}

void Driver::runCells()
{
    for (;;) {
        const quint32 pick = m_random.bounded(10);
        if (pick < 6)
            typeFigure();
        else if (pick == 6)
            clearCell();
        else if (pick == 7)
            pasteBlock();
        else if (pick == 8)
            undo();
        else
            redo();
    }
}

void Driver::runText()
{
    const QString section = QStringLiteral("problems");
    m_window.editor()->showPage(section);
    auto *page = qobject_cast<ui::TextPage *>(m_window.editor()->page(section));
    if (!page)
        die(QStringLiteral("no text page"));
    QPlainTextEdit *editor = page->editor();
    editor->setFocus();
    editor->moveCursor(QTextCursor::End);
    QElapsedTimer clock;
    clock.start();
    for (qint64 n = 1;; ++n) {
        const qint64 before = clock.elapsed();
        QTest::keyClick(editor, char('a' + (n - 1) % 26));
        say(QStringLiteral("typed %1 %2 %3").arg(n).arg(before).arg(clock.elapsed()));
        QTest::qWait(int(m_random.bounded(25))); // a person's pace; the event loop (and the timers) run
    }
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 6 || (args[1] != QLatin1String("cells") && args[1] != QLatin1String("text"))) {
        std::fprintf(stderr, "usage: nb_desktop_writer cells|text DB AGENCY YEAR SEED\n");
        return 2;
    }
    const QString settings = QFileInfo(args[2]).absolutePath() + QStringLiteral("/settings");
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("nianbao-kill-test"));
    QCoreApplication::setApplicationName(QStringLiteral("nianbao-kill-test"));

    auto store = storage::SqliteReportStore::open(args[2]);
    if (!store)
        die(store.error().message);
    ui::MainWindow window(*store.value());
    if (!window.openReport({args[3], args[4].toInt()}))
        die(QStringLiteral("cannot open the report"));
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        die(QStringLiteral("window not shown"));
    window.activateWindow();
    if (!QTest::qWaitForWindowActive(&window))
        die(QStringLiteral("window not active"));
    say(QStringLiteral("ready"));
    Driver driver(window, args[5].toUInt());
    if (args[1] == QLatin1String("cells"))
        driver.runCells();
    else
        driver.runText();
    return 0;
}
