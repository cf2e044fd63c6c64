// The desktop workflows beyond the form: importing a published report through
// its preview, 历史版本, renaming an agency, cell notes, remembered printing.
#include "tests/session/session_fixture.h"
#include "tests/ui/window_fixture.h"
#include "ui/findings_panel.h"
#include "ui/history_dialog.h"
#include "ui/import_preview_dialog.h"
#include "ui/print_settings.h"
#include "ui/report_preview.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QTreeWidget>
#include <catch2/catch.hpp>
#include <functional>

using nb::test::UiFixture;

namespace {

QString lastAction(nb::store::ReportStore &store, const nb::store::ReportId &id)
{
    const auto log = store.auditLog(id).value();
    return log.isEmpty() ? QString() : log.last().action;
}

QString published(const char *name)
{
    return QStringLiteral(NB_TEST_DATA "/published/") + QLatin1String(name);
}

// Runs `act` on the next modal dialog once its event loop runs (QInputDialog,
// QMessageBox, QPrintPreviewDialog opened with exec()).
void onNextModal(std::function<void(QWidget *)> act)
{
    QTimer::singleShot(0, qApp, [act] {
        QWidget *modal = QApplication::activeModalWidget();
        REQUIRE(modal);
        act(modal);
    });
}

int cellOf(const UiFixture &f, const char *key)
{
    return f.session().definition().cellIndex(QString::fromLatin1(key));
}

bool treeHas(QTreeWidget *tree, const QString &text)
{
    return !tree->findItems(text, Qt::MatchContains | Qt::MatchRecursive, 0).isEmpty()
        || !tree->findItems(text, Qt::MatchContains | Qt::MatchRecursive, 1).isEmpty()
        || !tree->findItems(text, Qt::MatchContains | Qt::MatchRecursive, 2).isEmpty();
}

} // namespace

TEST_CASE("A published report is previewed before anything is stored, then becomes a new draft", "[ui][import]")
{
    UiFixture f;
    auto read = f.window->readImportFile(published("finding-rs-rows.txt"));
    REQUIRE(read.ok());
    const nb::report::Report &imported = read->report;
    REQUIRE_FALSE(read->unreadable.isEmpty());
    const nb::store::ReportId target{imported.agencyName, imported.year};
    REQUIRE_FALSE(f.store.load(target).ok());

    QPointer<nb::ui::ImportPreviewDialog> dialog = f.window->showImportPreview(read.value(), QStringLiteral("finding-rs-rows.txt"));
    REQUIRE(dialog);
    CHECK_FALSE(f.store.load(target).ok()); // nothing stored by the preview

    // The figures in the form's own layout, read-only.
    const int cell = cellOf(f, "active.regulations.issued");
    const QString key = f.session().definition().cells()[cell].key;
    REQUIRE(imported.cells.contains(key));
    nb::ui::ReportPreview *preview = dialog->preview();
    const QString section = f.session().definition().tables().at(f.session().definition().cells()[cell].table).section;
    nb::ui::TablePage *page = preview->tablePage(section);
    REQUIRE(page);
    const QModelIndex at = page->viewForCell(cell)->reportModel()->indexOfCell(cell);
    CHECK(at.data().toString() == imported.cells.value(key).toString());
    CHECK_FALSE(at.flags() & Qt::ItemIsEditable);

    // Every unreadable cell with what was printed and why; the findings, the importer's structure findings too.
    QTreeWidget *unreadable = dialog->unreadableList();
    REQUIRE(unreadable->topLevelItemCount() == read->unreadable.size());
    const int first = f.session().definition().cellIndex(read->unreadable.first().cell);
    CHECK(unreadable->topLevelItem(0)->text(0) == nb::report::checks::cellName(f.session().definition(), first));
    CHECK(unreadable->topLevelItem(0)->text(2) == read->unreadable.first().reason);
    CHECK(treeHas(preview->findingsPanel()->tree(), QStringLiteral("RS-ROWS")));
    CHECK(treeHas(preview->findingsPanel()->tree(), QStringLiteral("R3-RESULT-SUM")));

    CHECK(dialog->createButton()->isVisible());
    CHECK_FALSE(dialog->replaceButton()->isVisible());
    QTest::mouseClick(dialog->createButton(), Qt::LeftButton);
    QCoreApplication::processEvents();

    auto stored = f.store.load(target);
    REQUIRE(stored.ok());
    CHECK(stored->cells.value(key) == imported.cells.value(key));
    CHECK(stored->status == nb::report::ReportStatus::Draft);
    REQUIRE(f.window->session());
    CHECK(f.window->session()->id() == target);
    CHECK(lastAction(f.store, target) == QStringLiteral("import"));
    CHECK(f.window->findChild<QComboBox *>(QStringLiteral("agencySwitch"))->findText(target.agency) >= 0);
}

