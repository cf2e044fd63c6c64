// Starting a year: the welcome form's defaults, the first year started from
// last year's published report in one flow, and a text carried from last year
// shown as a template with last year's figures marked until they are changed.
#include "tests/support/catch_qt.h"
#include "tests/session/session_fixture.h"
#include "tests/ui/window_fixture.h"

#include "ui/import_preview_dialog.h"
#include "ui/report_editor.h"
#include "ui/text_page.h"
#include "ui/welcome_page.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

using nb::report::AgencyKind;
using nb::store::ReportId;

namespace {
const QString kCity = QStringLiteral("示例市人民政府");   // the fixtures' agency: 2022 and 2023, government
const QString kBureau = QStringLiteral("示例县教育局"); // a department with a 2021 report
const QString kPublished = QStringLiteral(NB_TEST_DATA "/published/page-2023.html"); // 示范市人民政府, 2023

nb::report::Report report(const QString &agency, int year, AgencyKind kind)
{
    nb::report::Report r;
    r.agencyName = agency;
    r.year = year;
    r.agencyKind = kind;
    return r;
}

struct Welcome {
    nb::store::MemoryReportStore store;
    std::unique_ptr<nb::ui::MainWindow> window;
    nb::ui::WelcomePage *page = nullptr;
    void open()
    {
        nb::test::isolateSettings();
        QSettings().clear();
        window = std::make_unique<nb::ui::MainWindow>(store);
        window->restoreLastReport();
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
        REQUIRE_FALSE(window->session());
        page = window->welcomePage();
    }
    AgencyKind kind() const { return AgencyKind(page->kindBox()->currentData().toInt()); }
};

// The first year: chooses the third way on the welcome page and the file in its dialog.
nb::ui::ImportPreviewDialog *startFromPublished(Welcome &w, const QString &file)
{
    QTest::mouseClick(w.page->fromPublishedButton(), Qt::LeftButton, {}, QPoint(4, 4));
    REQUIRE(w.page->fromPublishedButton()->isChecked());
    auto *create = w.page->findChild<QPushButton *>(QStringLiteral("createReport"));
    CHECK(create->text() == QStringLiteral("选择上年报告文件…"));
    QTest::mouseClick(create, Qt::LeftButton);
    QFileDialog *files = nullptr;
    REQUIRE(QTest::qWaitFor([&] { return (files = w.window->findChild<QFileDialog *>(QStringLiteral("lastYearFileDialog"))); }));
    files->selectFile(file);
    QMetaObject::invokeMethod(files, "accept"); // the dialog's Open button
    nb::ui::ImportPreviewDialog *preview = nullptr;
    REQUIRE(QTest::qWaitFor([&] { return (preview = w.window->findChild<nb::ui::ImportPreviewDialog *>()); }));
    return preview;
}

QStringList auditActions(nb::store::ReportStore &store, const ReportId &id)
{
    QStringList out;
    auto log = store.auditLog(id);
    REQUIRE(log.ok());
    for (const auto &e : log.value())
        out << e.action;
    return out;
}
} // namespace

TEST_CASE("The welcome form starts from the year after the latest report, the agency's kind and carrying forward",
          "[ui][welcome]")
{
    Welcome w;
    REQUIRE(w.store.create(report(kBureau, 2021, AgencyKind::Department)).ok());
    REQUIRE(w.store.create(nb::test::loadFixture(QStringLiteral("full-2022.nianbao.json"))).ok());
    REQUIRE(w.store.create(nb::test::loadFixture(QStringLiteral("full-2023.nianbao.json"))).ok()); // changed last
    w.open();
    CHECK(w.page->agencyBox()->currentText() == kCity);
    CHECK(w.page->yearBox()->value() == 2024);
    CHECK(w.kind() == AgencyKind::Government);
    CHECK(w.page->fromPreviousButton()->isEnabled());
    CHECK(w.page->fromPreviousButton()->isChecked());

    // Another agency: its next year and its kind.
    w.page->agencyBox()->setCurrentText(kBureau);
    CHECK(w.page->yearBox()->value() == 2022);
    CHECK(w.kind() == AgencyKind::Department);
    CHECK(w.page->fromPreviousButton()->isChecked());

    // A year without last year's report: carrying forward is not offered, and says why.
    w.page->yearBox()->setValue(2024);
    CHECK_FALSE(w.page->fromPreviousButton()->isEnabled());
    CHECK(w.page->emptyButton()->isChecked());
    auto *hint = w.page->findChild<QLabel *>(QStringLiteral("previousHint"));
    CHECK(hint->text().contains(QStringLiteral("2023")));

    // A new agency: nothing to carry forward.
    w.page->agencyBox()->setCurrentText(QStringLiteral("示例县财政局"));
    CHECK_FALSE(w.page->fromPreviousButton()->isEnabled());
    CHECK(w.page->emptyButton()->isChecked());

    // Created from the defaults: the next visit starts from the year after it.
    w.page->agencyBox()->setCurrentText(kCity);
    REQUIRE(w.page->fromPreviousButton()->isChecked());
    w.page->submit();
    REQUIRE(w.window->session());
    CHECK(w.window->session()->id() == ReportId{kCity, 2024});
    CHECK(w.window->session()->isTemplate(QStringLiteral("overview")));
    w.window->showWelcome();
    CHECK(w.page->agencyBox()->currentText() == kCity);
    CHECK(w.page->yearBox()->value() == 2025);
}

