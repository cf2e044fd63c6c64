// nianbao-screenshots: renders every page of the window with the full 2023
// fixture report into PNG files (scripts/screenshots.sh runs it for docs/).
#include "core/interchange/package.h"
#include "core/store/memory_report_store.h"
#include "tests/ui/scaled_report.h"
#include "tests/ui/screenshots_collection.h"
#include "ui/agency_choice_dialog.h"
#include "ui/aggregate_window.h"
#include "ui/compare_window.h"
#include "ui/explain_dialog.h"
#include "ui/report_preview.h"
#include "ui/findings_panel.h"
#include "ui/history_dialog.h"
#include "ui/import_preview_dialog.h"
#include "ui/main_window.h"
#include "ui/manual_window.h"
#include "ui/report_editor.h"
#include "ui/shortcuts_dialog.h"
#include "ui/screen_fit.h"
#include "ui/section_page.h"
#include "ui/table_page.h"
#include "ui/welcome_page.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QKeyEvent>
#include <QListWidget>
#include <QLocale>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QStandardPaths>
#include <QLibraryInfo>
#include <QTranslator>
#include <QTreeWidget>
#include <cstdio>

namespace {
// The screenshots show a known state: a step that fails stops the program.
template <typename T>
void must(const nb::Result<T> &done, const char *what)
{
    if (!done)
        qFatal("%s failed: %s", what, qPrintable(done.error().message));
}

nb::report::Report fixture(const QString &name)
{
    auto r = nb::interchange::Package::readFile(QStringLiteral(NB_TEST_DATA "/") + name,
                                                *nb::report::Definition::builtin());
    if (!r) {
        std::fprintf(stderr, "%s\n", qPrintable(r.error().message));
        std::exit(2);
    }
    return r.value();
}


// A keystroke as the keyboard gives it, to the widget with the focus in the
// window (Xvfb without a window manager may never make the window active).
void key(QWidget &window, int code, const QString &text = QString(), Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *to = QApplication::focusWidget() ? QApplication::focusWidget() : window.focusWidget();
    if (!to)
        qFatal("no widget has the keyboard");
    QKeyEvent press(QEvent::KeyPress, code, modifiers, text);
    QKeyEvent release(QEvent::KeyRelease, code, modifiers, text);
    QApplication::sendEvent(to, &press);
    QApplication::sendEvent(to, &release);
    QApplication::processEvents();
}

void typeFigure(QWidget &window, const QString &ascii)
{
    for (QChar c : ascii)
        key(window, c.unicode() >= 'a' ? Qt::Key_A + (c.unicode() - 'a') : c.unicode(), QString(c));
}
// An office: 示例市人民政府 over three departments (two reported, one a
// draft, one missing) — the aggregate window, 查看构成 of a total, and the
// aggregate against last year's.
void shootAggregate(QSize size, const QString &out)
{
    using nb::report::Report;
    nb::store::MemoryReportStore office;
    const QString city = QStringLiteral("示例市人民政府");
    must(office.addAgency({city, nb::report::AgencyKind::Government, {}}), "adding an agency");
    must(office.addAgency({QStringLiteral("示例市民政局"), nb::report::AgencyKind::Department, city}), "adding an agency");
    const auto department = [&](const char *file, const char *name, int scale) {
        Report r = nb::test::scaledReport(fixture(QLatin1String(file)), scale, 3); // not three copies of one report
        r.agencyName = QString::fromUtf8(name);
        r.agencyKind = nb::report::AgencyKind::Department;
        r.agencyParent = city;
        return r;
    };
    // 教育局 and 财政局 final (their warnings explained), 公安局 a draft.
    for (const auto &[name, scale] : {std::pair{"示例市教育局", 3}, std::pair{"示例市公安局", 6}, std::pair{"示例市财政局", 9}}) {
        const Report last = department("full-2022.nianbao.json", name, scale);
        must(office.importReport(last, false), "importing a department's report");
        Report r = department("full-2023.nianbao.json", name, scale);
        if (scale != 6)
            r = nb::test::withWarningsExplained(r, last, QStringLiteral("正文数字为示例"));
        must(office.importReport(r, false), "importing a department's report");
        if (scale != 6)
            must(office.setStatus({r.agencyName, r.year}, nb::report::ReportStatus::Final, {}), "finalising a report");
    }
    nb::ui::MainWindow main(office);
    main.resize(size);
    main.show();
    nb::ui::AggregateWindow *aggregate = main.showAggregate();
    aggregate->resize(size);
    if (!aggregate->choose(city, 2023))
        qFatal("the aggregate of %s could not be made", qPrintable(city));
    nb::ui::ReportPreview *preview = aggregate->preview();
    nb::ui::TablePage *requests = preview->tablePage(QStringLiteral("requests"));
    preview->tabs()->setCurrentWidget(requests);
    const int total = preview->engine().definition().cellIndex(QStringLiteral("requests.new.total"));
    requests->viewForCell(total)->focusCell(total);
    saveShot(*aggregate, out + QStringLiteral("/aggregate.png"));
    nb::ui::ExplainDialog *explain = aggregate->explainCell(QStringLiteral("requests.new.total"));
    saveShot(*explain, out + QStringLiteral("/aggregate-explain.png"));
    explain->close();
    // 选择机关…: 财政局 left out.
    nb::ui::AgencyChoiceDialog *choice = aggregate->chooseAgencies();
    const auto financeLine = choice->list()->findItems(QStringLiteral("示例市财政局"), Qt::MatchEndsWith);
    if (financeLine.size() != 1)
        qFatal("示例市财政局 is not offered in 选择机关");
    financeLine.first()->setCheckState(Qt::Unchecked);
    choice->list()->setCurrentItem(financeLine.first());
    saveShot(*choice, out + QStringLiteral("/aggregate-choose.png"));
    choice->reject();
    nb::ui::CompareWindow *compare = aggregate->showCompare();
    compare->resize(size);
    saveShot(*compare, out + QStringLiteral("/compare.png"));
    compare->close();
    aggregate->close();
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("nianbao-screenshots"));
    QSettings().clear();
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("docs/screenshots");
    const QString lang = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral("zh_CN");
    QDir().mkpath(out);
    QTranslator tr;
    if (lang != QLatin1String("zh_CN") && tr.load(QStringLiteral(NB_TRANSLATIONS "/nianbao_%1.qm").arg(lang)))
        QApplication::installTranslator(&tr);
    QTranslator qt; // Qt's own buttons (Close, OK) in the language, as nianbao has them
    if (qt.load(QStringLiteral("qtbase_%1").arg(lang), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qt);
    // As nianbao does: the interface language is the default locale (dates, the manual).
    QLocale::setDefault(lang == QLatin1String("en") ? QLocale(QLocale::English, QLocale::UnitedStates)
                                                   : QLocale(QLocale::Chinese, QLocale::China));
    QFont font = QApplication::font();
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC")});
    QApplication::setFont(font);

    nb::store::MemoryReportStore store;
    const nb::report::Report current = fixture(QStringLiteral("full-2023.nianbao.json"));
    must(store.create(fixture(QStringLiteral("full-2022.nianbao.json"))), "creating a fixture report");
    must(store.create(current), "creating a fixture report");
    nb::ui::MainWindow window(store);
    // 1600×960, or the whole screen when it is smaller (1366×768 in docs/screenshots/1366x768).
    window.resize(QSize(1600, 960).boundedTo(nb::ui::screen_fit::available(&window).size()));
    window.show();
    window.showWelcome();
    saveShot(window, out + QStringLiteral("/welcome.png"));

    window.openReport({current.agencyName, current.year});
    nb::ui::ReportEditor *editor = window.editor();
    for (int i = 0; i < editor->navigation()->count(); ++i) {
        editor->navigation()->setCurrentRow(i);
        const QString key = editor->currentPage()->sectionKey();
        saveShot(window, out + QStringLiteral("/page-%1-%2.png").arg(i).arg(key));
    }
    // A slip while typing: one figure off, so the balance rule fires and the cells are marked.
    const int cell = window.session()->definition().cellIndex(QStringLiteral("requests.new.natural"));
    must(window.session()->setCellText(cell, QStringLiteral("400")), "a step of the screenshot script");
    editor->showPage(QStringLiteral("requests"));
    QTreeWidget *tree = editor->findingsPanel()->tree();
    const auto errors = tree->findItems(QStringLiteral("R3-BALANCE"), Qt::MatchExactly | Qt::MatchRecursive, 1);
    if (!errors.isEmpty())
        tree->setCurrentItem(errors.first()); // shows the whole message under the list
    saveShot(window, out + QStringLiteral("/findings-error.png"));
    window.session()->undoStack()->undo();

    // Typing a figure the form refuses: the message beside the cell, the text kept.
    nb::ui::TablePage *requests = qobject_cast<nb::ui::TablePage *>(editor->page(QStringLiteral("requests")));
    requests->viewForCell(cell)->focusCell(cell);
    typeFigure(window, QStringLiteral("1.5"));
    key(window, Qt::Key_Return);
    saveShot(window, out + QStringLiteral("/cell-refused.png"));
    key(window, Qt::Key_Escape);

    // The rows of 三 scrolled to the bottom: its column headers stay in sight.
    const int last = window.session()->definition().cellIndex(QStringLiteral("requests.carried_out.natural"));
    requests->viewForCell(last)->focusCell(last);
    saveShot(window, out + QStringLiteral("/page-3-requests-scrolled.png"));

    // A note on a cell: the corner marker (the note itself is in the tooltip).
    const int noted = window.session()->definition().cellIndex(QStringLiteral("active.licensing.decisions"));
    must(window.session()->setCellNote(noted, QStringLiteral("含自然失效29件")), "a step of the screenshot script");
    editor->showPage(QStringLiteral("active"));
    saveShot(window, out + QStringLiteral("/cell-note.png"));

    // 历史版本 with two snapshots, the older one shown.
    must(window.session()->flush(), "a step of the screenshot script");
    must(store.takeSnapshot(window.session()->id(), QStringLiteral("报送前")), "taking a snapshot");
    nb::ui::HistoryDialog *history = window.showHistory();
    must(history->takeSnapshot(QStringLiteral("手动")), "taking a snapshot in the history dialog");
    history->selectRow(1);
    saveShot(*history, out + QStringLiteral("/history.png"));
    history->reject();

    // The preview of a published report with rows the importer could not find.
    auto read = window.readImportFile(QStringLiteral(NB_TEST_DATA "/published/finding-rs-rows.txt"));
    if (!read) {
        std::fprintf(stderr, "%s\n", qPrintable(read.error().message));
        return 2;
    }
    nb::ui::ImportPreviewDialog *preview = window.showImportPreview(read.value(), QStringLiteral("finding-rs-rows.txt"));
    preview->findChild<QTabWidget *>(QStringLiteral("importDetails"))->setCurrentIndex(0);
    saveShot(*preview, out + QStringLiteral("/import-preview.png"));
    preview->reject();

    // The manual: its first page, a rule's entry, and the list of shortcuts.
    nb::ui::ManualWindow *manual = window.showManual(QStringLiteral("overview"));
    manual->resize(QSize(1400, 900).boundedTo(nb::ui::screen_fit::available(&window).size()));
    saveShot(*manual, out + QStringLiteral("/manual.png"));
    manual->showTopic(QStringLiteral("rule:R3-BALANCE"));
    saveShot(*manual, out + QStringLiteral("/manual-rule.png"));
    manual->close();
    nb::ui::ShortcutsDialog *shortcuts = window.showShortcuts();
    shortcuts->show();
    saveShot(*shortcuts, out + QStringLiteral("/shortcuts.png"));
    shortcuts->close();

    // The agency manager and the board of the year, a city with its departments and a district.
    shootCollection(window, store, current, out);

    // The next year carried forward: the overview is last year's template, its figures marked.
    nb::report::Report next;
    next.agencyName = current.agencyName;
    next.agencyKind = current.agencyKind;
    next.year = current.year + 1;
    if (!window.createReport(next, true))
        qFatal("carrying forward failed");
    window.editor()->showPage(QStringLiteral("overview"));
    saveShot(window, out + QStringLiteral("/template-text.png"));

    // The first year: last year's published report, previewed to start this year from it.
    nb::store::MemoryReportStore firstStore;
    nb::ui::MainWindow first(firstStore);
    first.resize(window.size());
    first.show();
    first.showWelcome();
    first.welcomePage()->agencyBox()->setCurrentText(QStringLiteral("示范市人民政府"));
    first.welcomePage()->yearBox()->setValue(2024);
    first.welcomePage()->fromPublishedButton()->setChecked(true);
    saveShot(first, out + QStringLiteral("/welcome-first-year.png"));
    nb::report::Report thisYear;
    thisYear.agencyName = QStringLiteral("示范市人民政府");
    thisYear.year = 2024;
    auto lastYear = first.previewLastYear(QStringLiteral(NB_TEST_DATA "/published/page-2023.html"), thisYear);
    must(lastYear, "previewing last year's published report");
    saveShot(*lastYear.value(), out + QStringLiteral("/first-year-preview.png"));
    lastYear.value()->reject();

    shootAggregate(window.size().boundedTo(QSize(1366, 768)), out);
    return 0;
}
