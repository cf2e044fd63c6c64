// Undo and redo from the keyboard: Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y (as in WPS
// and Excel); in a text page Ctrl+Z takes back one run of typing.
#include "core/session/edit_commands.h"
#include "tests/ui/keyboard.h"
#include "tests/ui/window_fixture.h"
#include "ui/report_editor.h"
#include "ui/text_page.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QPlainTextEdit>
#include <QTest>
#include <catch2/catch.hpp>

using nb::test::UiFixture;
namespace keys = nb::test::keys;

namespace {
nb::ui::TextPage *openTextPage(UiFixture &f, const char *section)
{
    f.window->editor()->showPage(QString::fromLatin1(section));
    auto *page = qobject_cast<nb::ui::TextPage *>(f.window->editor()->currentPage());
    REQUIRE(page);
    page->enter();
    QCoreApplication::processEvents();
    REQUIRE(keys::focused() == page->editor());
    page->editor()->moveCursor(QTextCursor::End);
    return page;
}
} // namespace

TEST_CASE("Ctrl+Y redoes as well as Ctrl+Shift+Z, in a table and in a text", "[ui][undo]")
{
    UiFixture f;
    const QList<QKeySequence> redo = f.action("actionRedo")->shortcuts();
    CHECK(redo.contains(QKeySequence(Qt::CTRL | Qt::Key_Y)));
    CHECK(redo.contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
    f.goToCell("requests.new.natural");
    keys::type(QStringLiteral("400"));
    keys::press(Qt::Key_Return);
    REQUIRE(f.shown("requests.new.natural") == QStringLiteral("400"));
    keys::press(Qt::Key_Z, Qt::ControlModifier);
    CHECK(f.shown("requests.new.natural") == QStringLiteral("397"));
    keys::press(Qt::Key_Y, Qt::ControlModifier);
    CHECK(f.shown("requests.new.natural") == QStringLiteral("400"));
    keys::press(Qt::Key_Z, Qt::ControlModifier);
    keys::press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(f.shown("requests.new.natural") == QStringLiteral("400"));

    nb::ui::TextPage *page = openTextPage(f, "problems");
    const QString before = page->editor()->toPlainText();
    keys::commitText(QStringLiteral("另有一句。"));
    keys::press(Qt::Key_Z, Qt::ControlModifier);
    CHECK(page->editor()->toPlainText() == before);
    keys::press(Qt::Key_Y, Qt::ControlModifier); // not the editor's own redo: the report's
    CHECK(f.session().engine().text(QStringLiteral("problems")) == before + QStringLiteral("另有一句。"));
    CHECK(page->editor()->toPlainText() == before + QStringLiteral("另有一句。"));
}

TEST_CASE("Ctrl+Z in a text page takes back one run of typing, not the whole visit", "[ui][undo][text]")
{
    UiFixture f;
    nb::ui::TextPage *page = openTextPage(f, "problems");
    const QString original = page->editor()->toPlainText();
    // Two sentences: the sentence end closes the first run.
    keys::commitText(QStringLiteral("一是"));
    keys::commitText(QStringLiteral("宣传不够。"));
    keys::commitText(QStringLiteral("二是"));
    keys::commitText(QStringLiteral("人员不足"));
    keys::press(Qt::Key_Z, Qt::ControlModifier);
    CHECK(page->editor()->toPlainText() == original + QStringLiteral("一是宣传不够。"));
    // A paste is a step of its own, between two runs of typing.
    QApplication::clipboard()->setText(QStringLiteral("（附表）"));
    keys::commitText(QStringLiteral("另"));
    keys::press(Qt::Key_V, Qt::ControlModifier);
    keys::commitText(QStringLiteral("见"));
    CHECK(page->editor()->toPlainText() == original + QStringLiteral("一是宣传不够。另（附表）见"));
    keys::press(Qt::Key_Z, Qt::ControlModifier);
    CHECK(page->editor()->toPlainText() == original + QStringLiteral("一是宣传不够。另（附表）"));
    keys::press(Qt::Key_Z, Qt::ControlModifier);
    CHECK(page->editor()->toPlainText() == original + QStringLiteral("一是宣传不够。另"));
    // A pause ends a run too.
    QTest::qWait(nb::session::TextCommand::kPauseMs + 200);
    keys::commitText(QStringLiteral("外"));
    keys::press(Qt::Key_Z, Qt::ControlModifier);
    CHECK(page->editor()->toPlainText() == original + QStringLiteral("一是宣传不够。另"));
    keys::press(Qt::Key_Z, Qt::ControlModifier);
    keys::press(Qt::Key_Z, Qt::ControlModifier);
    CHECK(page->editor()->toPlainText() == original);
}