TEST_CASE("Importing over the open report snapshots it first and is one undo step", "[ui][import]")
{
    UiFixture f;
    const nb::report::Report before = f.session().engine().report();
    auto read = f.window->readImportFile(published("web-2023.txt"));
    REQUIRE(read.ok());
    REQUIRE(read->report.year == f.id.year);
    const int cell = cellOf(f, "active.licensing.decisions");
    const QString key = f.session().definition().cells()[cell].key;
    const QString importedValue = read->report.cells.value(key).toString();
    REQUIRE(importedValue != f.shown("active.licensing.decisions"));

    QPointer<nb::ui::ImportPreviewDialog> dialog = f.window->showImportPreview(read.value(), QStringLiteral("web-2023.txt"));
    dialog->agencyEdit()->setText(f.id.agency); // the agency is named differently on the web
    CHECK_FALSE(dialog->createButton()->isVisible());
    REQUIRE(dialog->replaceButton()->isVisible());
    REQUIRE(dialog->replaceButton()->isEnabled());
    const int undoSteps = f.session().undoStack()->count();
    QTest::mouseClick(dialog->replaceButton(), Qt::LeftButton);
    QCoreApplication::processEvents();

    CHECK(f.shown("active.licensing.decisions") == importedValue);
    CHECK(f.session().undoStack()->count() == undoSteps + 1);
    auto snapshots = f.store.snapshots(f.id);
    REQUIRE(snapshots.ok());
    std::optional<qint64> old;
    for (const auto &s : snapshots.value())
        if (s.reason == QStringLiteral("导入前"))
            old = s.id;
    REQUIRE(old);
    CHECK(f.store.snapshot(*old)->cells == before.cells);
    CHECK(lastAction(f.store, f.id) == QStringLiteral("import"));

    f.session().undoStack()->undo();
    CHECK(f.shown("active.licensing.decisions") == before.cells.value(key).toString());
    REQUIRE(f.session().flush().ok());
    CHECK(f.store.load(f.id)->cells == before.cells);
}

