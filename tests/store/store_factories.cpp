#include "tests/store/store_factories.h"

#include <catch2/catch.hpp>
#ifdef NB_TEST_POSTGRES
#include "core/storage/postgres/pg_report_store.h"
#endif

namespace nb::test {

std::unique_ptr<store::ReportStore> SqliteStoreFactory::make()
{
    REQUIRE(dir.isValid());
    auto opened = storage::SqliteReportStore::open(dir.filePath(QStringLiteral("contract.sqlite3")));
    INFO((opened ? QString() : opened.error().message).toStdString());
    REQUIRE(opened.ok());
    return std::move(opened.value());
}

#ifdef NB_TEST_POSTGRES
std::unique_ptr<store::ReportStore> PostgresStoreFactory::make()
{
    storage::ServerOptions options;
    options.connect.conninfo = database.uri();
    auto opened = storage::PgReportStore::open(options);
    INFO((opened ? QString() : opened.error().message).toStdString());
    REQUIRE(opened.ok());
    return std::move(opened.value());
}
#endif

} // namespace nb::test
