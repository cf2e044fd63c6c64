// Last year's figures in a text carried forward as a template
// (core/report/template_figures.h, X-TEXT-TEMPLATE).
#include "core/report/carry_forward.h"
#include "core/report/engine.h"
#include "core/report/template_figures.h"
#include "tests/support/catch_qt.h"

#include <catch2/catch.hpp>

using namespace nb::report;

namespace {
QStringList shown(const std::vector<TemplateFigure> &figures)
{
    QStringList out;
    for (const auto &f : figures)
        out << f.shown;
    return out;
}

QStringList texts(const QString &text, const std::vector<TemplateFigure> &figures)
{
    QStringList out;
    for (const auto &f : figures)
        out << text.mid(f.start, f.length);
    return out;
}

TemplateOptions options()
{
    TemplateOptions o = TemplateOptions::fromDefinition(*Definition::builtin());
    o.eventYears = {2025, 2024};
    return o;
}

const QString kCarried = QStringLiteral(
    "2025年，本机关收到政府信息公开申请45件，办结43件，结转2件。2025年6月，召开政务公开工作会议。"
    "统计期限为2025年1月1日至2025年12月31日。依照国办函〔2020〕109号，未收取费用。"
    "2019年5月修订的《条例》继续施行。");
} // namespace

TEST_CASE("A template's figures and event dates are last year's while they stand in the same words", "[template]")
{
    const auto all = templateFigures(kCarried, kCarried, options());
    // Years alone were moved on, the statistics period is right once moved, document
    // numbers are references and 2019年5月 is history: none of them is listed.
    CHECK(texts(kCarried, all) == QStringList{"45", "43", "2", "2025年6月"});
    CHECK(shown(all) == QStringList{"申请45件", "办结43件", "结转2件", "2025年6月"});

    QString edited = kCarried;
    edited.replace(QStringLiteral("申请45件"), QStringLiteral("申请52件"));
    const auto left = templateFigures(edited, kCarried, options());
    CHECK(texts(edited, left) == QStringList{"43", "2", "2025年6月"}); // the neighbour 43 is not context
    CHECK(left.front().start == edited.indexOf(QStringLiteral("43")));

    edited.replace(QStringLiteral("2025年6月"), QStringLiteral("2025年9月"));
    edited.replace(QStringLiteral("办结43件"), QStringLiteral("办结50件"));
    edited.replace(QStringLiteral("结转2件"), QStringLiteral("结转1件"));
    CHECK(templateFigures(edited, kCarried, options()).empty());
}

TEST_CASE("A figure is never found inside a longer number, and each one of the template is found once", "[template]")
{
    const QString carried = QStringLiteral("45\n另有45件");
    // "145" does not hold the 45 at the start of a line; the one with words around it is still there.
    const QString text = QStringLiteral("145\n另有45件");
    CHECK(texts(text, templateFigures(text, carried, options())) == QStringList{"45"});
    CHECK(templateFigures(text, carried, options()).front().start == text.lastIndexOf(QStringLiteral("45")));

    // Twice the same words: two figures; once in the text: one.
    const QString twice = QStringLiteral("受理1件。受理1件。");
    CHECK(templateFigures(twice, twice, options()).size() == 2);
    CHECK(templateFigures(QStringLiteral("受理1件。受理3件。"), twice, options()).size() == 1);
}

TEST_CASE("X-TEXT-TEMPLATE lists last year's figures of a text still marked to revise", "[template][rules]")
{
    Report previous;
    previous.agencyName = QStringLiteral("示例县教育局");
    previous.year = 2024;
    previous.texts.insert(QStringLiteral("overview"), QStringLiteral("2024年，收到政府信息公开申请45件。2024年6月，召开会议。"));
    const Report carried = carryForward(previous, 2025);
    REQUIRE(carried.textsToRevise.contains(QStringLiteral("overview")));

    Engine engine;
    engine.setPrevious(previous);
    engine.load(carried);
    const auto finding = [&]() -> std::optional<Finding> {
        for (const Finding &f : engine.findings())
            if (f.rule == QLatin1String("X-TEXT-TEMPLATE"))
                return f;
        return std::nullopt;
    };
    REQUIRE(finding());
    CHECK(finding()->section == QStringLiteral("overview"));
    CHECK(finding()->severity == Severity::Warning);
    CHECK(finding()->message.contains(QStringLiteral("2024 年度报告")));
    CHECK(finding()->message.contains(QStringLiteral("2 处")));
    CHECK(finding()->message.contains(QStringLiteral("申请45件")));
    CHECK(finding()->message.contains(QStringLiteral("2025年6月")));
    // The other rule about last year's text is a different one: it does not read figures.
    CHECK(finding()->message != QString());

    // Edited, the figure goes from the finding; the mark is the session's business.
    const auto changes = engine.setText(QStringLiteral("overview"),
                                        QStringLiteral("2025年，收到政府信息公开申请52件。2025年6月，召开会议。"));
    CHECK_FALSE(changes.findings.empty());
    REQUIRE(finding());
    CHECK(finding()->message.contains(QStringLiteral("1 处")));
    CHECK_FALSE(finding()->message.contains(QStringLiteral("45")));

    // Revised (the mark taken off): no finding, whatever figures remain.
    CHECK_FALSE(engine.setTextsToRevise({}).findings.empty());
    CHECK_FALSE(finding());

    // Without last year's report there is no template to compare with.
    Engine alone;
    alone.load(carried);
    for (const Finding &f : alone.findings())
        CHECK(f.rule != QLatin1String("X-TEXT-TEMPLATE"));
}
