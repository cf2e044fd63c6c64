// The collection windows for docs/: a city's departments and a district in
// the agency manager, and their board for the year, one report returned.
#include "tests/ui/screenshots_collection.h"

#include "ui/agency_manager_dialog.h"
#include "ui/board_window.h"
#include "ui/main_window.h"
#include "ui/screen_fit.h"

#include <QApplication>
#include <QTableView>
#include <cstdio>

namespace {

void must(const nb::Status &done, const char *what)
{
    if (!done)
        qFatal("%s failed: %s", what, qPrintable(done.error().message));
}

// Departments of the city and a district with one of its own: drafts, finals,
// submitted, returned, one with an error and two not started.
void fillTree(nb::store::ReportStore &store, const nb::report::Report &clean)
{
    const QString city = clean.agencyName;
    const QString district = QStringLiteral("示例市东区人民政府");
    must(store.addAgency({district, nb::report::AgencyKind::Government, city}), "adding an agency");
    struct Agency {
        const char *name;
        bool district;
        int state; // 0 none, 1 draft, 2 final, 3 submitted, 4 returned, 5 draft with an error
    };
    const Agency agencies[] = {{"示例市教育局", false, 3},     {"示例市公安局", false, 5},
                               {"示例市民政局", false, 2},     {"示例市财政局", false, 4},
                               {"示例市自然资源局", false, 1}, {"示例市生态环境局", false, 0},
                               {"东区教育局", true, 3},        {"东区民政局", true, 0}};
    for (const Agency &a : agencies) {
        const QString name = QString::fromUtf8(a.name);
        const QString parent = a.district ? district : city;
        if (a.state == 0) {
            must(store.addAgency({name, nb::report::AgencyKind::Department, parent}), "adding an agency");
            continue;
        }
        nb::report::Report r = clean;
        r.agencyName = name;
        r.agencyKind = nb::report::AgencyKind::Department;
        r.status = nb::report::ReportStatus::Draft;
        if (a.state == 5)
            r.cells.insert(QStringLiteral("requests.new.natural"), nb::report::Decimal::fromInteger(400));
        must(store.create(r), "creating a report");
        must(store.setParent(name, parent), "placing an agency");
        const nb::store::ReportId id{name, r.year};
        if (a.state >= 2 && a.state <= 4)
            must(store.setStatus(id, nb::report::ReportStatus::Final, QStringLiteral("定稿")), "finalising");
        if (a.state >= 3 && a.state <= 4)
            must(store.submit(id), "submitting");
        if (a.state == 4)
            must(store.returnReport(id, QStringLiteral("第二部分行政许可数量与网站公布的不一致，请核对。")), "returning");
    }
}

} // namespace

void saveShot(QWidget &window, const QString &path)
{
    // Twice: a resize posts the findings' relayout (FindingDelegate), done on the next turn.
    QApplication::processEvents();
    QApplication::processEvents();
    if (!window.grab().save(path)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        std::exit(2);
    }
    std::printf("%s\n", qPrintable(path));
}

void shootCollection(nb::ui::MainWindow &window, nb::store::ReportStore &store, const nb::report::Report &clean,
                     const QString &out)
{
    fillTree(store, clean);
    const QSize size = QSize(1600, 960).boundedTo(nb::ui::screen_fit::available(&window).size());

    nb::ui::AgencyManagerDialog *agencies = window.showAgencyManager();
    agencies->selectAgency(QStringLiteral("示例市东区人民政府"));
    saveShot(*agencies, out + QStringLiteral("/agency-manager.png"));
    agencies->close();

    nb::ui::BoardWindow *board = window.showBoard();
    board->resize(size);
    board->setYear(clean.year);
    must(board->refresh(), "reading the board");
    board->fitColumns();
    board->table()->selectRow(1);
    saveShot(*board, out + QStringLiteral("/board.png"));
    board->close();
}
