// Two sessions on one report (two windows of one process, or the same over a
// shared database): cell edits of one appear in the other within a second; a
// text changed by both is never overwritten unseen — the user chooses.
#include "tests/session/session_fixture.h"

#include <QSignalSpy>
#include <QTest>
#include <catch2/catch.hpp>

using nb::session::DraftSession;
using nb::session::Resolution;
using nb::session::SaveState;
using nb::test::SessionFixture;

namespace {

struct TwoSessions : SessionFixture {
    TwoSessions()
    {
        auto opened = DraftSession::open(store, session->id());
        REQUIRE(opened.ok());
        other = std::move(opened.value());
    }
    std::unique_ptr<DraftSession> other;
    QString storedText(const QString &section) { return store.load(session->id()).value().texts.value(section); }
    QString shownIn(const DraftSession &s, const char *key)
    {
        const auto v = s.engine().value(cell(key));
        return v ? v->toString() : QString();
    }
};

const QString kOverview = QStringLiteral("overview");

} // namespace

TEST_CASE("A cell edited in one session appears in the other within a second, with its totals", "[session][elsewhere]")
{
    // "Within a second" is the watch timer's period; the waits below allow for a
    // slow machine and end as soon as the change is there.
    static_assert(DraftSession::kWatchIntervalMs <= 1000);
    TwoSessions f;
    QSignalSpy told(f.session.get(), &DraftSession::changedElsewhere);
    const QString total = f.shownIn(*f.session, "requests.new.total");
    REQUIRE(f.other->setCellText(f.cell("requests.new.natural"), QStringLiteral("400")).ok());
    REQUIRE(QTest::qWaitFor([&] { return f.shownIn(*f.session, "requests.new.natural") == QStringLiteral("400"); }, 10000));
    CHECK(f.shownIn(*f.session, "requests.new.total").toInt() == total.toInt() + 3);
    REQUIRE(told.size() == 1);
    CHECK(told.first().at(0).toInt() == 1);
    CHECK(f.session->undoStack()->count() == 0); // not this session's step
    CHECK(f.session->saveState() == SaveState::Saved);
}

TEST_CASE("A text changed elsewhere replaces the shown one when nothing here is unsaved", "[session][elsewhere]")
{
    TwoSessions f;
    REQUIRE(f.other->setText(kOverview, QStringLiteral("别处写的")).ok());
    REQUIRE(f.other->flush().ok());
    REQUIRE(QTest::qWaitFor([&] { return f.session->engine().text(kOverview) == QStringLiteral("别处写的"); }, 10000));
    CHECK(f.session->conflicts().isEmpty());
    // Typing here now is based on their version: written without a conflict.
    REQUIRE(f.session->setText(kOverview, QStringLiteral("别处写的，这里接着写")).ok());
    REQUIRE(f.session->flush().ok());
    CHECK(f.storedText(kOverview) == QStringLiteral("别处写的，这里接着写"));
}