TEST_CASE("The first year starts from last year's published report in one flow", "[ui][welcome][import]")
{
    Welcome w;
    w.open();
    w.page->agencyBox()->setCurrentText(QStringLiteral("示范市人民政府"));
    w.page->yearBox()->setValue(2024);
    nb::ui::ImportPreviewDialog *preview = startFromPublished(w, kPublished);
    CHECK(preview->agencyEdit()->text() == QStringLiteral("示范市人民政府"));
    CHECK(preview->yearBox()->value() == 2023);
    CHECK(preview->createButton()->text() == QStringLiteral("保存2023年报告并开始2024年"));
    CHECK(preview->targetText().contains(QStringLiteral("新建2024年的报告")));
    QTest::mouseClick(preview->createButton(), Qt::LeftButton);

    // Both stored; this year's open, carried forward from last year's with its texts as templates.
    REQUIRE(w.window->session());
    CHECK(w.window->session()->id() == ReportId{QStringLiteral("示范市人民政府"), 2024});
    auto last = w.store.load({QStringLiteral("示范市人民政府"), 2023});
    REQUIRE(last.ok());
    CHECK(last->texts.value(QStringLiteral("overview")).contains(QStringLiteral("2132件")));
    const auto &engine = w.window->session()->engine();
    CHECK(engine.meta().textsToRevise.contains(QStringLiteral("overview")));
    CHECK(engine.text(QStringLiteral("overview")).startsWith(QStringLiteral("2024年")));
    CHECK_FALSE(w.window->session()->lastYearFigures(QStringLiteral("overview")).empty());
    // 二、上年结转 from last year's 四、结转下年度继续办理.
    const int carried = engine.definition().cellIndex(QStringLiteral("requests.carried_in.total"));
    const int forward = engine.definition().cellIndex(QStringLiteral("requests.carried_out.total"));
    REQUIRE(engine.previous());
    CHECK(engine.value(carried) == engine.previous()->value(forward));
    // One story in the logs: last year's imported, this year's a new year from it; nothing to undo.
    CHECK(auditActions(w.store, {QStringLiteral("示范市人民政府"), 2023}) == QStringList{QStringLiteral("import")});
    CHECK(auditActions(w.store, {QStringLiteral("示范市人民政府"), 2024}).contains(QStringLiteral("new-year")));
    CHECK(w.window->session()->undoStack()->count() == 0);
    CHECK(w.window->statusText().contains(QStringLiteral("草稿")));
}

