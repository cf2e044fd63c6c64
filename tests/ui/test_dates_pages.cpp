// Dates are written the Chinese way in the Chinese interface whatever the
// system locale (2026年12月2日 03:23), the English way in English; the window
// reopens on the page that was open when it closed.
#include "tests/support/catch_qt.h"
#include "tests/ui/window_fixture.h"

#include "ui/date_text.h"
#include "ui/history_dialog.h"
#include "ui/report_editor.h"
#include "ui/section_page.h"
#include "ui/welcome_page.h"

#include <QDateEdit>
#include <QRegularExpression>
#include <QSettings>
#include <QTest>
#include <QTreeWidget>
#include <catch2/catch.hpp>

using nb::test::UiFixture;

namespace {
const QRegularExpression kChinese(QStringLiteral(R"(^\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}$)"));
const QRegularExpression kEnglish(QStringLiteral(R"(^\d{1,2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}$)"));

QStringList column(QTreeWidget *tree, int c)
{
    QStringList out;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        out << tree->topLevelItem(i)->text(c);
    return out;
}
} // namespace

TEST_CASE("One helper writes dates for the interface's language", "[ui][dates]")
{
    const QDateTime when(QDate(2026, 12, 2), QTime(3, 23, 5));
    QLocale::setDefault(QLocale::c()); // a clerk's desktop with LANG=C: the interface is Chinese
    CHECK(nb::ui::date_text::dateTime(when) == QStringLiteral("2026年12月2日 03:23"));
    CHECK(nb::ui::date_text::date(when.date()) == QStringLiteral("2026年12月2日"));
    CHECK(nb::ui::date_text::time(when.time()) == QStringLiteral("03:23:05"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    CHECK(nb::ui::date_text::dateTime(when) == QStringLiteral("2 Dec 2026 03:23"));
    QLocale::setDefault(QLocale::c());
}

TEST_CASE("The welcome list, 历史版本 and the publication date write dates the Chinese way", "[ui][dates]")
{
    UiFixture f;
    f.window->editor()->showPage(QStringLiteral("meta"));
    auto *date = f.window->findChild<QDateEdit *>();
    REQUIRE(date);
    CHECK(date->text().contains(QStringLiteral("年")));
    CHECK(date->text().endsWith(QStringLiteral("日")));

    REQUIRE(f.store.takeSnapshot(f.id, QStringLiteral("手动")).ok());
    nb::ui::HistoryDialog *history = f.window->showHistory();
    REQUIRE(history);
    auto *snapshots = history->findChild<QTreeWidget *>(QStringLiteral("snapshotList"));
    REQUIRE(snapshots->topLevelItemCount() > 0);
    for (const QString &shown : column(snapshots, 0))
        CHECK(kChinese.match(shown).hasMatch());
    history->reject();

    f.window->showWelcome();
    auto *list = f.window->welcomePage()->reportList();
    REQUIRE(list->topLevelItemCount() == 2);
    for (const QString &shown : column(list, 3)) {
        INFO(shown.toStdString());
        CHECK(kChinese.match(shown).hasMatch());
    }
}

TEST_CASE("The English interface writes them the English way", "[ui][dates]")
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    UiFixture f;
    f.window->showWelcome();
    for (const QString &shown : column(f.window->welcomePage()->reportList(), 3)) {
        INFO(shown.toStdString());
        CHECK(kEnglish.match(shown).hasMatch());
    }
    QLocale::setDefault(QLocale::c());
}

TEST_CASE("The window reopens on the page that was open when it closed", "[ui][window]")
{
    UiFixture f;
    f.window->editor()->showPage(QStringLiteral("problems"));
    REQUIRE(f.window->close());
    f.window.reset();
    {
        nb::ui::MainWindow again(f.store);
        again.restoreLastReport();
        again.show();
        REQUIRE(QTest::qWaitForWindowExposed(&again));
        REQUIRE(again.session());
        CHECK(again.session()->id() == f.id);
        CHECK(again.editor()->currentPage()->sectionKey() == QStringLiteral("problems"));
        // Closed on the welcome page: it opens on the welcome page.
        again.showWelcome();
        REQUIRE(again.close());
    }
    nb::ui::MainWindow third(f.store);
    third.restoreLastReport();
    CHECK_FALSE(third.session());
    // Switching reports opens the other on its first page.
    REQUIRE(third.openReport(f.id));
    CHECK(third.editor()->currentPage()->sectionKey() == third.editor()->pages().first()->sectionKey());
}
