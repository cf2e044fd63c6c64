// Keyboard entry: every figure lands where the clerk meant it.
#include "tests/ui/keyboard.h"
#include "tests/ui/window_fixture.h"
#include "tests/support/catch_qt.h"
#include "ui/cell_message.h"
#include "ui/report_editor.h"

#include <QApplication>
#include <QLineEdit>
#include <QTest>
#include <catch2/catch.hpp>

using nb::test::UiFixture;
using nb::ui::ReportTableView;
namespace keys = nb::test::keys;

namespace {
// The table the keyboard is in (also while its cell editor is open).
ReportTableView *focusedTable()
{
    for (QWidget *w = keys::focused(); w; w = w->parentWidget())
        if (auto *view = qobject_cast<ReportTableView *>(w))
            return view;
    return nullptr;
}

// The key of the cell the cursor is on; "" when the keyboard is not in a table.
QString cursorAt(const UiFixture &f)
{
    ReportTableView *view = focusedTable();
    const int cell = view ? view->reportModel()->cellAt(view->currentIndex()) : -1;
    return cell >= 0 ? f.session().definition().cells()[cell].key : QString();
}

QLineEdit *openEditor() { return qobject_cast<QLineEdit *>(QApplication::focusWidget()); }

// The message beside the current cell: shown, and next to the cell (below
// or above it, overlapping its columns).
bool messageBesideCurrentCell(ReportTableView *view)
{
    nb::ui::CellMessage *m = view->cellMessage();
    const QRect cell = view->cellRectOnHost(view->currentIndex());
    const QRect box = m->geometry();
    const bool touching = box.top() == cell.bottom() + 2 || box.top() == cell.bottom() + 1
                          || box.bottom() + 1 == cell.top() - 1 || box.bottom() + 2 == cell.top() - 1;
    return m->isVisible() && !m->text().isEmpty() && touching && box.left() <= cell.right()
           && box.right() >= cell.left();
}
} // namespace

TEST_CASE("四: Tab from 尚未审结 skips the 总计 and every figure lands in its column", "[ui][keyboard]")
{
    UiFixture f;
    f.goToCell("appeals.review.other");
    keys::type(QStringLiteral("7"));
    keys::press(Qt::Key_Tab);
    keys::type(QStringLiteral("3")); // 尚未审结
    keys::press(Qt::Key_Tab);
    keys::type(QStringLiteral("11")); // the next input cell: 未经复议直接起诉 / 结果维持
    keys::press(Qt::Key_Tab);
    keys::type(QStringLiteral("12"));
    keys::press(Qt::Key_Tab);
    CHECK(f.shown("appeals.review.other") == QStringLiteral("7"));
    CHECK(f.shown("appeals.review.pending") == QStringLiteral("3"));
    CHECK(f.shown("appeals.suit_direct.upheld") == QStringLiteral("11"));
    CHECK(f.shown("appeals.suit_direct.corrected") == QStringLiteral("12"));
}

TEST_CASE("二: Tab from the last cell of a row never wraps onto that row", "[ui][keyboard]")
{
    UiFixture f;
    const QString firstOfRow = f.shown("active.normative_documents.issued");
    f.goToCell("active.normative_documents.in_force");
    keys::type(QStringLiteral("40"));
    keys::press(Qt::Key_Tab);
    keys::type(QStringLiteral("9")); // the next table's first input cell: 行政许可
    keys::press(Qt::Key_Tab);
    CHECK(f.shown("active.normative_documents.in_force") == QStringLiteral("40"));
    CHECK(f.shown("active.normative_documents.issued") == firstOfRow);
    CHECK(f.shown("active.licensing.decisions") == QStringLiteral("9"));
}

TEST_CASE("Tab, Enter and the arrows move over input cells only and never wrap back", "[ui][keyboard]")
{
    UiFixture f;
    // 三: Tab at the end of a row goes to the first input cell of the next row (the 总计 column skipped).
    f.goToCell("requests.new.other_org");
    keys::press(Qt::Key_Tab);
    CHECK(cursorAt(f) == QStringLiteral("requests.carried_in.natural"));
    keys::press(Qt::Key_Backtab, Qt::ShiftModifier);
    CHECK(cursorAt(f) == QStringLiteral("requests.new.other_org"));
    keys::press(Qt::Key_Right); // the total is not a stop; the row ends here
    CHECK(cursorAt(f) == QStringLiteral("requests.new.other_org"));
    // Enter goes down, over the （七）总计 row, and from the bottom of a column to the top of the next.
    f.goToCell("requests.result.other.other.natural");
    keys::press(Qt::Key_Return);
    CHECK(cursorAt(f) == QStringLiteral("requests.carried_out.natural"));
    keys::press(Qt::Key_Return);
    CHECK(cursorAt(f) == QStringLiteral("requests.new.commercial"));
    keys::press(Qt::Key_Return, Qt::ShiftModifier);
    CHECK(cursorAt(f) == QStringLiteral("requests.carried_out.natural"));
    keys::press(Qt::Key_Up);
    CHECK(cursorAt(f) == QStringLiteral("requests.result.other.other.natural"));
    // 二: Down from the bottom of a table continues in the next one, Up comes back to the last input cell.
    f.goToCell("active.normative_documents.repealed");
    keys::press(Qt::Key_Down);
    CHECK(cursorAt(f) == QStringLiteral("active.licensing.decisions"));
    keys::press(Qt::Key_Up);
    CHECK(cursorAt(f) == QStringLiteral("active.normative_documents.in_force"));
    // 四: Enter along its one row steps over each group's 总计.
    f.goToCell("appeals.review.pending");
    keys::press(Qt::Key_Return);
    CHECK(cursorAt(f) == QStringLiteral("appeals.suit_direct.upheld"));
}