TEST_CASE("Import refuses what it cannot read, with a message naming it", "[ui][import]")
{
    UiFixture f;
    auto unknown = f.window->readImportFile(QStringLiteral("/tmp/报告.docx"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().code == QStringLiteral("ui.format"));
    CHECK(unknown.error().message.contains(QStringLiteral("报告.docx")));
    auto missing = f.window->readImportFile(QStringLiteral("/nonexistent/web.txt"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().message.contains(QStringLiteral("/nonexistent/web.txt")));

    // A final report is not replaced: the dialog says why and stores nothing.
    REQUIRE(f.session().finalise().ok());
    auto read = f.window->readImportFile(published("web-2023.txt"));
    REQUIRE(read.ok());
    QPointer<nb::ui::ImportPreviewDialog> dialog = f.window->showImportPreview(read.value(), QStringLiteral("web-2023.txt"));
    dialog->agencyEdit()->setText(f.id.agency);
    CHECK_FALSE(dialog->replaceButton()->isEnabled());
    dialog->agencyEdit()->clear();
    CHECK_FALSE(dialog->createButton()->isEnabled());
    dialog->reject();
}

TEST_CASE("History lists snapshots, shows one read-only and restores it", "[ui][history]")
{
    UiFixture f;
    const QString original = f.shown("active.licensing.decisions");
    const int cell = cellOf(f, "active.licensing.decisions");
    QPointer<nb::ui::HistoryDialog> dialog = f.window->showHistory();
    REQUIRE(dialog);
    const int before = dialog->list()->topLevelItemCount();
    CHECK_FALSE(dialog->takeSnapshot(QStringLiteral("  ")).ok()); // a reason is required
    REQUIRE(dialog->takeSnapshot(QStringLiteral("报送前")).ok());
    REQUIRE(dialog->list()->topLevelItemCount() == before + 1);
    CHECK(dialog->list()->topLevelItem(0)->text(1) == QStringLiteral("报送前"));

    // An edit not yet autosaved is in the next snapshot: the dialog flushes first.
    REQUIRE(f.session().setCellText(cell, QStringLiteral("999")).ok());
    REQUIRE(dialog->takeSnapshot(QStringLiteral("改过以后")).ok());
    dialog->selectRow(0);
    REQUIRE(dialog->preview());
    CHECK(dialog->preview()->engine().value(cell)->toString() == QStringLiteral("999"));
    dialog->selectRow(1);
    CHECK(dialog->list()->topLevelItem(1)->text(1) == QStringLiteral("报送前"));
    CHECK(dialog->preview()->engine().value(cell)->toString() == original);

    // Restore through the button, confirming the question.
    onNextModal([](QWidget *w) {
        auto *box = qobject_cast<QMessageBox *>(w);
        REQUIRE(box);
        box->button(QMessageBox::Yes)->click();
    });
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("restoreSnapshot")), Qt::LeftButton);
    QCoreApplication::processEvents();
    REQUIRE(f.window->session());
    CHECK(f.shown("active.licensing.decisions") == original);
    bool savedBeforeRestore = false;
    const auto snapshots = f.store.snapshots(f.id).value(); // a copy: the Result is a temporary
    for (const auto &s : snapshots)
        if (s.reason == QStringLiteral("恢复前"))
            savedBeforeRestore = f.store.snapshot(s.id)->cells.value(f.session().definition().cells()[cell].key).toString()
                                 == QStringLiteral("999");
    CHECK(savedBeforeRestore);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK_FALSE(dialog); // closed after the restore
}

TEST_CASE("Renaming an agency keeps its reports and refuses empty or used names", "[ui][rename]")
{
    UiFixture f;
    nb::report::Report other;
    other.agencyName = QStringLiteral("示例县教育局");
    other.year = 2023;
    REQUIRE(f.store.create(other).ok());
    auto *switcher = f.window->findChild<QToolBar *>(QStringLiteral("switcher"));
    CHECK(switcher->actions().contains(f.action("actionRenameAgency")));

    auto empty = f.window->renameAgency(QStringLiteral("  "));
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().message.contains(QStringLiteral("不能为空")));
    auto used = f.window->renameAgency(QStringLiteral("示例县教育局"));
    REQUIRE_FALSE(used.ok());
    CHECK(used.error().message.contains(QStringLiteral("示例县教育局")));
    CHECK(f.session().id() == f.id);

    const QString renamed = QStringLiteral("示例市人民政府办公室");
    REQUIRE(f.window->renameAgency(renamed).ok());
    CHECK(f.session().id() == nb::store::ReportId{renamed, f.id.year});
    CHECK(f.store.load({renamed, f.id.year - 1}).ok());
    CHECK_FALSE(f.store.load(f.id).ok());
    CHECK(f.window->findChild<QComboBox *>(QStringLiteral("agencySwitch"))->currentText() == renamed);
}

