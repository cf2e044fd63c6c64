// One report open twice: in two windows of this process, or in this window
// and another process (nb_session_writer: an editing session on the same
// database file). Figures typed in one appear in the other within a
// second; a cell being typed into keeps the typing; a text changed on both
// sides is shown in both versions and the user chooses.
#include "tests/support/catch_qt.h"
#include "tests/ui/sqlite_window.h"
#include "ui/report_editor.h"
#include "ui/text_conflict_dialog.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QTest>
#include <catch2/catch.hpp>
#include <cstdio>

using namespace nb::test;

namespace {

const QString kOverview = QStringLiteral("overview");

// The other process: one command per line, one answer line each.
class OtherProcess {
public:
    OtherProcess(const QString &path, const nb::store::ReportId &id)
    {
        m_process.start(QStringLiteral(NB_SESSION_WRITER_PATH), {path, id.agency, QString::number(id.year)});
        REQUIRE(m_process.waitForStarted(10000));
        REQUIRE(readLine() == QStringLiteral("ready"));
    }
    ~OtherProcess()
    {
        m_process.closeWriteChannel(); // it flushes and ends
        if (!m_process.waitForFinished(10000))
            m_process.kill();
    }
    // Blocks without running this process's event loop: the window's timers
    // wait until the answer is in.
    QString ask(const QString &command)
    {
        m_process.write(command.toUtf8() + '\n');
        REQUIRE(m_process.waitForBytesWritten(10000));
        return readLine();
    }

private:
    QString readLine()
    {
        while (!m_process.canReadLine())
            REQUIRE(m_process.waitForReadyRead(10000));
        return QString::fromUtf8(m_process.readLine()).trimmed();
    }
    QProcess m_process;
};

QLineEdit *openEditor()
{
    return qobject_cast<QLineEdit *>(QApplication::focusWidget());
}

} // namespace

TEST_CASE("Two windows: a figure typed in one appears in the other within a second", "[ui][elsewhere]")
{
    SqliteWindow f;
    auto second = f.secondWindow();
    f.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(f.window.get()));
    auto *view = goToCell(*f.window, "requests.new.natural");
    typeKeys(view, QStringLiteral("412"));
    pressKey(view, Qt::Key_Return);
    REQUIRE(QTest::qWaitFor([&] { return shownIn(*second, "requests.new.natural") == QStringLiteral("412"); }, 1000));
    // Its totals and findings follow (412 unbalances 三).
    CHECK(shownIn(*second, "requests.new.total") == shownIn(*f.window, "requests.new.total"));
    CHECK(second->session()->engine().count(nb::report::Severity::Error)
          == f.session().engine().count(nb::report::Severity::Error));
    CHECK(second->session()->engine().count(nb::report::Severity::Error) > 0);
    CHECK(second->session()->undoStack()->count() == 0);
}

TEST_CASE("File → 新窗口 opens the open report in a second window on the same database", "[ui][elsewhere]")
{
    SqliteWindow f;
    auto *action = f.window->findChild<QAction *>(QStringLiteral("actionNewWindow"));
    REQUIRE(action);
    CHECK(action->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    const auto before = QApplication::topLevelWidgets();
    action->trigger();
    nb::ui::MainWindow *opened = nullptr;
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *m = qobject_cast<nb::ui::MainWindow *>(w); m && !before.contains(w))
            opened = m;
    REQUIRE(opened);
    CHECK(opened->isVisible());
    REQUIRE(opened->session());
    CHECK(opened->session()->id() == f.id);
    CHECK(opened->testAttribute(Qt::WA_DeleteOnClose));
    REQUIRE(f.session().setCellText(f.session().definition().cellIndex(QStringLiteral("requests.new.natural")),
                                     QStringLiteral("398")).ok());
    REQUIRE(QTest::qWaitFor([&] { return shownIn(*opened, "requests.new.natural") == QStringLiteral("398"); }, 1000));
    QPointer<nb::ui::MainWindow> gone(opened);
    CHECK(opened->close());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // before the store goes
    CHECK(gone.isNull());
}

TEST_CASE("Two windows: a cell being typed into keeps the typing when the other window changes it", "[ui][elsewhere]")
{
    SqliteWindow f;
    auto second = f.secondWindow();
    second->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(second.get()));
    auto *view = goToCell(*second, "requests.new.legal");
    typeKeys(view, QStringLiteral("55"));
    REQUIRE(openEditor());
    // The first window changes the same cell (through its session: a key
    // press there would take the focus from this editor, which commits it).
    const int cell = f.session().definition().cellIndex(QStringLiteral("requests.new.legal"));
    REQUIRE(f.session().setCellText(cell, QStringLiteral("77")).ok());
    REQUIRE(QTest::qWaitFor([&] { return shownIn(*second, "requests.new.legal") == QStringLiteral("77"); }, 1000));
    REQUIRE(openEditor());
    CHECK(openEditor()->text() == QStringLiteral("55"));
    pressKey(view, Qt::Key_Return);
    CHECK(f.storedCell("requests.new.legal") == QStringLiteral("55")); // the later edit of a cell wins
    REQUIRE(QTest::qWaitFor([&] { return shownIn(*f.window, "requests.new.legal") == QStringLiteral("55"); }, 1000));
}

