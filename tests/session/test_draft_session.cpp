#include "tests/session/session_fixture.h"

#include <QElapsedTimer>
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

TEST_CASE("A committed cell edit is in the store when the call returns: typing, paste, clear, undo, redo",
          "[session][saving]")
{
    SessionFixture f;
    const auto stored = [&f](const char *key) {
        const auto v = f.store.load(f.session->id()).value().cells.value(QString::fromLatin1(key));
        return v.toString();
    };
    REQUIRE(f.session->setCellText(f.cell("active.fees.amount"), QStringLiteral("1.50")).ok());
    CHECK(f.store.writeCount() == 1);
    CHECK(f.session->saveState() == SaveState::Saved);
    CHECK(f.store.lastHint().cells == QStringList{QStringLiteral("active.fees.amount")});
    CHECK(stored("active.fees.amount") == QStringLiteral("1.50"));

    const int table = f.def().tableIndex(QStringLiteral("requests"));
    REQUIRE(f.session->paste(table, 0, 0, QStringLiteral("10\t20\n")).ok());
    CHECK(stored("requests.new.natural") == QStringLiteral("10"));
    CHECK(stored("requests.new.commercial") == QStringLiteral("20"));
    REQUIRE(f.session->clearCells({f.cell("requests.new.natural")}).ok());
    CHECK_FALSE(f.store.load(f.session->id()).value().cells.contains(QStringLiteral("requests.new.natural")));
    f.session->undoStack()->undo();
    CHECK(stored("requests.new.natural") == QStringLiteral("10"));
    f.session->undoStack()->undo();
    CHECK(stored("requests.new.natural") == QStringLiteral("397"));
    f.session->undoStack()->redo();
    CHECK(stored("requests.new.natural") == QStringLiteral("10"));
    CHECK(f.store.writeCount() == 6);
    CHECK(f.session->saveState() == SaveState::Saved);
}

TEST_CASE("Notes, 说明 and report data are written at once, key by key", "[session][saving]")
{
    SessionFixture f;
    REQUIRE(f.session->setCellNote(f.cell("requests.new.natural"), QStringLiteral("含自然失效29件")).ok());
    CHECK(f.store.load(f.session->id()).value().cellNotes.value(QStringLiteral("requests.new.natural"))
          == QStringLiteral("含自然失效29件"));
    CHECK(f.store.lastHint().notes == QStringList{QStringLiteral("requests.new.natural")});
    CHECK(f.store.lastHint().cells.isEmpty()); // not the whole report
    REQUIRE(f.session->setExplanation(QStringLiteral("X-STOCK"), QStringLiteral("修订计入制发")).ok());
    CHECK(f.store.lastHint().explanations == QStringList{QStringLiteral("X-STOCK")});
    REQUIRE(f.session->setDocumentInfo(nb::report::AgencyKind::Government, QStringLiteral("示府办〔2024〕3号"), QDate()).ok());
    CHECK(f.store.lastHint().metadata);
    CHECK(f.store.load(f.session->id()).value().documentNumber == QStringLiteral("示府办〔2024〕3号"));
    CHECK(f.store.writeCount() == 3);
}

TEST_CASE("Typing is written at most 400 ms after the first unwritten keystroke, even while it goes on",
          "[session][saving]")
{
    SessionFixture f;
    const QString key = QStringLiteral("problems");
    QString typed = f.session->engine().text(key);
    struct Stroke {
        qint64 before, after;
        QString text;
    };
    std::vector<Stroke> strokes;
    QElapsedTimer clock;
    clock.start();
    // 1.5 s of typing, a character every 30 ms: a debounce would write nothing until it stops.
    while (clock.elapsed() < 1500) {
        typed += QChar(u'字');
        const qint64 before = clock.elapsed();
        REQUIRE(f.session->setText(key, typed).ok());
        strokes.push_back({before, clock.elapsed(), typed});
        const QString stored = f.store.load(f.session->id()).value().texts.value(key);
        // Every keystroke that ended 400 ms before this one began is stored.
        for (const Stroke &s : strokes)
            if (s.after <= before - nb::session::DraftSession::kTypingPromiseMs) {
                INFO("stroke at " << s.after << " ms, checked at " << before << " ms");
                REQUIRE(stored.size() >= s.text.size());
            }
        QTest::qWait(30);
    }
    CHECK(f.store.writeCount() >= 2); // a debounce would have written nothing yet
    CHECK(f.session->undoStack()->count() == 1); // written in between, still one run of typing
    REQUIRE(QTest::qWaitFor([&] { return f.session->saveState() == SaveState::Saved; }, 2000));
    CHECK(f.store.load(f.session->id()).value().texts.value(key) == typed);
}

TEST_CASE("A failed write keeps the edits, says so, and is retried until it succeeds", "[session][saving]")
{
    SessionFixture f;
    f.store.failWrites(true);
    REQUIRE(f.session->setCellText(f.cell("requests.new.natural"), QStringLiteral("5")).ok());
    CHECK(f.session->saveState() == SaveState::Failed);
    CHECK_FALSE(f.session->lastSaveError().isEmpty());
    CHECK_FALSE(f.session->flush().ok());
    CHECK(f.shown("requests.new.natural") == QStringLiteral("5")); // still in the window
    f.store.failWrites(false);
    // No further edit and no flush: the retry timer writes it.
    REQUIRE(QTest::qWaitFor([&] { return f.session->saveState() == SaveState::Saved; }, 5000));
    CHECK(f.store.load(f.session->id())->cells.value(QStringLiteral("requests.new.natural")).toString() == QStringLiteral("5"));
    CHECK(f.session->lastSaveError().isEmpty());
}

TEST_CASE("Undo is written to the store too", "[session][saving]")
{
    SessionFixture f;
    REQUIRE(f.session->setCellText(f.cell("requests.new.natural"), QStringLiteral("5")).ok());
    f.session->undoStack()->undo();
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

TEST_CASE("An unexplained warning blocks finalising — an explanation lifts it", "[session][final]")
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
