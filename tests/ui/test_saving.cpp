// Saving in the window over a real database: a committed figure is in the
// database before the next key is handled, and when the database refuses
// writes (read-only, full disk) closing, switching, quitting and changing
// page keep the report open with a message; the edits are written as soon as
// the problem is gone.
#include "tests/support/catch_qt.h"
#include "tests/ui/sqlite_window.h"
#include "ui/report_editor.h"
#include "ui/section_page.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <catch2/catch.hpp>

using nb::storage::SqliteReportStore;
using nb::test::SqliteWindow;
using namespace nb::test;

namespace {

QAction *action(const SqliteWindow &f, const char *name)
{
    auto *a = f.window->findChild<QAction *>(QLatin1String(name));
    REQUIRE(a);
    return a;
}

// The message box's text, then OK.
std::function<void(QWidget *)> readAndClose(QString *said)
{
    return [said](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        REQUIRE(box);
        *said = box->text();
        box->accept();
    };
}

} // namespace

TEST_CASE("A committed figure is in the database before the next key is handled", "[ui][saving]")
{
    SqliteWindow f;
    // Enter
    auto *view = goToCell(*f.window, "requests.new.natural");
    typeKeys(view, QStringLiteral("412"));
    pressKey(view, Qt::Key_Return);
    CHECK(f.storedCell("requests.new.natural") == QStringLiteral("412"));
    // Tab
    view = goToCell(*f.window, "requests.new.legal");
    typeKeys(view, QStringLiteral("7"));
    pressKey(view, Qt::Key_Tab);
    CHECK(f.storedCell("requests.new.legal") == QStringLiteral("7"));
    // Leaving the cell: another page is chosen while the editor is open.
    view = goToCell(*f.window, "requests.new.research");
    typeKeys(view, QStringLiteral("9"));
    f.window->editor()->showPage(QStringLiteral("overview"));
    QCoreApplication::processEvents();
    CHECK(f.storedCell("requests.new.research") == QStringLiteral("9"));
    // Delete clears
    view = goToCell(*f.window, "requests.new.legal");
    pressKey(view, Qt::Key_Delete);
    CHECK(f.storedCell("requests.new.legal").isEmpty());
    // Paste
    view = goToCell(*f.window, "requests.new.natural");
    QApplication::clipboard()->setText(QStringLiteral("10\t20\n"));
    action(f, "actionPaste")->trigger();
    CHECK(f.storedCell("requests.new.natural") == QStringLiteral("10"));
    CHECK(f.storedCell("requests.new.commercial") == QStringLiteral("20"));
    // Undo and redo of a cell step
    action(f, "actionUndo")->trigger();
    CHECK(f.storedCell("requests.new.natural") == QStringLiteral("412"));
    action(f, "actionRedo")->trigger();
    CHECK(f.storedCell("requests.new.natural") == QStringLiteral("10"));
    CHECK(f.window->saveProblemText().isEmpty());
}

