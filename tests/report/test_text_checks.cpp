// RT-* (figures quoted in the text against the tables) and RS-* (structure)
// on drafts typed in the application: the common phrasings give no false
// alarm, a wrong figure gives exactly its rule, a quote nobody can place
// gives nothing, and edits re-evaluate the rule.
#include "core/report/engine.h"
#include "tests/support/fixtures.h"

#include <QSet>
#include <catch2/catch.hpp>

using namespace nb::report;

#include "tests/support/catch_qt.h"

namespace {

QString total(const Engine &e, const char *row)
{
    return e.value(e.definition().cellIndex(QString::fromLatin1(row) + QStringLiteral(".total")))->toString();
}

QSet<QString> textRules(const Engine &e)
{
    QSet<QString> out;
    for (const auto &f : e.findings())
        if (f.rule.startsWith(QLatin1String("RT-")) || f.rule.startsWith(QLatin1String("RS-")))
            out.insert(f.rule);
    return out;
}

// RT findings only: a one-sentence overview naturally lacks the topics of RS-SEC1-TOPICS.
QSet<QString> rulesForOverview(Engine &e, const QString &overview)
{
    e.setText(QStringLiteral("overview"), overview);
    QSet<QString> out = textRules(e);
    out.remove(QStringLiteral("RS-SEC1-TOPICS"));
    return out;
}

QString sumOf(const Engine &e, std::initializer_list<const char *> rows)
{
    Decimal sum;
    for (const char *row : rows)
        sum = nb::test::plus(sum, *e.value(e.definition().cellIndex(QString::fromLatin1(row) + QStringLiteral(".total"))));
    return sum.toString();
}

} // namespace

TEST_CASE("the full fixture's texts agree with its tables: no RT or RS finding", "[rules][text]")
{
    Engine e;
    e.load(nb::test::full2023());
    CHECK(textRules(e).isEmpty());
}

TEST_CASE("common phrasings quoting the right figures give no finding — a wrong figure gives its rule", "[rules][text]")
{
    Engine e;
    e.load(nb::test::full2023());
    const QString news = total(e, "requests.new"), carry = total(e, "requests.carried_in");
    const QString done = total(e, "requests.result.total"), fwd = total(e, "requests.carried_out");
    const QString both = sumOf(e, {"requests.new", "requests.carried_in"});
    const QString disclosedAndPartial = sumOf(e, {"requests.result.disclosed", "requests.result.partial"});
    const QString review = e.value(e.definition().cellIndex(QStringLiteral("appeals.review.total")))->toString();
    const QString litig = sumOf(e, {"appeals.suit_direct", "appeals.suit_after_review"});
    const QString regs = e.value(e.definition().cellIndex(QStringLiteral("active.regulations.issued")))->toString();
    const QString docs = e.value(e.definition().cellIndex(QStringLiteral("active.normative_documents.issued")))->toString();
    struct Case {
        QString right;
        QString wrong;
        const char *rule;
    };
    const QList<Case> cases{
        {QStringLiteral("本年度受理政府信息公开申请%1件。").arg(news), QStringLiteral("本年度受理政府信息公开申请9999件。"), "RT-NEW"},
        {QStringLiteral("全年共收到信息公开申请%1件（含上年结转）。").arg(both), QStringLiteral("全年共收到信息公开申请1件。"), "RT-NEW"},
        {QStringLiteral("收办群众政府信息公开申请%1件。").arg(news), QStringLiteral("收办群众政府信息公开申请2件。"), "RT-NEW"},
        {QStringLiteral("上年结转%1件。").arg(carry), QStringLiteral("上年结转55件。"), "RT-CARRY"},
        {QStringLiteral("含上年结转共受理申请%1件。").arg(both), QStringLiteral("含上年结转共受理申请3件。"), "RT-NEW"},
        {QStringLiteral("已全部办结%1件。").arg(done), QStringLiteral("已全部办结7件。"), "RT-DONE"},
        {QStringLiteral("按时答复%1件。").arg(done), QStringLiteral("按时答复8件。"), "RT-DONE"},
        {QStringLiteral("结转下年度继续办理%1件。").arg(fwd), QStringLiteral("结转下年度继续办理40件。"), "RT-FWD"},
        {QStringLiteral("顺延至下一年度办理%1件。").arg(fwd), QStringLiteral("顺延至下一年度办理41件。"), "RT-FWD"},
        {QStringLiteral("予以公开及部分公开%1件。").arg(disclosedAndPartial), QStringLiteral("予以公开及部分公开1件。"), "RT-RESULT"},
        {QStringLiteral("被申请行政复议%1件，提起行政诉讼%2件。").arg(review, litig), QStringLiteral("被申请行政复议66件。"), "RT-REVIEW"},
        {QStringLiteral("发生行政诉讼%1件。").arg(litig), QStringLiteral("发生行政诉讼67件。"), "RT-LITIG"},
        {QStringLiteral("全年制发规章%1件、行政规范性文件%2件。").arg(regs, docs), QStringLiteral("全年制发规章%1件、行政规范性文件70件。").arg(regs),
         "RT-DOCS"},
    };
    for (const Case &c : cases) {
        INFO(c.right.toStdString());
        CHECK(rulesForOverview(e, c.right).isEmpty());
        INFO(c.wrong.toStdString());
        CHECK(rulesForOverview(e, c.wrong) == QSet<QString>{QString::fromLatin1(c.rule)});
    }
}