TEST_CASE("What last year's file does not name is taken from the welcome form, and can be typed", "[ui][welcome][import]")
{
    // The published page without its title, statistics period and the agency's name.
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QFile source(QStringLiteral(NB_TEST_DATA "/published/finding-rs-rows.txt"));
    REQUIRE(source.open(QIODevice::ReadOnly));
    QStringList lines = QString::fromUtf8(source.readAll()).split(u'\n');
    REQUIRE(lines.first().contains(QStringLiteral("年度报告")));
    lines = lines.mid(3);
    // The importer also finds the agency in the body (2023年，示范市人民政府深入…): it names itself only as 本机关 here.
    for (QString &line : lines)
        line.replace(QStringLiteral("示范市人民政府"), QStringLiteral("本机关"));
    const QString untitled = dir.filePath(QStringLiteral("untitled.txt"));
    QFile out(untitled);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(lines.join(u'\n').toUtf8());
    out.close();

    Welcome w;
    w.open();
    auto read = w.window->readImportFile(untitled);
    REQUIRE(read.ok());
    REQUIRE(read->report.agencyName.isEmpty()); // the input this test is about
    w.page->agencyBox()->setCurrentText(QStringLiteral("示例县财政局"));
    w.page->kindBox()->setCurrentIndex(w.page->kindBox()->findData(int(AgencyKind::Department)));
    w.page->yearBox()->setValue(2025);
    nb::ui::ImportPreviewDialog *preview = startFromPublished(w, untitled);
    CHECK(preview->agencyEdit()->text() == QStringLiteral("示例县财政局"));
    CHECK(preview->yearBox()->value() == (read->report.year >= 2000 ? read->report.year : 2024));
    preview->yearBox()->setValue(2024);
    QTest::mouseClick(preview->createButton(), Qt::LeftButton);
    REQUIRE(w.window->session());
    CHECK(w.window->session()->id() == ReportId{QStringLiteral("示例县财政局"), 2025});
    auto last = w.store.load({QStringLiteral("示例县财政局"), 2024});
    REQUIRE(last.ok());
    CHECK(last->agencyKind == AgencyKind::Department);
}

TEST_CASE("This year's report is never overwritten by starting it from last year's published one", "[ui][welcome][import]")
{
    Welcome w;
    REQUIRE(w.store.create(report(QStringLiteral("示范市人民政府"), 2024, AgencyKind::Government)).ok());
    w.open();
    w.page->agencyBox()->setCurrentText(QStringLiteral("示范市人民政府"));
    w.page->yearBox()->setValue(2024);
    nb::ui::ImportPreviewDialog *preview = startFromPublished(w, kPublished);
    CHECK_FALSE(preview->createButton()->isEnabled());
    CHECK(preview->targetText().contains(QStringLiteral("已经存在，不会覆盖")));
    // Refused before anything is stored.
    nb::Status refused = w.window->startYearFrom(preview->reportToStore(), false, QStringLiteral("page-2023.html"));
    CHECK_FALSE(refused.ok());
    CHECK_FALSE(w.store.load({QStringLiteral("示范市人民政府"), 2023}).ok());
    preview->reject();
}

TEST_CASE("A carried text shows it is last year's template, its figures marked until changed", "[ui][template]")
{
    nb::test::UiFixture f;
    REQUIRE(f.window->createReport(report(f.id.agency, 2024, AgencyKind::Government), true));
    REQUIRE(f.window->session()->id().year == 2024);
    f.window->editor()->showPage(QStringLiteral("overview"));
    auto *page = qobject_cast<nb::ui::TextPage *>(f.window->editor()->currentPage());
    REQUIRE(page);
    CHECK(page->templateBanner()->isVisible());
    CHECK(page->templateBannerText().contains(QStringLiteral("2023年")));
    const auto figures = f.window->session()->lastYearFigures(QStringLiteral("overview"));
    REQUIRE(figures.size() >= 3);
    CHECK(page->templateBannerText().contains(QString::number(figures.size())));
    QList<std::pair<int, int>> expected;
    for (const auto &fig : figures)
        expected.append({int(fig.start), int(fig.length)});
    CHECK(page->markedFigures() == expected);

    // Retyping the first figure takes its mark away, and only its mark.
    QPlainTextEdit *editor = page->editor();
    editor->setFocus();
    QTextCursor c = editor->textCursor();
    c.setPosition(expected.first().first);
    c.setPosition(expected.first().first + expected.first().second, QTextCursor::KeepAnchor);
    editor->setTextCursor(c);
    QTest::keyClicks(editor, QStringLiteral("508"));
    REQUIRE(QTest::qWaitFor([&] { return page->markedFigures().size() == expected.size() - 1; }));
    CHECK(page->templateBanner()->isVisible());
    CHECK(f.hasFinding("X-TEXT-TEMPLATE"));

    // The rest is this year's as it stands.
    QTest::mouseClick(page->markRevisedButton(), Qt::LeftButton);
    CHECK_FALSE(page->templateBanner()->isVisible());
    CHECK(page->markedFigures().isEmpty());
    CHECK_FALSE(f.hasFinding("X-TEXT-TEMPLATE"));
    f.window->session()->undoStack()->undo();
    CHECK(page->templateBanner()->isVisible());
    CHECK(page->markedFigures().size() == expected.size() - 1);
}
