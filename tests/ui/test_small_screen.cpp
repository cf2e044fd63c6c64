// A 1366×768 laptop screen: every window and dialog fits, the column headers
// of 三 stay in sight while its rows scroll, the findings list shows each
// whole message. ctest runs this program with the offscreen platform's screen
// set to 1366×768 (tests/data/screen-1366x768.json).
#include "tests/support/catch_qt.h"
#include "tests/ui/keyboard.h"
#include "tests/ui/window_fixture.h"
#include "ui/findings_panel.h"
#include "ui/history_dialog.h"
#include "ui/import_preview_dialog.h"
#include "ui/pinned_header.h"
#include "ui/report_editor.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <catch2/catch.hpp>
#include <functional>

using nb::test::UiFixture;
namespace keys = nb::test::keys;

namespace {
const QSize kScreen(1366, 768);

// The fonts the desktop app sets (app/desktop/main.cpp), so sizes are the real ones.
void useAppFonts()
{
    QFont font = QApplication::font();
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC")});
    QApplication::setFont(font);
}

struct SmallScreen {
    SmallScreen()
    {
        useAppFonts();
        REQUIRE(QGuiApplication::primaryScreen()->geometry().size() == kScreen);
    }
};

// The window, frame included, inside the screen's available area, and its
// layout does not ask for more than that.
bool fits(QWidget *w)
{
    QCoreApplication::processEvents();
    const QRect area = QGuiApplication::primaryScreen()->availableGeometry();
    const QRect frame = w->frameGeometry();
    const QSize least = w->minimumSizeHint().expandedTo(w->minimumSize());
    INFO(w->metaObject()->className() << " " << w->objectName().toStdString() << ": frame " << frame.x() << ","
         << frame.y() << " " << frame.width() << "x" << frame.height() << ", needs at least " << least.width() << "x"
         << least.height());
    CHECK(w->isVisible());
    CHECK(area.contains(frame));
    CHECK(least.width() <= area.width());
    CHECK(least.height() <= area.height());
    return w->isVisible() && area.contains(frame) && least.width() <= area.width() && least.height() <= area.height();
}

// Checks the size of the next modal dialog, then closes it.
void checkNextModal(std::function<void(QWidget *)> close = {})
{
    QTimer::singleShot(0, qApp, [close] {
        QWidget *modal = QApplication::activeModalWidget();
        REQUIRE(modal);
        CHECK(fits(modal));
        if (close)
            close(modal);
        else if (auto *dialog = qobject_cast<QDialog *>(modal))
            dialog->reject();
    });
}
} // namespace

TEST_CASE("The main window fits a 1366×768 screen on every page", "[small-screen]")
{
    SmallScreen screen;
    UiFixture f;
    CHECK(fits(f.window.get()));
    for (nb::ui::SectionPage *page : f.window->editor()->pages()) {
        INFO(page->sectionKey().toStdString());
        f.window->editor()->showPage(page->sectionKey());
        CHECK(fits(f.window.get()));
    }
    f.window->showWelcome();
    CHECK(fits(f.window.get()));
}

TEST_CASE("Every dialog fits a 1366×768 screen", "[small-screen]")
{
    SmallScreen screen;
    UiFixture f;
    nb::ui::HistoryDialog *history = f.window->showHistory();
    REQUIRE(history);
    CHECK(fits(history));
    history->reject();

    auto read = f.window->readImportFile(QStringLiteral(NB_TEST_DATA "/published/finding-rs-rows.txt"));
    REQUIRE(read.ok());
    nb::ui::ImportPreviewDialog *preview = f.window->showImportPreview(read.value(), QStringLiteral("finding-rs-rows.txt"));
    REQUIRE(preview);
    CHECK(fits(preview));
    preview->reject();

    checkNextModal(); // the print preview
    f.action("actionPrintPreview")->trigger();
    // (Qt's page setup dialog opens only for a native printer, which the test machine lacks.)
    checkNextModal([](QWidget *w) { qobject_cast<QMessageBox *>(w)->button(QMessageBox::Cancel)->click(); });
    f.action("actionFinalise")->trigger();
    f.window->activateWindow(); // the keyboard back in the window after the dialogs
    REQUIRE(QTest::qWaitForWindowActive(f.window.get()));
    f.goToCell("requests.new.natural");
    checkNextModal(); // a cell note
    keys::press(Qt::Key_F2, Qt::ShiftModifier);
    checkNextModal(); // 关于
    f.action("actionAbout")->trigger();
}