TEST_CASE("quotes that cannot be placed, and 政策性文件, are not findings", "[rules][text]")
{
    Engine e;
    e.load(nb::test::full2023());
    for (const char *text : {"全年制发政策性文件99件。", "受理各类咨询超过600人次，未有不满意情况。", "受理申请若干件，均已按期办结。",
                             "行政复议、行政诉讼情况详见第四部分。", "制发规范性文件及政策性文件99件。"}) {
        INFO(text);
        CHECK(rulesForOverview(e, QString::fromUtf8(text)).isEmpty());
    }
}

TEST_CASE("a quote of cells nobody has filled in is not a finding", "[rules][text]")
{
    Report blank = nb::test::full2023();
    blank.cells.clear();
    Engine e;
    e.load(blank);
    CHECK_FALSE(textRules(e).contains(QStringLiteral("RT-NEW")));
}

TEST_CASE("RT checks follow edits of the cells and of the text", "[rules][text]")
{
    Engine e;
    e.load(nb::test::full2023());
    const int cell = e.definition().cellIndex(QStringLiteral("appeals.review.upheld"));
    const auto before = *e.input(cell);
    auto changes = e.setInput(cell, Decimal::add(before, Decimal::fromInteger(1)).value());
    CHECK_FALSE(changes.findings.empty());
    CHECK(textRules(e) == QSet<QString>{QStringLiteral("RT-REVIEW")});
    e.setInput(cell, before);
    CHECK(textRules(e).isEmpty());
}

TEST_CASE("RT-YEAR: the statistics period must be the report's year", "[rules][text]")
{
    Engine e;
    e.load(nb::test::full2023());
    CHECK(rulesForOverview(e, QStringLiteral("本报告统计期限为2023年1月1日至12月31日。")).isEmpty());
    CHECK(rulesForOverview(e, QStringLiteral("本报告统计期限为2022年1月1日至2022年12月31日。")) == QSet<QString>{"RT-YEAR"});
    const auto f = e.findings();
    const auto it = std::find_if(f.begin(), f.end(), [](const Finding &x) { return x.rule == QLatin1String("RT-YEAR"); });
    REQUIRE(it != f.end());
    CHECK(it->severity == Severity::Error);
    CHECK(it->message.contains(QStringLiteral("2022年1月1日")));
}

TEST_CASE("RS-SEC6-INFOFEE and RS-SEC1-TOPICS read the text sections of a typed draft", "[rules][text]")
{
    Engine e;
    e.load(nb::test::full2023());
    e.setText(QStringLiteral("other"), QStringLiteral("本年度无其他需要报告的事项。"));
    CHECK(textRules(e) == QSet<QString>{"RS-SEC6-INFOFEE"});
    e.setText(QStringLiteral("other"), QStringLiteral("本年度未收取信息处理费。"));
    CHECK(textRules(e).isEmpty());
    e.setText(QStringLiteral("other"), QString());
    CHECK(textRules(e) == QSet<QString>{"RS-TEXT-EMPTY"}); // empty: one finding, not two

    e.setText(QStringLiteral("overview"), QStringLiteral("本年度主动公开、依申请公开、政府信息管理、平台建设、监督保障工作均有进展。"));
    CHECK(textRules(e) == QSet<QString>{"RS-TEXT-EMPTY", "RS-SEC1-TOPICS"}); // a government also reports 考核 …
    const auto findings = e.findings();
    for (const auto &f : findings)
        if (f.rule == QLatin1String("RS-SEC1-TOPICS"))
            CHECK(f.message.contains(QStringLiteral("责任追究")));
    e.setAgency(e.meta().agencyName, AgencyKind::Department);
    CHECK(textRules(e) == QSet<QString>{"RS-TEXT-EMPTY"});
}

