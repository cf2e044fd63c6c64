#include "tests/session/session_fixture.h"

#include <QSignalSpy>
#include <QTest>
#include <catch2/catch.hpp>

using nb::report::Severity;
using nb::session::SaveState;
using nb::test::SessionFixture;

static int count(const nb::session::DraftSession &s, Severity sev) { return s.engine().count(sev); }

TEST_CASE("A typed figure updates the totals and the findings, and is one undo step", "[session]")
{
    SessionFixture f;
    REQUIRE(count(*f.session, Severity::Error) == 0);
    const QString rowTotal = f.shown("requests.new.total");
    REQUIRE(f.session->setCellText(f.cell("requests.new.natural"), QStringLiteral("400")).ok());
    CHECK(f.shown("requests.new.natural") == QStringLiteral("400"));
    CHECK(f.shown("requests.new.total").toInt() == rowTotal.toInt() + 3);
    CHECK(count(*f.session, Severity::Error) > 0); // 一 + 二 no longer equals （七） + 四
    CHECK(f.session->undoStack()->count() == 1);
    f.session->undoStack()->undo();
    CHECK(f.shown("requests.new.natural") == QStringLiteral("397"));
    CHECK(f.shown("requests.new.total") == rowTotal);
    CHECK(count(*f.session, Severity::Error) == 0);
    f.session->undoStack()->redo();
    CHECK(f.shown("requests.new.natural") == QStringLiteral("400"));
}

TEST_CASE("Invalid typing is refused with the parser's message and changes nothing", "[session]")
{
    SessionFixture f;
    auto r = f.session->setCellText(f.cell("requests.new.natural"), QStringLiteral("12.5"));
    REQUIRE_FALSE(r.ok());
    CHECK_FALSE(r.error().message.isEmpty());
    CHECK(f.shown("requests.new.natural") == QStringLiteral("397"));
    CHECK(f.session->undoStack()->count() == 0);
}

TEST_CASE("Derived cells cannot be typed into", "[session]")
{
    SessionFixture f;
    CHECK_FALSE(f.session->setCellText(f.cell("requests.new.total"), QStringLiteral("1")).ok());
}

TEST_CASE("A pasted block is applied as one undo step", "[session][paste]")
{
    SessionFixture f;
    const int table = f.def().tableIndex(QStringLiteral("requests"));
    // Rows 0-1 (本年新收, 上年结转), columns 0-1 (自然人, 商业企业); full-width digits are accepted.
    REQUIRE(f.session->paste(table, 0, 0, QStringLiteral("10\t２０\r\n3\t4\r\n")).ok());
    CHECK(f.shown("requests.new.natural") == QStringLiteral("10"));
    CHECK(f.shown("requests.new.commercial") == QStringLiteral("20"));
    CHECK(f.shown("requests.carried_in.natural") == QStringLiteral("3"));
    CHECK(f.shown("requests.carried_in.commercial") == QStringLiteral("4"));
    CHECK(f.session->undoStack()->count() == 1);
    f.session->undoStack()->undo();
    CHECK(f.shown("requests.new.natural") == QStringLiteral("397"));
    CHECK(f.shown("requests.carried_in.commercial") == QStringLiteral("0"));
}

TEST_CASE("A paste with one bad value changes nothing and names the value", "[session][paste]")
{
    SessionFixture f;
    const int table = f.def().tableIndex(QStringLiteral("requests"));
    auto r = f.session->paste(table, 0, 0, QStringLiteral("10\t20\n3\tabc\n"));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message.contains(QStringLiteral("abc")));
    CHECK(r.error().message.contains(QStringLiteral("第 2 行第 2 列")));
    CHECK(f.shown("requests.new.natural") == QStringLiteral("397"));
    CHECK(f.session->undoStack()->count() == 0);
}

