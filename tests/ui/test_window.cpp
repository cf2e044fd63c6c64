// The window as a whole: restoring the last report, text pages, undo history, status bar.
#include "tests/session/session_fixture.h"
#include "tests/support/fixtures.h"
#include "tests/ui/window_fixture.h"
#include "ui/findings_panel.h"
#include "ui/print_settings.h"
#include "ui/report_editor.h"
#include "ui/text_page.h"
#include "ui/welcome_page.h"

#include <QAction>
#include <QComboBox>
#include <QFrame>
#include <QInputMethodEvent>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QSettings>
#include <QSpinBox>
#include <QTreeWidget>
#include <QTemporaryDir>
#include "core/interchange/package.h"
#include <QTest>
#include <catch2/catch.hpp>

using nb::test::UiFixture;

TEST_CASE("The window restores the last report on restart", "[ui][window]")
{
    UiFixture f;
    f.window.reset(); // quit
    nb::ui::MainWindow again(f.store);
    again.restoreLastReport();
    REQUIRE(again.session());
    CHECK(again.session()->id() == f.id);
    CHECK(again.findChild<QComboBox *>(QStringLiteral("agencySwitch"))->currentText() == f.id.agency);
}

TEST_CASE("Without a remembered report the welcome page creates one", "[ui][window]")
{
    nb::test::isolateSettings();
    QSettings().clear();
    nb::store::MemoryReportStore store;
    nb::ui::MainWindow window(store);
    window.restoreLastReport();
    CHECK_FALSE(window.session());
    nb::ui::WelcomePage *welcome = window.welcomePage();
    welcome->agencyBox()->setCurrentText(QStringLiteral("示例县教育局"));
    welcome->yearBox()->setValue(2023);
    welcome->submit();
    REQUIRE(window.session());
    CHECK(window.session()->id() == nb::store::ReportId{QStringLiteral("示例县教育局"), 2023});
    CHECK(store.load({QStringLiteral("示例县教育局"), 2023}).ok());
}

TEST_CASE("Chinese typed into a text page reaches the engine and its findings", "[ui][text]")
{
    UiFixture f;
    f.window->editor()->showPage(QStringLiteral("problems"));
    auto *page = qobject_cast<nb::ui::TextPage *>(f.window->editor()->currentPage());
    REQUIRE(page);
    const QString original = page->editor()->toPlainText();
    page->editor()->clear();
    CHECK(f.hasFinding("RS-TEXT-EMPTY"));
    page->editor()->setFocus();
    QInputMethodEvent commit;
    commit.setCommitString(QStringLiteral("本年度存在的主要问题是公开内容不够全面。"));
    QCoreApplication::sendEvent(page->editor(), &commit);
    CHECK(f.session().engine().text(QStringLiteral("problems")) == QStringLiteral("本年度存在的主要问题是公开内容不够全面。"));
    CHECK_FALSE(f.hasFinding("RS-TEXT-EMPTY"));
    // Clearing and typing were one run of typing: one Ctrl+Z in the editor
    // (the window's Undo, not the editor's own) brings back the original.
    f.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(f.window.get()));
    QTest::keyClick(page->editor(), Qt::Key_Z, Qt::ControlModifier);
    CHECK(page->editor()->toPlainText() == original);
}

TEST_CASE("Section 六 inserts the 信息处理费 sentence", "[ui][text]")
{
    UiFixture f;
    f.window->editor()->showPage(QStringLiteral("other"));
    auto *page = qobject_cast<nb::ui::TextPage *>(f.window->editor()->currentPage());
    REQUIRE(page);
    page->editor()->clear();
    page->insertInfoFee(3, QStringLiteral("１50"), QStringLiteral("150"));
    CHECK(f.session().engine().text(QStringLiteral("other"))
          == QStringLiteral("本年度共发出信息处理费收费通知3件，收费金额150元，实际收取信息处理费150元。"));
}

TEST_CASE("The undo history in the Edit menu lists every step and jumps back", "[ui][undo]")
{
    UiFixture f;
    const int cell = f.session().definition().cellIndex(QStringLiteral("requests.new.natural"));
    REQUIRE(f.session().setCellText(cell, QStringLiteral("1")).ok());
    REQUIRE(f.session().setCellText(cell, QStringLiteral("2")).ok());
    auto *menu = f.window->findChild<QMenu *>(QStringLiteral("historyMenu"));
    REQUIRE(menu);
    emit menu->aboutToShow();
    REQUIRE(menu->actions().size() == 3);
    CHECK(menu->actions().at(2)->isChecked());
    menu->actions().at(0)->trigger();
    CHECK(f.shown("requests.new.natural") == QStringLiteral("397"));
}

TEST_CASE("The status bar shows the counts and the save state", "[ui][status]")
{
    UiFixture f;
    CHECK(f.window->statusText().contains(QStringLiteral("错误 0")));
    CHECK(f.window->statusText().contains(QStringLiteral("已保存")));
    const int cell = f.session().definition().cellIndex(QStringLiteral("active.fees.amount"));
    REQUIRE(f.session().setCellText(cell, QStringLiteral("1")).ok());
    CHECK(f.store.writeCount() == 1); // a committed figure is written at once
    CHECK(f.window->statusText().contains(QStringLiteral("已保存")));
    REQUIRE(f.session().setText(QStringLiteral("problems"), QStringLiteral("正在输入的文字")).ok());
    CHECK(f.window->statusText().contains(QStringLiteral("正在保存")));
    REQUIRE(QTest::qWaitFor([&] { return f.window->statusText().contains(QStringLiteral("已保存")); }, 10000));
    CHECK(f.store.writeCount() == 2);
    f.store.failWrites(true);
    REQUIRE(f.session().setCellText(cell, QStringLiteral("2")).ok());
    CHECK(f.window->statusText().contains(QStringLiteral("保存失败")));
    CHECK(f.window->saveProblemBar()->isVisible());
    CHECK(f.window->saveProblemText().contains(QStringLiteral("测试中模拟的故障")));
    f.store.failWrites(false);
}

