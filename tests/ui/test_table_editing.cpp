// Driving the real table widgets: typing, Enter/Tab, refusals, paste, copy, delete.
#include "tests/ui/window_fixture.h"
#include "ui/findings_panel.h"
#include "ui/report_editor.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QTest>
#include <QTreeWidget>
#include <catch2/catch.hpp>

using nb::test::UiFixture;

// Keys go where a person's keystrokes go: the first opens the editor, the
// rest reach the editor that now has the focus.
static void typeInto(QWidget *view, const QString &text)
{
    for (QChar c : text) {
        QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : view;
        QTest::keyClick(target, c.toLatin1());
    }
}

static void pressReturn(QWidget *view)
{
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : view, Qt::Key_Return);
    QCoreApplication::processEvents(); // the delegate commits through a queued call
}

static bool findingsListed(const UiFixture &f, const QString &rule)
{
    QTreeWidget *tree = f.window->editor()->findingsPanel()->tree();
    return !tree->findItems(rule, Qt::MatchExactly | Qt::MatchRecursive, 1).isEmpty();
}

TEST_CASE("Typing a figure updates the row and column totals and the findings", "[ui][table]")
{
    UiFixture f;
    auto *view = f.goToCell("requests.new.natural");
    const QModelIndex start = view->currentIndex();
    const int rowTotal = f.shown("requests.new.total").toInt();
    REQUIRE_FALSE(findingsListed(f, QStringLiteral("R3-BALANCE")));

    typeInto(view, QStringLiteral("400")); // typing replaces the old 397
    pressReturn(view);

    CHECK(f.shown("requests.new.natural") == QStringLiteral("400"));
    CHECK(f.shown("requests.new.total").toInt() == rowTotal + 3);
    const QModelIndex total = view->reportModel()->indexOfCell(
        f.session().definition().cellIndex(QStringLiteral("requests.new.total")));
    CHECK(total.data().toString().toInt() == rowTotal + 3);
    CHECK(findingsListed(f, QStringLiteral("R3-BALANCE")));
    CHECK(f.window->statusText().contains(QStringLiteral("错误 ")));
    CHECK_FALSE(f.window->statusText().contains(QStringLiteral("错误 0")));
    // Enter committed and moved down.
    CHECK(view->currentIndex().row() == start.row() + 1);
    CHECK(view->currentIndex().column() == start.column());
}

TEST_CASE("Tab moves right, Delete clears, derived cells are read-only", "[ui][table]")
{
    UiFixture f;
    auto *view = f.goToCell("requests.new.natural");
    const QModelIndex start = view->currentIndex();
    QTest::keyClick(view, Qt::Key_Tab);
    CHECK(view->currentIndex().column() == start.column() + 1);
    QTest::keyClick(view, Qt::Key_Delete);
    CHECK(f.shown("requests.new.commercial").isEmpty());
    auto *totalView = f.goToCell("requests.new.total");
    CHECK_FALSE(totalView->model()->flags(totalView->currentIndex()).testFlag(Qt::ItemIsEditable));
    // Header and stub cells never take the cursor.
    QTest::keyClick(view, Qt::Key_Up);
    QTest::keyClick(view, Qt::Key_Up);
    CHECK(view->reportModel()->cellAt(view->currentIndex()) >= 0);
}

TEST_CASE("Invalid typing is refused next to the cell and the old value stays", "[ui][table]")
{
    UiFixture f;
    auto *view = f.goToCell("requests.new.natural");
    const QModelIndex start = view->currentIndex();
    typeInto(view, QStringLiteral("abc"));
    pressReturn(view);
    CHECK(f.shown("requests.new.natural") == QStringLiteral("397"));
    CHECK_FALSE(view->lastMessage().isEmpty());
    CHECK(view->currentIndex() == start);
    CHECK(f.session().undoStack()->count() == 0);
}