TEST_CASE("三's column headers stay in sight while its rows scroll", "[small-screen]")
{
    SmallScreen screen;
    UiFixture f;
    nb::ui::ReportTableView *view = f.goToCell("requests.new.natural");
    nb::ui::TablePage *page = f.tablePage("requests");
    QScrollArea *scroll = page->scrollArea();
    nb::ui::PinnedHeader *header = page->pinnedHeader(view);
    REQUIRE(header);
    const int headerRows = view->reportModel()->table().headerHeight;
    // Down the 自然人 column with the keyboard, to the last row.
    for (int i = 0; i < 30 && f.session().definition().cells()[view->reportModel()->cellAt(view->currentIndex())].key
                                  != QStringLiteral("requests.carried_out.natural");
         ++i) {
        keys::press(Qt::Key_Down);
        QCoreApplication::processEvents();
        // The cursor's cell is in sight and not under the pinned headers.
        const QRect cell(view->viewport()->mapTo(scroll->viewport(), view->visualRect(view->currentIndex()).topLeft()),
                         view->visualRect(view->currentIndex()).size());
        INFO("row " << view->currentIndex().row());
        CHECK(scroll->viewport()->rect().contains(cell));
        CHECK(cell.top() >= header->coveredHeight());
    }
    REQUIRE(f.session().definition().cells()[view->reportModel()->cellAt(view->currentIndex())].key
            == QStringLiteral("requests.carried_out.natural"));
    // The table's own header rows have scrolled away; the pinned copy shows
    // them at the top of the viewport, over the table's own columns.
    const QPoint table = view->mapTo(scroll->viewport(), QPoint(0, 0));
    REQUIRE(table.y() < 0);
    CHECK(header->isVisible());
    CHECK(header->geometry().top() == 0);
    CHECK(header->geometry().left() == table.x());
    CHECK(header->width() == view->width());
    for (int r = 0; r < headerRows; ++r)
        CHECK(header->rowHeight(r) == view->rowHeight(r));
    for (int c = 0; c < view->model()->columnCount(); ++c)
        CHECK(header->columnViewportPosition(c) == view->columnViewportPosition(c));
    CHECK(header->visualRect(header->model()->index(headerRows - 1, 0)).bottom() < header->height());
    CHECK(header->model() == view->model()); // the same header cells, labels from the definition
    // Back to the top: the table's own headers, no copy.
    for (int i = 0; i < 30; ++i)
        keys::press(Qt::Key_Up);
    QCoreApplication::processEvents();
    CHECK_FALSE(header->isVisible());
}

TEST_CASE("The findings list shows each whole message on a small screen", "[small-screen]")
{
    SmallScreen screen;
    UiFixture f;
    f.goToCell("requests.new.natural");
    keys::type(QStringLiteral("400"));
    keys::press(Qt::Key_Return); // R3-BALANCE, with a long message
    QTreeWidget *tree = f.window->editor()->findingsPanel()->tree();
    QCoreApplication::processEvents();
    QCoreApplication::processEvents(); // the list wraps its rows after it is resized
    int findings = 0;
    for (int g = 0; g < tree->topLevelItemCount(); ++g)
        for (int i = 0; i < tree->topLevelItem(g)->childCount(); ++i) {
            QTreeWidgetItem *item = tree->topLevelItem(g)->child(i);
            const QString message = item->text(2);
            tree->scrollToItem(item);
            const QRect row = tree->visualItemRect(item);
            // However the row is laid out, the message needs at least this
            // height at the row's whole visible width.
            const int width = tree->viewport()->width() - row.left();
            const int needed = tree->fontMetrics().boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, message).height();
            INFO(message.toStdString() << ": row " << row.height() << " px, message needs " << needed << " px");
            CHECK(row.height() >= needed);
            CHECK(row.right() <= tree->viewport()->width() + tree->indentation() * 2); // no horizontal scrolling
            for (int column = 0; column < 3; ++column)
                CHECK(item->toolTip(column).contains(message));
            ++findings;
        }
    CHECK(findings >= 2);
}
