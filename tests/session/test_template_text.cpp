// A text carried forward from last year stays a template ("to revise") until
// the last of last year's figures in it is changed or it is marked revised;
// both are undo steps, and the mark is saved with the text.
#include "tests/session/session_fixture.h"

#include <catch2/catch.hpp>

using nb::test::SessionFixture;

namespace {
const QString kOverview = QStringLiteral("overview"); // has figures: 收到政府信息公开申请496件 …
const QString kProblems = QStringLiteral("problems"); // has none

struct NewYear {
    SessionFixture f;
    std::unique_ptr<nb::session::DraftSession> session;
    nb::store::ReportId id;
    NewYear()
    {
        id = {f.session->id().agency, f.session->id().year + 1};
        REQUIRE(f.store.newYear(id.agency, id.year, false).ok());
        auto opened = nb::session::DraftSession::open(f.store, id);
        REQUIRE(opened.ok());
        session = std::move(opened.value());
    }
    bool hasTemplateFinding(const QString &section) const
    {
        for (const auto &finding : session->engine().findings())
            if (finding.rule == QLatin1String("X-TEXT-TEMPLATE") && finding.section == section)
                return true;
        return false;
    }
    bool storedMark(const QString &section)
    {
        REQUIRE(session->flush().ok());
        auto stored = f.store.load(id);
        REQUIRE(stored.ok());
        return stored->textsToRevise.contains(section);
    }
    // The text with one of last year's figures changed.
    QString changed(const nb::report::TemplateFigure &figure) const
    {
        return session->engine().text(kOverview).replace(figure.start, figure.length, QStringLiteral("7777"));
    }
};
} // namespace

TEST_CASE("A carried text stays a template until its last figure of last year is changed", "[session][template]")
{
    NewYear y;
    REQUIRE(y.session->isTemplate(kOverview));
    const auto figures = y.session->lastYearFigures(kOverview);
    REQUIRE(figures.size() >= 3);
    CHECK(y.hasTemplateFinding(kOverview));
    CHECK(y.storedMark(kOverview));

    // One figure changed: still a template, one figure fewer, one undo step.
    REQUIRE(y.session->setText(kOverview, y.changed(figures.front())).ok());
    CHECK(y.session->isTemplate(kOverview));
    CHECK(y.session->lastYearFigures(kOverview).size() == figures.size() - 1);
    CHECK(y.storedMark(kOverview));
    CHECK(y.session->undoStack()->count() == 1);

    // Every figure changed: the template is revised, its finding gone, and the mark too.
    while (!y.session->lastYearFigures(kOverview).empty()) {
        REQUIRE(y.session->flush().ok()); // each change its own step
        REQUIRE(y.session->setText(kOverview, y.changed(y.session->lastYearFigures(kOverview).front())).ok());
    }
    CHECK_FALSE(y.session->isTemplate(kOverview));
    CHECK_FALSE(y.hasTemplateFinding(kOverview));
    CHECK_FALSE(y.storedMark(kOverview));

    // Undo brings the last figure back, and with it the template and its finding.
    y.session->undoStack()->undo();
    CHECK(y.session->isTemplate(kOverview));
    CHECK(y.session->lastYearFigures(kOverview).size() == 1);
    CHECK(y.hasTemplateFinding(kOverview));
    CHECK(y.storedMark(kOverview));
}

TEST_CASE("Marking a template revised is a step of its own and is saved", "[session][template]")
{
    NewYear y;
    REQUIRE(y.session->isTemplate(kOverview));
    REQUIRE(y.session->markTextRevised(kOverview).ok());
    CHECK_FALSE(y.session->isTemplate(kOverview));
    CHECK(y.session->lastYearFigures(kOverview).empty());
    CHECK_FALSE(y.hasTemplateFinding(kOverview));
    CHECK_FALSE(y.storedMark(kOverview));
    CHECK(y.session->undoStack()->count() == 1);
    y.session->undoStack()->undo();
    CHECK(y.session->isTemplate(kOverview));
    CHECK(y.hasTemplateFinding(kOverview));
    CHECK(y.storedMark(kOverview));
}

TEST_CASE("A template without figures is revised by its first edit, as before", "[session][template]")
{
    NewYear y;
    REQUIRE(y.session->isTemplate(kProblems));
    CHECK(y.session->lastYearFigures(kProblems).empty());
    CHECK_FALSE(y.hasTemplateFinding(kProblems));
    REQUIRE(y.session->setText(kProblems, y.session->engine().text(kProblems) + QStringLiteral("另")).ok());
    CHECK_FALSE(y.session->isTemplate(kProblems));
    CHECK_FALSE(y.storedMark(kProblems));
    y.session->undoStack()->undo();
    CHECK(y.session->isTemplate(kProblems));
}

TEST_CASE("Without last year's report a template is revised by its first edit", "[session][template]")
{
    SessionFixture f;
    nb::report::Report r = f.session->engine().report();
    r.agencyName = QStringLiteral("示例县教育局");
    r.textsToRevise = {kOverview};
    REQUIRE(f.store.create(r).ok());
    auto opened = nb::session::DraftSession::open(f.store, {r.agencyName, r.year});
    REQUIRE(opened.ok());
    auto &session = *opened.value();
    REQUIRE(session.isTemplate(kOverview));
    CHECK(session.lastYearFigures(kOverview).empty()); // nothing to tell last year's figures by
    REQUIRE(session.setText(kOverview, session.engine().text(kOverview) + QStringLiteral("另")).ok());
    CHECK_FALSE(session.isTemplate(kOverview));
}