TEST_CASE("A pasted block is applied and undone as one step", "[ui][paste]")
{
    UiFixture f;
    auto *view = f.goToCell("requests.new.natural");
    QApplication::clipboard()->setText(QStringLiteral("10\t20\n3\t4\n"));
    f.action("actionPaste")->trigger();
    CHECK(f.shown("requests.new.natural") == QStringLiteral("10"));
    CHECK(f.shown("requests.carried_in.commercial") == QStringLiteral("4"));
    CHECK(f.session().undoStack()->count() == 1);
    f.action("actionUndo")->trigger();
    CHECK(f.shown("requests.new.natural") == QStringLiteral("397"));
    CHECK(f.shown("requests.carried_in.commercial") == QStringLiteral("0"));
    f.action("actionRedo")->trigger();
    CHECK(f.shown("requests.new.natural") == QStringLiteral("10"));
    (void)view;
}

TEST_CASE("An invalid paste changes nothing and says why", "[ui][paste]")
{
    UiFixture f;
    auto *view = f.goToCell("requests.new.natural");
    CHECK_FALSE(view->pasteText(QStringLiteral("10\t20\n3\tx\n")));
    CHECK(view->lastMessage().contains(QStringLiteral("x")));
    CHECK(f.shown("requests.new.natural") == QStringLiteral("397"));
    CHECK(f.session().undoStack()->count() == 0);
}

TEST_CASE("Copy gives the selection as tab-separated text", "[ui][copy]")
{
    UiFixture f;
    auto *view = f.goToCell("requests.new.natural");
    const QModelIndex a = view->currentIndex();
    view->selectionModel()->select(QItemSelection(a, a.sibling(a.row() + 1, a.column() + 1)),
                                   QItemSelectionModel::ClearAndSelect);
    f.action("actionCopy")->trigger();
    CHECK(QApplication::clipboard()->text() == QStringLiteral("397\t26\n1\t0\n"));
}

TEST_CASE("Clicking a finding makes its cell current", "[ui][findings]")
{
    UiFixture f;
    REQUIRE(f.session().setCellText(f.session().definition().cellIndex(QStringLiteral("requests.carried_out.legal")),
                                     QStringLiteral("5")).ok());
    QTreeWidget *tree = f.window->editor()->findingsPanel()->tree();
    const auto items = tree->findItems(QStringLiteral("R3-BALANCE"), Qt::MatchExactly | Qt::MatchRecursive, 1);
    REQUIRE_FALSE(items.isEmpty());
    f.window->editor()->showPage(QStringLiteral("overview")); // start elsewhere
    tree->scrollToItem(items.first());
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(items.first()).center());
    QCoreApplication::processEvents();
    REQUIRE(f.window->editor()->currentPage()->sectionKey() == QStringLiteral("requests"));
    auto *page = f.tablePage("requests");
    auto *view = page->views().first();
    const int current = view->reportModel()->cellAt(view->currentIndex());
    REQUIRE(current >= 0);
    CHECK(f.session().definition().cells()[current].key.endsWith(QStringLiteral(".legal")));
}

TEST_CASE("A final report refuses edits", "[ui][final]")
{
    UiFixture f;
    REQUIRE(f.window->finalise().ok());
    CHECK(f.window->statusText().contains(QStringLiteral("定稿")));
    auto *view = f.goToCell("requests.new.natural");
    CHECK_FALSE(view->model()->flags(view->currentIndex()).testFlag(Qt::ItemIsEditable));
    typeInto(view, QStringLiteral("5"));
    pressReturn(view);
    CHECK_FALSE(view->pasteText(QStringLiteral("1")));
    QTest::keyClick(view, Qt::Key_Delete);
    CHECK(f.shown("requests.new.natural") == QStringLiteral("397"));
    CHECK_FALSE(f.action("actionPaste")->isEnabled());
    CHECK(f.action("actionReopen")->isEnabled());
    REQUIRE(f.window->reopen(QStringLiteral("补充文号")).ok());
    CHECK(view->model()->flags(view->currentIndex()).testFlag(Qt::ItemIsEditable));
}

TEST_CASE("Finalise is refused while errors remain", "[ui][final]")
{
    UiFixture f;
    auto *view = f.goToCell("requests.new.natural");
    typeInto(view, QStringLiteral("1"));
    pressReturn(view);
    auto refused = f.window->finalise();
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("R3-BALANCE")));
    CHECK_FALSE(f.session().isFinal());
    CHECK(f.window->statusText().contains(QStringLiteral("草稿")));
}