TEST_CASE("Explaining a warning marks it as explained", "[ui][findings]")
{
    UiFixture f;
    REQUIRE(f.session().setText(QStringLiteral("problems"), QString()).ok());
    REQUIRE(f.session().setExplanation(QStringLiteral("RS-TEXT-EMPTY"), QStringLiteral("本年度无问题")).ok());
    QTreeWidget *tree = f.window->editor()->findingsPanel()->tree();
    const auto items = tree->findItems(QStringLiteral("RS-TEXT-EMPTY"), Qt::MatchExactly | Qt::MatchRecursive, 1);
    REQUIRE(items.size() == 1);
    CHECK(items.first()->text(0) == QStringLiteral("已说明"));
    CHECK(items.first()->text(2).contains(QStringLiteral("本年度无问题")));
}

TEST_CASE("Importing a package is one undo step and exporting writes a package", "[ui][import]")
{
    UiFixture f;
    const QString before = f.shown("requests.new.natural");
    REQUIRE(f.window->importPackage(QStringLiteral(NB_TEST_DATA "/full-2022.nianbao.json")).ok());
    CHECK(f.session().id() == f.id); // the contents came in; agency and year stayed
    CHECK(f.session().undoStack()->count() == 1);
    const QString imported = f.shown("requests.new.natural");
    f.action("actionUndo")->trigger();
    CHECK(f.shown("requests.new.natural") == before);
    f.action("actionRedo")->trigger();
    CHECK(f.shown("requests.new.natural") == imported);

    CHECK_FALSE(f.window->importPackage(QStringLiteral(NB_TEST_DATA "/no-such-file.nianbao.json")).ok());
    CHECK(f.session().undoStack()->count() == 1);

    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out.nianbao.json"));
    REQUIRE(f.window->exportTo(out).ok());
    auto back = nb::interchange::Package::readFile(out, f.session().definition());
    REQUIRE(back.ok());
    CHECK(back->cells == f.session().engine().report().cells);
    CHECK(f.window->exportTo(dir.filePath(QStringLiteral("out.xyz"))).error().code == QStringLiteral("ui.format"));
}

TEST_CASE("Carrying forward from last year again is one undo step", "[ui][newyear]")
{
    UiFixture f;
    const QString before = f.shown("requests.new.natural");
    auto carried = f.store.newYear(f.id.agency, f.id.year, true);
    REQUIRE(carried.ok());
    REQUIRE(f.session().replaceContents(carried.value(), QStringLiteral("从上一年度结转")).ok());
    CHECK(f.shown("requests.new.natural").isEmpty()); // a fresh year has no new applications yet
    CHECK(f.session().undoStack()->count() == 1);
    f.action("actionUndo")->trigger();
    CHECK(f.shown("requests.new.natural") == before);
}

TEST_CASE("Values in the settings file that are not ours are ignored: recent reports, the last report, the paper", "[ui][window][badinput]")
{
    nb::test::isolateSettings();
    QSettings().clear();
    nb::store::MemoryReportStore store;
    REQUIRE(store.create(nb::test::full2022()).ok());
    const QString good = nb::test::full2022().agencyName + QStringLiteral("\t2022");
    QSettings settings;
    settings.setValue(QStringLiteral("session/lastReport"), QStringLiteral("示范局\u001b[2J\t2022"));
    settings.setValue(QStringLiteral("session/recentReports"),
                      QStringList{QStringLiteral("../../etc/passwd\t2022"), QStringLiteral("x' OR '1'='1\t2022"),
                                  QStringLiteral("示范局\u001b[2J\t2022"), nb::test::full2022().agencyName + QStringLiteral("\t99999"), good});
    settings.setValue(QStringLiteral("print/paper"), -7);
    settings.setValue(QStringLiteral("print/paperMm"), QVariantList{QStringLiteral("abc"), 0});
    settings.setValue(QStringLiteral("print/margins"), QVariantList{1, 2, 3, 4});
    settings.sync();

    nb::ui::MainWindow window(store);
    window.restoreLastReport();
    CHECK_FALSE(window.session()); // the welcome page
    QMenu *recent = nullptr;
    for (QMenu *menu : window.findChildren<QMenu *>())
        if (menu->title().startsWith(QStringLiteral("最近打开的报告")))
            recent = menu;
    REQUIRE(recent);
    QStringList shown;
    for (QAction *a : recent->actions())
        shown << a->text();
    CHECK(shown == QStringList{QStringLiteral("%1 2022年").arg(nb::test::full2022().agencyName)});

    // A paper id outside Qt's enumeration is never used as one (ASan sees the index otherwise).
    QPrinter printer;
    const QPageLayout before = printer.pageLayout();
    nb::ui::print_settings::apply(printer);
    CHECK(printer.pageLayout().isValid());
    CHECK(printer.pageLayout().pageSize().isEquivalentTo(before.pageSize()));
}
