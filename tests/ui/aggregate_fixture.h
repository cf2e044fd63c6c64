#pragma once
// An office on a memory store: 示例市人民政府 with four departments below it —
// two with final 2023 reports, one with a draft whose printed totals are
// wrong, one with no report — and last year's reports of two of them; a main
// window on it (welcome page) for 查看构成 to open reports in.
#include "core/store/memory_report_store.h"
#include "ui/main_window.h"

#include <memory>

namespace nb::test {

struct AggregateFixture {
    AggregateFixture();
    ~AggregateFixture();

    static const QString kCity;
    static const QString kMissing;  // no 2023 report
    static const QString kDraft;    // a draft with errors
    store::MemoryReportStore store;
    QList<report::Report> reports2023; // as stored (printed totals included)
    QList<report::Report> reports2022;
    std::unique_ptr<ui::MainWindow> window;

    // The sum over this year's reports of an input cell, added up here.
    report::Decimal inputSum(const QString &key, int year = 2023) const;
};

} // namespace nb::test