TEST_CASE("A text changed in both sessions is a conflict, never overwritten — the rest is saved", "[session][conflict]")
{
    TwoSessions f;
    QSignalSpy conflicted(f.session.get(), &DraftSession::conflictDetected);
    REQUIRE(f.session->setText(kOverview, QStringLiteral("我这里的版本")).ok()); // pending: typing waits
    REQUIRE(f.other->setText(kOverview, QStringLiteral("别处的版本")).ok());
    REQUIRE(f.other->flush().ok());
    // This session writes before its watch timer has looked: the store refuses.
    REQUIRE(f.session->setCellText(f.cell("requests.new.natural"), QStringLiteral("401")).ok());
    CHECK(f.session->conflicts() == QStringList{kOverview});
    CHECK(f.session->theirText(kOverview) == QStringLiteral("别处的版本"));
    CHECK(conflicted.size() == 1);
    CHECK(f.session->saveState() == SaveState::Conflict);
    CHECK(f.storedText(kOverview) == QStringLiteral("别处的版本"));
    CHECK(f.store.load(f.session->id()).value().cells.value(QStringLiteral("requests.new.natural")).toString()
          == QStringLiteral("401"));
    const nb::Status refused = f.session->flush();
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == QStringLiteral("session.conflict"));
    CHECK(refused.error().message.contains(QStringLiteral("一、总体情况")));
    CHECK(f.session->engine().text(kOverview) == QStringLiteral("我这里的版本")); // nothing lost here either

    SECTION("keep mine")
    {
        REQUIRE(f.session->resolveConflict(kOverview, Resolution::KeepMine).ok());
        CHECK(f.storedText(kOverview) == QStringLiteral("我这里的版本"));
    }
    SECTION("take theirs, and undo brings mine back")
    {
        REQUIRE(f.session->resolveConflict(kOverview, Resolution::TakeTheirs).ok());
        CHECK(f.session->engine().text(kOverview) == QStringLiteral("别处的版本"));
        CHECK(f.storedText(kOverview) == QStringLiteral("别处的版本"));
        f.session->undoStack()->undo();
        CHECK(f.session->engine().text(kOverview) == QStringLiteral("我这里的版本"));
    }
    SECTION("merged by hand")
    {
        REQUIRE(f.session->resolveConflict(kOverview, Resolution::Merged, QStringLiteral("合并后的版本")).ok());
        CHECK(f.session->engine().text(kOverview) == QStringLiteral("合并后的版本"));
        CHECK(f.storedText(kOverview) == QStringLiteral("合并后的版本"));
    }
    CHECK(f.session->conflicts().isEmpty());
    CHECK(f.session->flush().ok());
    CHECK(f.session->saveState() == SaveState::Saved);
}

TEST_CASE("The watch timer finds a conflict while typing waits, before anything is written", "[session][conflict]")
{
    TwoSessions f;
    REQUIRE(f.other->setText(kOverview, QStringLiteral("别处的版本")).ok());
    REQUIRE(f.other->flush().ok());
    REQUIRE(f.session->setText(kOverview, QStringLiteral("我这里的版本")).ok());
    REQUIRE(f.session->syncFromStore().ok());
    CHECK(f.session->conflicts() == QStringList{kOverview});
    CHECK(f.session->engine().text(kOverview) == QStringLiteral("我这里的版本"));
    // The typing timer fires and writes nothing over theirs.
    QTest::qWait(DraftSession::kTypingDelayMs + 200);
    CHECK(f.storedText(kOverview) == QStringLiteral("别处的版本"));
    // More typing here keeps the conflict and the newest text of mine.
    REQUIRE(f.session->setText(kOverview, QStringLiteral("我这里的版本，又写了一句")).ok());
    REQUIRE(f.session->resolveConflict(kOverview, Resolution::KeepMine).ok());
    CHECK(f.storedText(kOverview) == QStringLiteral("我这里的版本，又写了一句"));
}

TEST_CASE("Notes added in two sessions are both kept", "[session][elsewhere]")
{
    TwoSessions f;
    REQUIRE(f.session->setCellNote(f.cell("requests.new.natural"), QStringLiteral("这里的批注")).ok());
    REQUIRE(f.other->setCellNote(f.cell("requests.new.legal"), QStringLiteral("别处的批注")).ok());
    const auto notes = f.store.load(f.session->id()).value().cellNotes;
    CHECK(notes.value(QStringLiteral("requests.new.natural")) == QStringLiteral("这里的批注"));
    CHECK(notes.value(QStringLiteral("requests.new.legal")) == QStringLiteral("别处的批注"));
    REQUIRE(f.session->syncFromStore().ok());
    CHECK(f.session->cellNote(f.cell("requests.new.legal")) == QStringLiteral("别处的批注"));
}

TEST_CASE("A report finalised elsewhere becomes read-only here", "[session][elsewhere]")
{
    TwoSessions f;
    REQUIRE(f.other->finalise().ok());
    REQUIRE(QTest::qWaitFor([&] { return f.session->isFinal(); }, 10000));
    CHECK(f.session->setCellText(f.cell("requests.new.natural"), QStringLiteral("1")).error().code
          == QStringLiteral("session.final"));
}
