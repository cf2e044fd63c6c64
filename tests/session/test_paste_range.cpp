// Paste and typing apply the number parser's range at both sides of each
// boundary; a refused block changes nothing, names the cell, and is one message.
#include "core/report/check.h"
#include "tests/session/session_fixture.h"

#include <catch2/catch.hpp>

using nb::test::SessionFixture;

namespace {
QString q(const char *s)
{
    return QString::fromUtf8(s);
}
} // namespace

TEST_CASE("Paste takes the largest figures and refuses one more, naming the cell", "[session][paste][range]")
{
    struct Case {
        const char *table;
        const char *key; // the block's top-left cell
        const char *pasted;
        const char *expected; // nullptr: refused
    };
    const Case c = GENERATE(values<Case>({
        {"requests", "requests.new.natural", "999999999999999999", "999999999999999999"},
        {"requests", "requests.new.natural", "1000000000000000000", nullptr},
        {"requests", "requests.new.natural", "0", "0"},
        {"requests", "requests.new.natural", "-1", nullptr},
        {"active.article20_8", "active.fees.amount", "999999999999999.999999", "999999999999999.999999"},
        {"active.article20_8", "active.fees.amount", "1000000000000000", nullptr},
        {"active.article20_8", "active.fees.amount", "0.0000001", nullptr},
    }));
    CAPTURE(c.key, c.pasted);
    SessionFixture f;
    const int table = f.def().tableIndex(QString::fromLatin1(c.table));
    const nb::report::Cell &cell = f.def().cells()[f.cell(c.key)];
    const QString before = f.shown(c.key);
    // A second cell in the block proves all or nothing: it is never applied alone.
    const bool wide = QByteArray(c.table) == "requests";
    const QString block = wide ? QString::fromLatin1(c.pasted) + QStringLiteral("\t7\n") : QString::fromLatin1(c.pasted) + u'\n';
    const auto pasted = f.session->paste(table, cell.row, cell.col, block);
    if (c.expected) {
        REQUIRE(pasted.ok());
        CHECK(f.shown(c.key) == QString::fromLatin1(c.expected));
        if (wide)
            CHECK(f.shown("requests.new.commercial") == QStringLiteral("7"));
        return;
    }
    REQUIRE_FALSE(pasted.ok());
    CHECK(pasted.error().code == QStringLiteral("paste.invalid"));
    CHECK(pasted.error().message.contains(nb::report::checks::cellName(f.def(), f.cell(c.key))));
    CHECK(pasted.error().message.contains(QString::fromLatin1(c.pasted)));
    CHECK(f.shown(c.key) == before);
    if (wide)
        CHECK(f.shown("requests.new.commercial") != QStringLiteral("7"));
    CHECK(f.session->undoStack()->count() == 0);
}

TEST_CASE("A value set directly is held to the same range as typed text", "[session][range]")
{
    SessionFixture f;
    const int natural = f.cell("requests.new.natural");
    CHECK(f.session->setCell(natural, *nb::report::Decimal::fromString(QStringLiteral("999999999999999999"))).ok());
    const auto refused = f.session->setCell(natural, *nb::report::Decimal::fromString(QStringLiteral("1000000000000000000")));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(q("本年新收（自然人）")));
    CHECK(f.shown("requests.new.natural") == QStringLiteral("999999999999999999"));
    CHECK(f.session->setCellText(natural, QStringLiteral("1000000000000000000")).error().code == QStringLiteral("number.too-large"));
}

TEST_CASE("A pasted block far larger than any table is refused unread", "[session][paste]")
{
    SessionFixture f;
    const int table = f.def().tableIndex(QStringLiteral("requests"));
    const QString huge = QString(nb::session::DraftSession::kMaxPasteCharacters + 1, u'1');
    const auto refused = f.session->paste(table, 0, 0, huge);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == QStringLiteral("paste.too-big"));
    CHECK(f.session->undoStack()->count() == 0);
}
