#pragma once
// A main window on a memory store holding the full 2023 report (and 2022),
// shown offscreen with the 2023 report open, plus helpers to reach its widgets.
#include "core/store/memory_report_store.h"
#include "ui/main_window.h"
#include "ui/report_table_view.h"
#include "ui/table_page.h"

#include <memory>

namespace nb::test {

// Settings of the tests stay out of the user's (QStandardPaths test mode).
void isolateSettings();

struct UiFixture {
    UiFixture();
    ~UiFixture();
    store::MemoryReportStore store;
    std::unique_ptr<ui::MainWindow> window;
    store::ReportId id;

    session::DraftSession &session() const { return *window->session(); }
    ui::TablePage *tablePage(const char *section) const;
    // The view holding the cell, with that cell current and focused.
    ui::ReportTableView *goToCell(const char *key) const;
    QString shown(const char *key) const;
    bool hasFinding(const char *rule) const;
    QAction *action(const char *name) const;
};

} // namespace nb::test

#include <catch2/catch.hpp>
#include "tests/support/catch_qt.h"
