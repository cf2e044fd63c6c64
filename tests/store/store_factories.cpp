#include "tests/store/store_factories.h"

#include <catch2/catch.hpp>

namespace nb::test {

std::unique_ptr<store::ReportStore> SqliteStoreFactory::make()
{
    REQUIRE(dir.isValid());
    auto opened = storage::SqliteReportStore::open(dir.filePath(QStringLiteral("contract.sqlite3")));
    INFO((opened ? QString() : opened.error().message).toStdString());
    REQUIRE(opened.ok());
    return std::move(opened.value());
}

} // namespace nb::test