TEST_CASE("Two windows: a text changed in both is shown in both versions and merged by hand", "[ui][elsewhere][conflict]")
{
    SqliteWindow f;
    auto second = f.secondWindow();
    const QString original = f.session().engine().text(kOverview);
    QPlainTextEdit *mine = goToText(*f.window, kOverview);
    mine->setPlainText(original + QStringLiteral("这里补充的一句。")); // typing, not yet written
    // The second window saves its own change of the same section first.
    REQUIRE(second->session()->setText(kOverview, original + QStringLiteral("别处补充的一句。")).ok());
    REQUIRE(second->session()->flush().ok());
    REQUIRE(QTest::qWaitFor([&] { return f.window->conflictDialog() != nullptr; }, 2000));
    nb::ui::TextConflictDialog *dialog = f.window->conflictDialog();
    CHECK(dialog->mine()->toPlainText() == original + QStringLiteral("这里补充的一句。"));
    CHECK(dialog->theirs()->toPlainText() == original + QStringLiteral("别处补充的一句。"));
    CHECK(f.stored().texts.value(kOverview) == original + QStringLiteral("别处补充的一句。")); // not overwritten
    CHECK(f.window->saveProblemText().contains(QStringLiteral("冲突")));
    const QString merged = original + QStringLiteral("这里补充的一句。别处补充的一句。");
    dialog->merged()->setPlainText(merged);
    dialog->findChild<QPushButton *>(QStringLiteral("saveMerged"))->click();
    CHECK(f.stored().texts.value(kOverview) == merged);
    CHECK(mine->toPlainText() == merged);
    REQUIRE(QTest::qWaitFor([&] { return second->session()->engine().text(kOverview) == merged; }, 1000));
    CHECK(f.window->saveProblemText().isEmpty());
}

TEST_CASE("Another process: its figures appear within a second, and an open editor keeps its typing", "[ui][elsewhere][process]")
{
    SqliteWindow f;
    OtherProcess other(f.path, f.id);
    REQUIRE(other.ask(QStringLiteral("cell requests.new.natural 4242")) == QStringLiteral("ok"));
    QElapsedTimer clock;
    clock.start();
    REQUIRE(QTest::qWaitFor([&] { return shownIn(*f.window, "requests.new.natural") == QStringLiteral("4242"); }, 1000));
    std::printf("a figure committed in another process was shown here after %lld ms\n", clock.elapsed());

    auto *view = goToCell(*f.window, "requests.new.legal");
    typeKeys(view, QStringLiteral("55"));
    REQUIRE(openEditor());
    REQUIRE(other.ask(QStringLiteral("cell requests.new.legal 77")) == QStringLiteral("ok"));
    REQUIRE(QTest::qWaitFor([&] { return shownIn(*f.window, "requests.new.legal") == QStringLiteral("77"); }, 1000));
    REQUIRE(openEditor());
    CHECK(openEditor()->text() == QStringLiteral("55"));
    pressKey(view, Qt::Key_Return);
    CHECK(f.storedCell("requests.new.legal") == QStringLiteral("55"));
    REQUIRE(other.ask(QStringLiteral("sync")) == QStringLiteral("ok"));
    CHECK(other.ask(QStringLiteral("value requests.new.legal")) == QStringLiteral("ok 55"));
}

TEST_CASE("Another process: a text changed there while typed here is never overwritten unseen", "[ui][elsewhere][process][conflict]")
{
    SqliteWindow f;
    OtherProcess other(f.path, f.id);
    QPlainTextEdit *editor = goToText(*f.window, kOverview);
    editor->setPlainText(QStringLiteral("这里的版本"));
    // Answered before this process's event loop runs again: theirs is saved first.
    REQUIRE(other.ask(QStringLiteral("text overview 别处的版本")) == QStringLiteral("ok"));
    REQUIRE(other.ask(QStringLiteral("flush")) == QStringLiteral("ok"));
    REQUIRE(QTest::qWaitFor([&] { return f.window->conflictDialog() != nullptr; }, 2000));
    CHECK(f.window->conflictDialog()->mine()->toPlainText() == QStringLiteral("这里的版本"));
    CHECK(f.window->conflictDialog()->theirs()->toPlainText() == QStringLiteral("别处的版本"));
    CHECK(f.stored().texts.value(kOverview) == QStringLiteral("别处的版本"));

    SECTION("keep mine")
    {
        f.window->conflictDialog()->findChild<QPushButton *>(QStringLiteral("keepMine"))->click();
        CHECK(f.stored().texts.value(kOverview) == QStringLiteral("这里的版本"));
        REQUIRE(other.ask(QStringLiteral("sync")) == QStringLiteral("ok"));
        CHECK(other.ask(QStringLiteral("showtext overview")) == QStringLiteral("ok 这里的版本"));
    }
    SECTION("take theirs")
    {
        f.window->conflictDialog()->findChild<QPushButton *>(QStringLiteral("takeTheirs"))->click();
        CHECK(editor->toPlainText() == QStringLiteral("别处的版本"));
        CHECK(f.stored().texts.value(kOverview) == QStringLiteral("别处的版本"));
    }
    SECTION("decide later, then try to close")
    {
        f.window->conflictDialog()->findChild<QPushButton *>(QStringLiteral("decideLater"))->click();
        REQUIRE(QTest::qWaitFor([&] { return f.window->conflictDialog() == nullptr; }, 1000));
        CHECK(f.window->saveProblemText().contains(QStringLiteral("冲突")));
        QString said;
        answerNextModal([&said](QWidget *modal) {
            said = modal->property("text").toString();
            static_cast<QDialog *>(modal)->accept();
        });
        f.window->showWelcome();
        CHECK(said.contains(QStringLiteral("一、总体情况")));
        REQUIRE(f.window->session()); // still open, both versions kept
        CHECK(editor->toPlainText() == QStringLiteral("这里的版本"));
        CHECK(f.stored().texts.value(kOverview) == QStringLiteral("别处的版本"));
    }
}

