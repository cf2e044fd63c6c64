#pragma once
// A main window over a real SQLite database file (full 2023 report of
// 示例市人民政府 and its 2022), shown offscreen, for the saving tests: what is
// in the database is read through a second connection, as another program
// would see it.
#include "core/storage/sqlite_report_store.h"
#include "ui/main_window.h"
#include "ui/report_table_view.h"

#include <QTemporaryDir>
#include <functional>
#include <memory>

class QPlainTextEdit;

namespace nb::test {

struct SqliteWindow {
    SqliteWindow();
    ~SqliteWindow();
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<storage::SqliteReportStore> store;
    std::unique_ptr<ui::MainWindow> window;
    store::ReportId id;

    session::DraftSession &session() const { return *window->session(); }
    // Another window on the same store, showing the same report.
    std::unique_ptr<ui::MainWindow> secondWindow();
    // The report as committed in the database, read through a new connection.
    report::Report stored() const;
    QString storedCell(const char *key) const;
};

QString shownIn(const ui::MainWindow &window, const char *key);
// The view holding the cell, with that cell current and focused.
ui::ReportTableView *goToCell(ui::MainWindow &window, const char *key);
// Keys go where a person's keystrokes go: the first opens the editor, the rest reach it.
void typeKeys(QWidget *view, const QString &text);
// Enter (or another key) on what has the focus; the delegate's commit is then done.
void pressKey(QWidget *view, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
// The text page's editor, the page shown.
QPlainTextEdit *goToText(ui::MainWindow &window, const QString &section);
// Answers the next modal dialog (message box, question) once it shows, within 5 s;
// fails the test when none shows.
void answerNextModal(std::function<void(QWidget *)> act);

} // namespace nb::test
