#pragma once
// nianbao-screenshots' pictures of the collection windows (agency manager, board).
#include "core/report/report.h"
#include "core/store/report_store.h"

class QWidget;

namespace nb::ui {
class MainWindow;
}

// Adds agencies and reports of `clean`'s year to the store, then saves
// agency-manager.png and board.png into `out`.
void shootCollection(nb::ui::MainWindow &window, nb::store::ReportStore &store, const nb::report::Report &clean,
                     const QString &out);

// A grab of the window into a PNG file (its path printed); stops the program when it cannot be written.
void saveShot(QWidget &window, const QString &path);