TEST_CASE("A database that refuses writes keeps the report open with a message on close, switch, quit and page "
          "change — the edits are written once the problem is gone",
          "[ui][saving][fault]")
{
    using Fault = SqliteReportStore::Fault;
    const Fault fault = GENERATE(Fault::ReadOnly, Fault::DiskFull);
    const QString reason = fault == Fault::ReadOnly ? QStringLiteral("只读") : QStringLiteral("磁盘已满");
    INFO((fault == Fault::ReadOnly ? "read-only" : "full disk"));
    SqliteWindow f;
    REQUIRE(f.store->simulateFault(fault).ok());
    // A long text needs new pages: a full disk refuses it as a read-only file does.
    const QString text = QStringLiteral("本年度政府信息公开工作存在的主要问题和改进措施。").repeated(8000);
    QPlainTextEdit *editor = goToText(*f.window, QStringLiteral("problems"));
    editor->setPlainText(text);
    QString said;
    SECTION("closing the report (新建或打开报告)")
    {
        answerNextModal(readAndClose(&said));
        action(f, "actionWelcome")->trigger();
        CHECK(said.contains(reason));
    }
    SECTION("switching to another report")
    {
        answerNextModal(readAndClose(&said));
        CHECK_FALSE(f.window->openReport({f.id.agency, 2022}));
        CHECK(said.contains(reason));
        CHECK(f.window->findChild<QComboBox *>(QStringLiteral("yearSwitch"))->currentText() == QStringLiteral("2023"));
    }
    SECTION("switching with the year box")
    {
        auto *years = f.window->findChild<QComboBox *>(QStringLiteral("yearSwitch"));
        answerNextModal(readAndClose(&said));
        years->setCurrentIndex(years->findText(QStringLiteral("2022")));
        CHECK(said.contains(reason));
        CHECK(years->currentText() == QStringLiteral("2023")); // the report that stayed open
    }
    SECTION("quitting: the question, answered 不退出")
    {
        answerNextModal([&said](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            REQUIRE(box);
            said = box->text();
            CHECK(box->defaultButton() == box->findChild<QPushButton *>(QStringLiteral("stay")));
            box->findChild<QPushButton *>(QStringLiteral("stay"))->click();
        });
        CHECK_FALSE(f.window->close());
        CHECK(f.window->isVisible());
        CHECK(said.contains(reason));
    }
    SECTION("changing page")
    {
        f.window->editor()->showPage(QStringLiteral("requests"));
        QCoreApplication::processEvents();
        CHECK(f.window->editor()->currentPage()->sectionKey() == QStringLiteral("requests"));
    }
    // Whatever was tried: the report is open, the text is in the window, the
    // bar above the report says why, and the database does not have it.
    REQUIRE(f.window->session());
    CHECK(f.session().id() == f.id);
    CHECK(f.window->editor()->isVisible());
    CHECK(f.session().engine().text(QStringLiteral("problems")) == text);
    CHECK(f.window->saveProblemText().contains(reason));
    CHECK(f.window->statusText().contains(QStringLiteral("保存失败")));
    CHECK(f.stored().texts.value(QStringLiteral("problems")) != text);

    // The problem goes away: written without anything more from the user.
    REQUIRE(f.store->simulateFault(Fault::None).ok());
    REQUIRE(QTest::qWaitFor([&] { return f.stored().texts.value(QStringLiteral("problems")) == text; }, 10000));
    CHECK(f.window->saveProblemText().isEmpty());
    CHECK(f.window->statusText().contains(QStringLiteral("已保存")));
    f.window->showWelcome();
    CHECK_FALSE(f.window->session());
}

TEST_CASE("A figure typed while the database is read-only stays, is marked unsaved and is written later",
          "[ui][saving][fault]")
{
    SqliteWindow f;
    REQUIRE(f.store->simulateFault(SqliteReportStore::Fault::ReadOnly).ok());
    auto *view = goToCell(*f.window, "requests.new.natural");
    typeKeys(view, QStringLiteral("412"));
    pressKey(view, Qt::Key_Return);
    CHECK(shownIn(*f.window, "requests.new.natural") == QStringLiteral("412"));
    CHECK(f.storedCell("requests.new.natural") == QStringLiteral("397"));
    CHECK(f.window->saveProblemBar()->isVisible());
    CHECK(f.window->saveProblemText().contains(QStringLiteral("只读")));
    // The way out when quitting: the report as on screen, into a package file.
    const QString rescue = f.dir.filePath(QStringLiteral("rescue.nianbao.json"));
    REQUIRE(f.window->rescueTo(rescue).ok());
    REQUIRE(QFile::exists(rescue));
    REQUIRE(f.store->simulateFault(SqliteReportStore::Fault::None).ok());
    REQUIRE(QTest::qWaitFor([&] { return f.storedCell("requests.new.natural") == QStringLiteral("412"); }, 10000));
    CHECK_FALSE(f.window->saveProblemBar()->isVisible());
}
