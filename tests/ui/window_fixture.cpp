#include "tests/ui/window_fixture.h"

#include "tests/session/session_fixture.h"
#include "ui/report_editor.h"

#include <QAction>
#include <QCoreApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <QStandardPaths>
#include <QTest>
#include <catch2/catch.hpp>

namespace nb::test {

void isolateSettings()
{
    // ctest runs each test case as its own process, two at a time: every
    // process gets its own settings folder, or one test's QSettings().clear()
    // wipes the "last report" another is about to restore.
    static QTemporaryDir settingsDir;
    REQUIRE(settingsDir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("nianbao-ui-test"));
    QCoreApplication::setApplicationName(QStringLiteral("nianbao-ui-test"));
}

UiFixture::UiFixture()
{
    isolateSettings();
    QSettings().clear();
    const report::Report current = loadFixture(QStringLiteral("full-2023.nianbao.json"));
    REQUIRE(store.create(loadFixture(QStringLiteral("full-2022.nianbao.json"))).ok());
    REQUIRE(store.create(current).ok());
    id = {current.agencyName, current.year};
    window = std::make_unique<ui::MainWindow>(store);
    REQUIRE(window->openReport(id));
    window->show();
    REQUIRE(QTest::qWaitForWindowExposed(window.get()));
}

UiFixture::~UiFixture() = default;

ui::TablePage *UiFixture::tablePage(const char *section) const
{
    window->editor()->showPage(QString::fromLatin1(section));
    return qobject_cast<ui::TablePage *>(window->editor()->page(QString::fromLatin1(section)));
}

ui::ReportTableView *UiFixture::goToCell(const char *key) const
{
    const int cell = session().definition().cellIndex(QString::fromLatin1(key));
    REQUIRE(cell >= 0);
    const auto &def = session().definition();
    const QString section = def.tables().at(def.cells()[cell].table).section;
    ui::TablePage *page = tablePage(section.toLatin1().constData());
    REQUIRE(page);
    ui::ReportTableView *view = page->viewForCell(cell);
    REQUIRE(view);
    view->focusCell(cell);
    QCoreApplication::processEvents();
    return view;
}

QString UiFixture::shown(const char *key) const
{
    const report::CellValue v = session().engine().value(session().definition().cellIndex(QString::fromLatin1(key)));
    return v ? v->toString() : QString();
}

bool UiFixture::hasFinding(const char *rule) const
{
    for (const report::Finding &f : session().engine().findings())
        if (f.rule == QLatin1String(rule))
            return true;
    return false;
}

QAction *UiFixture::action(const char *name) const
{
    auto *a = window->findChild<QAction *>(QLatin1String(name));
    REQUIRE(a);
    return a;
}

} // namespace nb::test