TEST_CASE("At the page's last input cell the cursor stays and says so", "[ui][keyboard]")
{
    UiFixture f;
    f.goToCell("appeals.suit_after_review.pending");
    keys::type(QStringLiteral("6"));
    keys::press(Qt::Key_Tab);
    CHECK(f.shown("appeals.suit_after_review.pending") == QStringLiteral("6"));
    ReportTableView *view = focusedTable();
    REQUIRE(view);
    CHECK(cursorAt(f) == QStringLiteral("appeals.suit_after_review.pending"));
    CHECK(messageBesideCurrentCell(view));
    CHECK(view->shownMessage().contains(QStringLiteral("Ctrl+PageDown")));
    keys::press(Qt::Key_Left); // the next key takes the notice away
    CHECK(view->shownMessage().isEmpty());
    CHECK(f.shown("appeals.suit_after_review.pending") == QStringLiteral("6"));
}

TEST_CASE("Typing on a total is refused beside the cell, never dropped silently", "[ui][keyboard]")
{
    UiFixture f;
    const QString total = f.shown("appeals.review.total");
    ReportTableView *view = f.goToCell("appeals.review.total"); // as after a click on it
    REQUIRE(cursorAt(f) == QStringLiteral("appeals.review.total"));
    keys::type(QStringLiteral("5"));
    CHECK(messageBesideCurrentCell(view));
    CHECK(view->shownMessage().contains(QStringLiteral("自动计算")));
    CHECK(cursorAt(f) == QStringLiteral("appeals.review.total")); // no jump to a cell starting with 5
    CHECK(f.shown("appeals.review.total") == total);
    CHECK(f.session().undoStack()->count() == 0);
    keys::press(Qt::Key_Delete);
    CHECK(view->shownMessage().contains(QStringLiteral("自动计算")));
    keys::commitText(QStringLiteral("５")); // a full-width figure from an input method
    CHECK(view->shownMessage().contains(QStringLiteral("自动计算")));
    CHECK(f.shown("appeals.review.total") == total);
    // The next key that moves goes to an input cell.
    keys::press(Qt::Key_Tab);
    CHECK(cursorAt(f) == QStringLiteral("appeals.suit_direct.upheld"));
}

TEST_CASE("Refused input stays in the editor with its message beside the cell until corrected", "[ui][keyboard]")
{
    UiFixture f;
    struct Case {
        const char *cell;
        const char *typed;
        const char *says;
        Qt::Key commit; // moves to another input cell (at the page's end Tab would stay with a notice)
    };
    const Case cases[] = {{"requests.new.natural", "-3", "负数", Qt::Key_Tab},
                          {"requests.new.natural", "1.5", "整数", Qt::Key_Tab},
                          {"requests.new.natural", "abc", "不是数字", Qt::Key_Tab},
                          {"requests.new.natural", "12345678901234567890", "太大", Qt::Key_Tab},
                          {"active.fees.amount", "1.1234567", "小数", Qt::Key_Up}};
    for (const Case &c : cases) {
        INFO(c.typed);
        ReportTableView *view = f.goToCell(c.cell);
        const QString before = f.shown(c.cell);
        keys::type(QString::fromLatin1(c.typed));
        keys::press(Qt::Key_Return);
        QLineEdit *editor = openEditor();
        REQUIRE(editor);
        CHECK(editor->text() == QString::fromLatin1(c.typed));
        CHECK(messageBesideCurrentCell(view));
        CHECK(view->shownMessage().contains(QString::fromUtf8(c.says)));
        CHECK(f.shown(c.cell) == before);
        // Corrected in place: Backspace over the mistake, the right figure, Tab.
        for (int i = 0; i < int(qstrlen(c.typed)); ++i)
            keys::press(Qt::Key_Backspace);
        keys::type(QStringLiteral("7"));
        keys::press(c.commit);
        CHECK(f.shown(c.cell) == QStringLiteral("7"));
        CHECK(view->shownMessage().isEmpty());
        CHECK_FALSE(openEditor());
    }
}

TEST_CASE("A refused figure corrected in its editor moves on with the key that commits it", "[ui][keyboard]")
{
    // Committing reinstalls the item delegate's key filter ahead of the
    // table's: without care the Tab after a correction went to the delegate,
    // which committed but left the cursor where it was.
    UiFixture f;
    f.goToCell("requests.carried_in.natural");
    keys::type(QStringLiteral("-3"));
    keys::press(Qt::Key_Return);
    REQUIRE(openEditor());
    QTest::keyClick(keys::focused(), Qt::Key_A, Qt::ControlModifier);
    keys::type(QStringLiteral("3923"));
    keys::press(Qt::Key_Tab);
    CHECK(f.shown("requests.carried_in.natural") == QStringLiteral("3923"));
    CHECK(cursorAt(f) == QStringLiteral("requests.carried_in.commercial"));
}

TEST_CASE("Escape abandons a refused figure and takes its message away", "[ui][keyboard]")
{
    UiFixture f;
    ReportTableView *view = f.goToCell("requests.new.natural");
    keys::type(QStringLiteral("abc"));
    keys::press(Qt::Key_Tab);
    REQUIRE_FALSE(view->shownMessage().isEmpty());
    keys::press(Qt::Key_Escape);
    CHECK(view->shownMessage().isEmpty());
    CHECK(f.shown("requests.new.natural") == QStringLiteral("397"));
    CHECK(cursorAt(f) == QStringLiteral("requests.new.natural"));
}
