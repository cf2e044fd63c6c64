// The whole report from the keyboard: pages by Ctrl+PageDown/Ctrl+PageUp, the
// cursor put where work goes on, a final report refusing typing visibly, and
// finalising only after a confirmation that says what it means.
#include "tests/session/session_fixture.h"
#include "tests/support/catch_qt.h"
#include "tests/ui/keyboard.h"
#include "tests/ui/window_fixture.h"
#include "ui/cell_message.h"
#include "ui/metadata_page.h"
#include "ui/report_editor.h"
#include "ui/text_page.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTest>
#include <QTimer>
#include <catch2/catch.hpp>

using nb::test::UiFixture;
using nb::ui::ReportTableView;
namespace keys = nb::test::keys;

namespace {
ReportTableView *focusedTable()
{
    for (QWidget *w = QApplication::focusWidget(); w; w = w->parentWidget())
        if (auto *view = qobject_cast<ReportTableView *>(w))
            return view;
    return nullptr;
}

QString cursorAt(const nb::session::DraftSession &s)
{
    ReportTableView *view = focusedTable();
    const int cell = view ? view->reportModel()->cellAt(view->currentIndex()) : -1;
    return cell >= 0 ? s.definition().cells()[cell].key : QString();
}

QString currentPage(const UiFixture &f) { return f.window->editor()->currentPage()->sectionKey(); }

void nextPage() { keys::press(Qt::Key_PageDown, Qt::ControlModifier); }
void previousPage() { keys::press(Qt::Key_PageUp, Qt::ControlModifier); }

// Runs `act` on the next modal dialog once its event loop runs.
void onNextModal(std::function<void(QWidget *)> act)
{
    QTimer::singleShot(0, qApp, [act] {
        QWidget *modal = QApplication::activeModalWidget();
        REQUIRE(modal);
        act(modal);
    });
}
} // namespace

TEST_CASE("Ctrl+PageDown and Ctrl+PageUp go through the pages with the keyboard in each", "[ui][keyboard][pages]")
{
    UiFixture f;
    // Opening a report puts the keyboard on its first page's first field.
    REQUIRE(currentPage(f) == QStringLiteral("meta"));
    auto *meta = qobject_cast<nb::ui::MetadataPage *>(f.window->editor()->currentPage());
    REQUIRE(meta);
    CHECK(keys::focused() == meta->kindBox());
    nextPage();
    CHECK(currentPage(f) == QStringLiteral("overview"));
    auto *text = qobject_cast<nb::ui::TextPage *>(f.window->editor()->currentPage());
    REQUIRE(text);
    CHECK(keys::focused() == text->editor());
    nextPage();
    CHECK(currentPage(f) == QStringLiteral("active"));
    CHECK(cursorAt(f.session()) == QStringLiteral("active.regulations.issued")); // the first input cell
    for (int i = 0; i < 6; ++i)
        keys::press(Qt::Key_Tab);
    REQUIRE(cursorAt(f.session()) == QStringLiteral("active.licensing.decisions"));
    nextPage();
    CHECK(currentPage(f) == QStringLiteral("requests"));
    CHECK(cursorAt(f.session()) == QStringLiteral("requests.new.natural"));
    previousPage();
    CHECK(currentPage(f) == QStringLiteral("active"));
    CHECK(cursorAt(f.session()) == QStringLiteral("active.licensing.decisions")); // where it last was
    for (int i = 0; i < 10; ++i)
        nextPage();
    CHECK(currentPage(f) == QStringLiteral("other")); // the last page stays the last
    for (int i = 0; i < 10; ++i)
        previousPage();
    CHECK(currentPage(f) == QStringLiteral("meta"));
}

TEST_CASE("Leaving a page with Ctrl+PageDown commits the figure being typed, or stays to show why not",
          "[ui][keyboard][pages]")
{
    UiFixture f;
    f.goToCell("requests.new.natural");
    keys::type(QStringLiteral("401"));
    nextPage();
    CHECK(f.shown("requests.new.natural") == QStringLiteral("401"));
    CHECK(currentPage(f) == QStringLiteral("appeals"));
    previousPage();
    REQUIRE(currentPage(f) == QStringLiteral("requests"));
    keys::type(QStringLiteral("abc"));
    nextPage();
    CHECK(currentPage(f) == QStringLiteral("requests")); // refused: the page stays with the typed text
    auto *editor = qobject_cast<QLineEdit *>(keys::focused());
    REQUIRE(editor);
    CHECK(editor->text() == QStringLiteral("abc"));
    REQUIRE(focusedTable());
    CHECK_FALSE(focusedTable()->shownMessage().isEmpty());
    CHECK(f.shown("requests.new.natural") == QStringLiteral("401"));
}