TEST_CASE("A paste that does not fit or covers a total is refused", "[session][paste]")
{
    SessionFixture f;
    const int table = f.def().tableIndex(QStringLiteral("requests"));
    CHECK(f.session->paste(table, 0, 5, QStringLiteral("1\t2\t3\n")).error().code == QStringLiteral("paste.too-big"));
    CHECK(f.session->paste(table, 0, 5, QStringLiteral("1\t2\n")).error().code == QStringLiteral("paste.read-only"));
    CHECK(f.session->paste(table, 24, 0, QStringLiteral("1\n2\n")).error().code == QStringLiteral("paste.too-big"));
    CHECK(f.shown("requests.new.other_org") == QStringLiteral("26"));
}

TEST_CASE("Edits are written to the store within a second, and at once on flush", "[session][autosave]")
{
    SessionFixture f;
    QSignalSpy saved(f.session.get(), &nb::session::DraftSession::saveStateChanged);
    REQUIRE(f.session->setCellText(f.cell("active.fees.amount"), QStringLiteral("1.5")).ok());
    CHECK(f.session->saveState() == SaveState::Pending);
    CHECK(f.store.writeCount() == 0);
    QTRY_COMPARE_WITH_TIMEOUT(f.store.writeCount(), 1, 1000);
    CHECK(f.session->saveState() == SaveState::Saved);
    CHECK(f.store.lastHint().cells == QStringList{QStringLiteral("active.fees.amount")});
    auto stored = f.store.load(f.session->id());
    CHECK(stored->cells.value(QStringLiteral("active.fees.amount")).toString() == QStringLiteral("1.5"));

    REQUIRE(f.session->setText(QStringLiteral("problems"), QStringLiteral("新的问题描述")).ok());
    REQUIRE(f.session->flush().ok());
    CHECK(f.store.writeCount() == 2);
    CHECK(f.store.load(f.session->id())->texts.value(QStringLiteral("problems")) == QStringLiteral("新的问题描述"));
}

TEST_CASE("A failed write is reported and retried with the next flush", "[session][autosave]")
{
    SessionFixture f;
    f.store.failWrites(true);
    REQUIRE(f.session->setCellText(f.cell("requests.new.natural"), QStringLiteral("5")).ok());
    CHECK_FALSE(f.session->flush().ok());
    CHECK(f.session->saveState() == SaveState::Failed);
    CHECK_FALSE(f.session->lastSaveError().isEmpty());
    f.store.failWrites(false);
    CHECK(f.session->flush().ok());
    CHECK(f.store.load(f.session->id())->cells.value(QStringLiteral("requests.new.natural")).toString() == QStringLiteral("5"));
}

TEST_CASE("Undo is written to the store too", "[session][autosave]")
{
    SessionFixture f;
    REQUIRE(f.session->setCellText(f.cell("requests.new.natural"), QStringLiteral("5")).ok());
    f.session->undoStack()->undo();
    REQUIRE(f.session->flush().ok());
    CHECK(f.store.load(f.session->id())->cells.value(QStringLiteral("requests.new.natural")).toString() == QStringLiteral("397"));
}

TEST_CASE("Typing in a text section merges into one step until the page is left", "[session][text]")
{
    SessionFixture f;
    const QString key = QStringLiteral("problems");
    REQUIRE(f.session->setText(key, QStringLiteral("一")).ok());
    REQUIRE(f.session->setText(key, QStringLiteral("一二")).ok());
    REQUIRE(f.session->setText(key, QStringLiteral("一二三")).ok());
    CHECK(f.session->undoStack()->count() == 1);
    REQUIRE(f.session->flush().ok()); // leaving the page
    REQUIRE(f.session->setText(key, QStringLiteral("一二三四")).ok());
    CHECK(f.session->undoStack()->count() == 2);
    f.session->undoStack()->undo();
    CHECK(f.session->engine().text(key) == QStringLiteral("一二三"));
}

