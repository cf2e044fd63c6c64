#include "tests/ui/sqlite_window.h"

#include "tests/session/session_fixture.h"
#include "tests/ui/window_fixture.h"
#include "ui/report_editor.h"
#include "ui/table_page.h"
#include "ui/text_page.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTest>
#include <QTimer>
#include <catch2/catch.hpp>

namespace nb::test {

SqliteWindow::SqliteWindow()
{
    isolateSettings();
    QSettings().clear();
    REQUIRE(dir.isValid());
    path = dir.filePath(QStringLiteral("nianbao.sqlite3"));
    auto opened = storage::SqliteReportStore::open(path);
    REQUIRE(opened.ok());
    store = std::move(opened.value());
    const report::Report current = loadFixture(QStringLiteral("full-2023.nianbao.json"));
    REQUIRE(store->create(loadFixture(QStringLiteral("full-2022.nianbao.json"))).ok());
    REQUIRE(store->create(current).ok());
    id = {current.agencyName, current.year};
    window = std::make_unique<ui::MainWindow>(*store);
    REQUIRE(window->openReport(id));
    window->show();
    REQUIRE(QTest::qWaitForWindowExposed(window.get()));
}

SqliteWindow::~SqliteWindow()
{
    // A test may leave a fault on; the window's last flush then only warns.
    if (store)
        static_cast<void>(store->simulateFault(storage::SqliteReportStore::Fault::None));
    window.reset();
}

std::unique_ptr<ui::MainWindow> SqliteWindow::secondWindow()
{
    auto second = std::make_unique<ui::MainWindow>(*store);
    REQUIRE(second->openReport(id));
    second->show();
    REQUIRE(QTest::qWaitForWindowExposed(second.get()));
    return second;
}

report::Report SqliteWindow::stored() const
{
    auto other = storage::SqliteReportStore::open(path);
    REQUIRE(other.ok());
    auto loaded = other.value()->load(id);
    REQUIRE(loaded.ok());
    return loaded.value();
}

QString SqliteWindow::storedCell(const char *key) const
{
    const report::Report r = stored();
    const auto it = r.cells.constFind(QString::fromLatin1(key));
    return it == r.cells.constEnd() ? QString() : it->toString();
}

QString shownIn(const ui::MainWindow &window, const char *key)
{
    const session::DraftSession &s = *window.session();
    const report::CellValue v = s.engine().value(s.definition().cellIndex(QString::fromLatin1(key)));
    return v ? v->toString() : QString();
}

ui::ReportTableView *goToCell(ui::MainWindow &window, const char *key)
{
    const report::Definition &def = window.session()->definition();
    const int cell = def.cellIndex(QString::fromLatin1(key));
    REQUIRE(cell >= 0);
    const QString section = def.tables().at(def.cells()[cell].table).section;
    window.editor()->showPage(section);
    auto *page = qobject_cast<ui::TablePage *>(window.editor()->page(section));
    REQUIRE(page);
    ui::ReportTableView *view = page->viewForCell(cell);
    REQUIRE(view);
    view->focusCell(cell);
    QCoreApplication::processEvents();
    return view;
}

void typeKeys(QWidget *view, const QString &text)
{
    for (QChar c : text) {
        QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : view;
        QTest::keyClick(target, c.toLatin1());
    }
}

void pressKey(QWidget *view, Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : view, key, modifiers);
    QCoreApplication::processEvents(); // the delegate commits through a queued call
}

QPlainTextEdit *goToText(ui::MainWindow &window, const QString &section)
{
    window.editor()->showPage(section);
    auto *page = qobject_cast<ui::TextPage *>(window.editor()->page(section));
    REQUIRE(page);
    return page->editor();
}

void answerNextModal(std::function<void(QWidget *)> act)
{
    auto *poll = new QTimer(qApp);
    auto *clock = new QElapsedTimer;
    clock->start();
    QObject::connect(poll, &QTimer::timeout, qApp, [poll, clock, act] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal && clock->elapsed() < 5000)
            return;
        poll->stop();
        poll->deleteLater();
        delete clock;
        CHECK(modal); // a missing dialog fails the test without blocking it
        if (modal)
            act(modal);
    });
    poll->start(10);
}

} // namespace nb::test
