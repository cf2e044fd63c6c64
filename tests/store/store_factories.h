#pragma once
// One factory per store, each making a fresh, empty store. The contract suite
// (test_store_contract.cpp) is a TEMPLATE_TEST_CASE over these, so every
// store answers every case the same way. A new store adds its factory here
// and to NB_STORE_FACTORIES.
#include "core/store/memory_report_store.h"
#include "core/storage/sqlite_report_store.h"

#include <QTemporaryDir>
#include <memory>
#ifdef NB_TEST_POSTGRES
#include "tests/postgres/test_database.h"
#endif

namespace nb::test {

struct MemoryStoreFactory {
    std::unique_ptr<store::ReportStore> make() { return std::make_unique<store::MemoryReportStore>(); }
};

struct SqliteStoreFactory {
    QTemporaryDir dir;
    std::unique_ptr<store::ReportStore> make();
};

#ifdef NB_TEST_POSTGRES
// A fresh database on the throwaway server, connected as its owner (the
// operating system's user, as libpq connects by default).
struct PostgresStoreFactory {
    TestDatabase database;
    std::unique_ptr<store::ReportStore> make();
};
#endif

} // namespace nb::test

#ifdef NB_TEST_POSTGRES
#define NB_STORE_FACTORIES nb::test::MemoryStoreFactory, nb::test::SqliteStoreFactory, nb::test::PostgresStoreFactory
#else
#define NB_STORE_FACTORIES nb::test::MemoryStoreFactory, nb::test::SqliteStoreFactory
#endif