TEST_CASE("Text findings appear as soon as the text changes", "[session][text]")
{
    SessionFixture f;
    const auto hasRule = [&](const char *rule) {
        for (const auto &x : f.session->engine().findings())
            if (x.rule == QLatin1String(rule))
                return true;
        return false;
    };
    REQUIRE_FALSE(hasRule("RS-TEXT-EMPTY"));
    REQUIRE(f.session->setText(QStringLiteral("problems"), QString()).ok());
    CHECK(hasRule("RS-TEXT-EMPTY"));
}

TEST_CASE("Finalise is refused while errors remain, then a final report refuses edits", "[session][final]")
{
    SessionFixture f;
    REQUIRE(f.session->setCellText(f.cell("requests.new.natural"), QStringLiteral("400")).ok());
    auto refused = f.session->finalise();
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("R3-BALANCE")));
    CHECK_FALSE(f.session->isFinal());

    f.session->undoStack()->undo();
    REQUIRE(f.session->finalise().ok());
    CHECK(f.session->isFinal());
    CHECK(f.store.load(f.session->id())->status == nb::report::ReportStatus::Final);
    CHECK(f.session->setCellText(f.cell("requests.new.natural"), QStringLiteral("1")).error().code == QStringLiteral("session.final"));
    CHECK(f.session->paste(0, 0, 0, QStringLiteral("1")).error().code == QStringLiteral("session.final"));
    CHECK(f.session->setText(QStringLiteral("problems"), QStringLiteral("x")).error().code == QStringLiteral("session.final"));
    CHECK(f.shown("requests.new.natural") == QStringLiteral("397"));

    CHECK_FALSE(f.session->reopen(QString()).ok());
    REQUIRE(f.session->reopen(QStringLiteral("更正文号")).ok());
    CHECK_FALSE(f.session->isFinal());
    const auto log = f.store.auditLog(f.session->id()).value();
    REQUIRE_FALSE(log.isEmpty());
    CHECK(log.last().action == QStringLiteral("reopen"));
    CHECK(log.last().reason == QStringLiteral("更正文号"));
}

TEST_CASE("An unexplained warning blocks finalising; an explanation lifts it", "[session][final]")
{
    SessionFixture f;
    REQUIRE(f.session->setText(QStringLiteral("problems"), QString()).ok()); // RS-TEXT-EMPTY, a warning
    auto refused = f.session->finalise();
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("RS-TEXT-EMPTY")));
    REQUIRE(f.session->setExplanation(QStringLiteral("RS-TEXT-EMPTY"), QStringLiteral("本年度无此项内容")).ok());
    CHECK(f.session->finaliseBlockers().isEmpty());
    CHECK(f.session->finalise().ok());
}

TEST_CASE("Replacing the contents (import) is one undo step", "[session]")
{
    SessionFixture f;
    nb::report::Report other = f.session->engine().report();
    other.cells.insert(QStringLiteral("requests.new.natural"), nb::report::Decimal::fromInteger(1));
    other.agencyName = QStringLiteral("别的机关");
    REQUIRE(f.session->replaceContents(other, QStringLiteral("导入")).ok());
    CHECK(f.shown("requests.new.natural") == QStringLiteral("1"));
    CHECK(f.session->engine().meta().agencyName == f.session->id().agency);
    CHECK(f.session->undoStack()->count() == 1);
    f.session->undoStack()->undo();
    CHECK(f.shown("requests.new.natural") == QStringLiteral("397"));
}

TEST_CASE("The previous year is loaded, so cross-year rules run", "[session]")
{
    SessionFixture f;
    REQUIRE(f.session->engine().previous() != nullptr);
    REQUIRE(f.session->setCellText(f.cell("requests.carried_in.natural"), QStringLiteral("9")).ok());
    bool carry = false;
    for (const auto &x : f.session->engine().findings())
        carry = carry || x.rule == QStringLiteral("X-CARRY");
    CHECK(carry);
}
