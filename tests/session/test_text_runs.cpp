// Undo in a text section goes back one run of typing: a pause, a sentence
// end, a line break or a paste ends a run (TextCommand).
#include "core/session/edit_commands.h"
#include "tests/session/session_fixture.h"

#include <QTest>
#include <catch2/catch.hpp>

using nb::session::TextCommand;
using nb::test::SessionFixture;

namespace {
const QString kSection = QStringLiteral("problems");

void type(SessionFixture &f, const QString &text) { REQUIRE(f.session->setText(kSection, text).ok()); }
QString text(const SessionFixture &f) { return f.session->engine().text(kSection); }
} // namespace

TEST_CASE("Typing without a pause is one undo step", "[session][text][runs]")
{
    SessionFixture f;
    const QString original = text(f);
    type(f, QStringLiteral("本年"));
    type(f, QStringLiteral("本年度"));
    type(f, QStringLiteral("本年度存在"));
    CHECK(f.session->undoStack()->count() == 1);
    f.session->undoStack()->undo();
    CHECK(text(f) == original);
}

TEST_CASE("A pause in typing ends a run", "[session][text][runs]")
{
    SessionFixture f;
    type(f, QStringLiteral("本年"));
    type(f, QStringLiteral("本年度"));
    QTest::qWait(TextCommand::kPauseMs + 200);
    type(f, QStringLiteral("本年度存在"));
    CHECK(f.session->undoStack()->count() == 2);
    f.session->undoStack()->undo();
    CHECK(text(f) == QStringLiteral("本年度"));
}

TEST_CASE("A sentence end or a line break ends a run", "[session][text][runs]")
{
    const QString ends = GENERATE(QStringLiteral("。"), QStringLiteral("！"), QStringLiteral("？"), QStringLiteral("\n"));
    SessionFixture f;
    const QString first = QStringLiteral("第一句") + ends;
    type(f, QStringLiteral("第一句"));
    type(f, first);
    type(f, first + QStringLiteral("第二"));
    type(f, first + QStringLiteral("第二句"));
    CHECK(f.session->undoStack()->count() == 2);
    f.session->undoStack()->undo();
    CHECK(text(f) == first);
}

TEST_CASE("endTextRun makes the next edit a step of its own (a paste)", "[session][text][runs]")
{
    SessionFixture f;
    type(f, QStringLiteral("甲"));
    nb::session::endTextRun(f.session->undoStack());
    type(f, QStringLiteral("甲乙丙")); // the paste
    nb::session::endTextRun(f.session->undoStack());
    type(f, QStringLiteral("甲乙丙丁"));
    CHECK(f.session->undoStack()->count() == 3);
    f.session->undoStack()->undo();
    CHECK(text(f) == QStringLiteral("甲乙丙"));
    f.session->undoStack()->undo();
    CHECK(text(f) == QStringLiteral("甲"));
}

TEST_CASE("Runs are per section", "[session][text][runs]")
{
    SessionFixture f;
    type(f, QStringLiteral("甲"));
    REQUIRE(f.session->setText(QStringLiteral("other"), QStringLiteral("乙")).ok());
    type(f, QStringLiteral("甲丙"));
    CHECK(f.session->undoStack()->count() == 3);
}
