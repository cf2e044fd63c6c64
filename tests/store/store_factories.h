#pragma once
// One factory per store, each making a fresh, empty store. The contract suite
// (test_store_contract.cpp) is a TEMPLATE_TEST_CASE over these, so every
// store answers every case the same way. A new store adds its factory here
// and to NB_STORE_FACTORIES.
#include "core/store/memory_report_store.h"
#include "core/storage/sqlite_report_store.h"

#include <QTemporaryDir>
#include <memory>

namespace nb::test {

struct MemoryStoreFactory {
    std::unique_ptr<store::ReportStore> make() { return std::make_unique<store::MemoryReportStore>(); }
};

struct SqliteStoreFactory {
    QTemporaryDir dir;
    std::unique_ptr<store::ReportStore> make();
};

} // namespace nb::test

#define NB_STORE_FACTORIES nb::test::MemoryStoreFactory, nb::test::SqliteStoreFactory
