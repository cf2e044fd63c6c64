#include "core/session/tsv_block.h"

#include <catch2/catch.hpp>

using nb::session::TsvBlock;

TEST_CASE("A spreadsheet block splits into rows and cells", "[session][tsv]")
{
    const TsvBlock b = TsvBlock::parse(QStringLiteral("1\t2\t3\r\n4\t\t6\r\n"));
    REQUIRE(b.rowCount() == 2);
    CHECK(b.columnCount() == 3);
    CHECK(b.rows[1] == QStringList{QStringLiteral("4"), QString(), QStringLiteral("6")});
}

TEST_CASE("A written block parses back unchanged", "[session][tsv]")
{
    const QList<QStringList> rows{{QStringLiteral("7"), QStringLiteral("8")}, {QString(), QStringLiteral("9")}};
    CHECK(TsvBlock::parse(TsvBlock::write(rows)).rows == rows);
}

TEST_CASE("Empty text is an empty block", "[session][tsv]")
{
    CHECK(TsvBlock::parse(QStringLiteral("\n")).rowCount() == 0);
}