TEST_CASE("A cell note is added with Shift+F2, shown in the tooltip, saved and undone", "[ui][notes]")
{
    UiFixture f;
    const char *key = "active.licensing.decisions";
    nb::ui::ReportTableView *view = f.goToCell(key);
    const QString note = QStringLiteral("含自然失效29件");
    onNextModal([note](QWidget *w) {
        auto *input = qobject_cast<QInputDialog *>(w);
        REQUIRE(input);
        input->setTextValue(note);
        input->accept();
    });
    QTest::keyClick(view, Qt::Key_F2, Qt::ShiftModifier);
    const int cell = cellOf(f, key);
    CHECK(f.session().cellNote(cell) == note);
    const QModelIndex at = view->reportModel()->indexOfCell(cell);
    CHECK(at.data(nb::ui::ReportTableModel::NoteRole).toString() == note);
    CHECK(at.data(Qt::ToolTipRole).toString().contains(note));

    // Written at once, and only the note: not the whole report over other programs' edits.
    CHECK(f.store.load(f.id)->cellNotes.value(QString::fromLatin1(key)) == note);
    const auto hint = f.store.lastHint();
    CHECK(hint.notes == QStringList{QString::fromLatin1(key)});
    CHECK_FALSE(hint.everything);
    CHECK(hint.cells.isEmpty());

    f.session().undoStack()->undo();
    CHECK(f.session().cellNote(cell).isEmpty());
    f.session().undoStack()->redo();
    REQUIRE(view->setCurrentNote(QString())); // removing is an edit too
    CHECK(f.session().cellNote(cell).isEmpty());
    REQUIRE(f.session().flush().ok());
    CHECK_FALSE(f.store.load(f.id)->cellNotes.contains(QString::fromLatin1(key)));

    // Totals take no note; the refusal is said next to the cell.
    const auto &def = f.session().definition();
    int derived = -1;
    for (int c = 0; c < def.cellCount() && derived < 0; ++c)
        if (def.cells()[c].derived)
            derived = c;
    REQUIRE(derived >= 0);
    view = f.goToCell(def.cells()[derived].key.toLatin1().constData());
    QTest::keyClick(view, Qt::Key_F2, Qt::ShiftModifier);
    CHECK(view->lastMessage().contains(QStringLiteral("批注")));
    CHECK(f.session().cellNote(derived).isEmpty());
}

TEST_CASE("Print preview paints the report and remembers page setup and style", "[ui][print]")
{
    UiFixture f;
    f.action("actionStyleGongwen")->trigger();
    CHECK(nb::ui::print_settings::style() == nb::render::PageStyle::Gongwen);

    int pages = 0;
    onNextModal([&pages](QWidget *w) {
        auto *dialog = qobject_cast<QPrintPreviewDialog *>(w);
        REQUIRE(dialog);
        // What a person does in the dialog's page setup: A5, landscape, 30 mm margins.
        dialog->printer()->setPageLayout(QPageLayout(QPageSize(QPageSize::A5), QPageLayout::Landscape,
                                                     QMarginsF(30, 30, 30, 30), QPageLayout::Millimeter));
        auto *widget = dialog->findChild<QPrintPreviewWidget *>();
        REQUIRE(widget);
        widget->updatePreview();
        pages = widget->pageCount();
        dialog->reject();
    });
    f.action("actionPrintPreview")->trigger();
    CHECK(pages > 0); // render::paint drew the report

    // A later session: a new window and a new printer get what was chosen.
    f.window.reset();
    nb::ui::MainWindow again(f.store);
    CHECK(again.findChild<QAction *>(QStringLiteral("actionStyleGongwen"))->isChecked());
    CHECK_FALSE(again.findChild<QAction *>(QStringLiteral("actionStyleOfficial"))->isChecked());
    QPrinter printer;
    nb::ui::print_settings::apply(printer);
    CHECK(printer.pageLayout().pageSize().id() == QPageSize::A5);
    CHECK(printer.pageLayout().orientation() == QPageLayout::Landscape);
    CHECK(printer.pageLayout().margins(QPageLayout::Millimeter).left() == Approx(30).margin(0.5));
}