TEST_CASE("structure rules are silent for typed drafts and report what an importer saw", "[rules][structure]")
{
    Report r = nb::test::full2023();
    Engine e;
    e.load(r);
    CHECK(textRules(e).isEmpty());
    r.imported.present = true;
    r.imported.sections = QStringList{"overview", "active", "requests", "appeals", "other", "problems"};
    r.imported.missingRows = QStringList{"requests.result.other.no_correction"};
    r.imported.missingColumns = QStringList{"active.article20_1:in_force"};
    r.imported.foreignLabels = QStringList{"本年新制作数量", "商业"};
    e.load(r);
    CHECK(textRules(e) == QSet<QString>{"RS-SECTIONS", "RS-ROWS", "RS-OLD-TEMPLATE"});
    for (const auto &f : e.findings()) {
        if (f.rule == QLatin1String("RS-ROWS")) {
            CHECK(f.message.contains(QStringLiteral("申请人无正当理由逾期不补正")));
            CHECK(f.message.contains(QStringLiteral("现行有效件数")));
        }
        if (f.rule == QLatin1String("RS-OLD-TEMPLATE"))
            CHECK(f.message.contains(QStringLiteral("本年新制作数量")));
    }
}

TEST_CASE("RT-DONE never reads a count qualified by a result kind as the total of answers", "[rules][text]")
{
    Engine e;
    e.load(nb::test::full2023());
    const QString done = total(e, "requests.result.total"), disclosed = total(e, "requests.result.disclosed");
    const QString partial = total(e, "requests.result.partial");
    REQUIRE(done != disclosed);
    // Passing: the qualified counts are the results' figures, the total of answers is right.
    CHECK(rulesForOverview(e, QStringLiteral("全年办结%1件，其中同意公开答复%2件，部分公开答复%3件。").arg(done, disclosed, partial))
          .isEmpty());
    CHECK(rulesForOverview(e, QStringLiteral("予以公开答复%1件；不予公开答复%2件。")
                                  .arg(disclosed, sumOf(e, {"requests.result.withheld.state_secret", "requests.result.withheld.law_forbidden",
                                                            "requests.result.withheld.security_stability", "requests.result.withheld.third_party",
                                                            "requests.result.withheld.internal_affairs", "requests.result.withheld.process_info",
                                                            "requests.result.withheld.enforcement_files", "requests.result.withheld.inquiry"})))
              .isEmpty());
    // Failing: a wrong qualified count is a wrong result figure (RT-RESULT), still not RT-DONE.
    const QString wrong = QString::number(disclosed.toInt() + 1);
    CHECK(rulesForOverview(e, QStringLiteral("全年办结%1件，其中同意公开答复%2件。").arg(done, wrong))
          == QSet<QString>{QStringLiteral("RT-RESULT")});
    // Failing: a wrong total of answers is RT-DONE as before.
    CHECK(rulesForOverview(e, QStringLiteral("全年答复%1件。").arg(done.toInt() + 1)) == QSet<QString>{QStringLiteral("RT-DONE")});
}

TEST_CASE("RT-REVIEW and RT-LITIG never read a count qualified by an appeal's result as the total", "[rules][text]")
{
    Engine e;
    e.load(nb::test::full2023());
    const QString review = e.value(e.definition().cellIndex(QStringLiteral("appeals.review.total")))->toString();
    const QString upheld = e.value(e.definition().cellIndex(QStringLiteral("appeals.review.upheld")))->toString();
    REQUIRE(review != upheld);
    CHECK(rulesForOverview(e, QStringLiteral("被申请行政复议%1件，行政复议结果维持%2件。").arg(review, upheld)).isEmpty());
    CHECK(rulesForOverview(e, QStringLiteral("被申请行政复议%1件。").arg(review.toInt() + 1)) == QSet<QString>{QStringLiteral("RT-REVIEW")});
}