TEST_CASE("A final report refuses typing with a message beside the cell", "[ui][keyboard][final]")
{
    UiFixture f;
    REQUIRE(f.window->finalise().ok());
    ReportTableView *view = f.goToCell("requests.new.natural");
    keys::type(QStringLiteral("5"));
    CHECK(view->cellMessage()->isVisible());
    CHECK(view->shownMessage().contains(QStringLiteral("已定稿，如需修改请先撤销定稿")));
    CHECK(f.shown("requests.new.natural") == QStringLiteral("397"));
    keys::press(Qt::Key_Tab); // the keyboard still moves about to read the report
    CHECK(cursorAt(f.session()) == QStringLiteral("requests.new.commercial"));
    keys::press(Qt::Key_Delete);
    CHECK(view->shownMessage().contains(QStringLiteral("已定稿")));
    CHECK(f.shown("requests.new.commercial") == QStringLiteral("26"));
}

TEST_CASE("Finalising asks first and says what a final report means", "[ui][final]")
{
    UiFixture f;
    QString question;
    onNextModal([&question](QWidget *w) {
        auto *box = qobject_cast<QMessageBox *>(w);
        REQUIRE(box);
        question = box->text() + QLatin1Char('\n') + box->informativeText();
        box->button(QMessageBox::Cancel)->click();
    });
    f.action("actionFinalise")->trigger();
    CHECK_FALSE(f.session().isFinal());
    CHECK(question.contains(QStringLiteral("不能再修改")));
    CHECK(question.contains(QStringLiteral("撤销定稿")));
    CHECK(question.contains(QStringLiteral("快照")));
    onNextModal([](QWidget *w) {
        auto *box = qobject_cast<QMessageBox *>(w);
        REQUIRE(box);
        box->button(QMessageBox::Yes)->click();
    });
    f.action("actionFinalise")->trigger();
    CHECK(f.session().isFinal());
}

TEST_CASE("A whole report can be filled from the keyboard alone", "[ui][keyboard][fill]")
{
    nb::test::isolateSettings();
    QSettings().clear();
    const nb::report::Report target = nb::test::loadFixture(QStringLiteral("full-2023.nianbao.json"));
    nb::store::MemoryReportStore store;
    nb::ui::MainWindow window(store);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    nb::report::Report empty;
    empty.agencyName = QStringLiteral("示例县教育局");
    empty.year = 2023;
    REQUIRE(window.createReport(empty, false));
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QCoreApplication::processEvents();
    nb::session::DraftSession &s = *window.session();
    const nb::report::Definition &def = s.definition();

    // 报告信息: kind (the first choice), 文号.
    keys::press(Qt::Key_Up);
    keys::press(Qt::Key_Tab);
    keys::commitText(QStringLiteral("示教〔2024〕3号"));
    keys::press(Qt::Key_Tab);
    for (const nb::report::Section &section : def.sections()) {
        keys::press(Qt::Key_PageDown, Qt::ControlModifier);
        REQUIRE(window.editor()->currentPage()->sectionKey() == section.key);
        if (section.kind == nb::report::SectionKind::Text) {
            const QStringList lines = target.texts.value(section.key).split(QLatin1Char('\n'));
            for (int i = 0; i < lines.size(); ++i) {
                if (i > 0)
                    keys::press(Qt::Key_Return);
                if (!lines[i].isEmpty())
                    keys::commitText(lines[i]);
            }
            continue;
        }
        // Every input cell in Tab's order: the figure (if any), then Tab.
        for (int t : section.tables) {
            const nb::report::Table &table = def.tables().at(t);
            for (int r = 0; r < table.rows.size(); ++r)
                for (int c = 0; c < table.columns.size(); ++c) {
                    const nb::report::Cell &cell = def.cells()[table.cellIndex(r, c)];
                    if (cell.derived)
                        continue;
                    REQUIRE(cursorAt(s) == cell.key);
                    if (target.cells.contains(cell.key))
                        keys::type(target.cells.value(cell.key).toString());
                    keys::press(Qt::Key_Tab);
                }
        }
    }
    const nb::report::Report filled = s.engine().report();
    CHECK(filled.agencyKind == target.agencyKind);
    CHECK(filled.documentNumber == QStringLiteral("示教〔2024〕3号"));
    CHECK(filled.cells == target.cells);
    CHECK(filled.texts == target.texts);
    REQUIRE(s.flush().ok());
    CHECK(store.load(s.id())->cells == target.cells);
}
