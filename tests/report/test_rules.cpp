// Every rule of the foundation: the full fixture passes it; a variant breaks it,
// and the finding names the expected cells and shows both sides' values.
#include "core/report/engine.h"
#include "tests/support/fixtures.h"

#include "tests/support/catch_qt.h"

using namespace nb::report;
using nb::test::dec;

namespace {

std::vector<Finding> check(const Report &r, const std::optional<Report> &previous = std::nullopt)
{
    Engine e;
    e.load(r);
    e.setPrevious(previous);
    return e.findings();
}

std::vector<Finding> only(const std::vector<Finding> &all, const char *rule)
{
    std::vector<Finding> out;
    for (const auto &f : all)
        if (f.rule == QString::fromLatin1(rule))
            out.push_back(f);
    return out;
}

void set(Report &r, const char *key, const char *value)
{
    if (value)
        r.cells.insert(QString::fromLatin1(key), dec(value));
    else
        r.cells.remove(QString::fromLatin1(key));
}

Decimal get(const Report &r, const char *key)
{
    return r.cells.value(QString::fromLatin1(key));
}

QString q(const char *s)
{
    return QString::fromUtf8(s);
}

} // namespace

TEST_CASE("The full fixtures pass every rule, alone and across years", "[rules]")
{
    for (const auto &f : check(nb::test::full2023(), nb::test::full2022()))
        FAIL_CHECK(f.rule.toStdString() << ": " << f.message.toStdString());
    for (const auto &f : check(nb::test::full2022()))
        FAIL_CHECK(f.rule.toStdString() << ": " << f.message.toStdString());
}

TEST_CASE("R2-NONNEG: negative counts and amounts in 二", "[rules]")
{
    Report r = nb::test::full2023();
    set(r, "active.penalty.decisions", "-2");
    set(r, "active.fees.amount", "-0.5");
    const auto found = only(check(r), "R2-NONNEG");
    REQUIRE(found.size() == 2);
    CHECK(found[0].cells == QStringList{q("active.penalty.decisions")});
    CHECK(found[0].message.contains(q("行政处罚 为 -2")));
    CHECK(found[0].severity == Severity::Error);
    CHECK(found[1].cells == QStringList{q("active.fees.amount")});
    CHECK(found[1].message.contains(q("-0.5")));
    set(r, "active.penalty.decisions", "1.5");
    set(r, "active.fees.amount", "0.5"); // money may have decimals
    const auto again = only(check(r), "R2-NONNEG");
    REQUIRE(again.size() == 1);
    CHECK(again[0].message.contains(q("1.5")));
}

TEST_CASE("R2-PREV-NONNEG: last year's stock cannot be negative", "[rules]")
{
    Report r = nb::test::full2023();
    set(r, "active.normative_documents.in_force", "3");
    set(r, "active.normative_documents.issued", "12");
    set(r, "active.normative_documents.repealed", "5");
    const auto found = only(check(r), "R2-PREV-NONNEG");
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == Severity::Warning);
    CHECK(found[0].cells.first() == q("active.normative_documents.in_force"));
    CHECK(found[0].message.contains(q("3 − 行政规范性文件·本年制发件数 12 + 行政规范性文件·本年废止件数 5 = -4")));
}

TEST_CASE("R3-NONNEG: every cell of 三 whole and not negative, stated totals too", "[rules]")
{
    Report r = nb::test::full2023();
    set(r, "requests.result.partial.legal", "-1");
    set(r, "requests.result.total.total", "2.5");
    const auto found = only(check(r), "R3-NONNEG");
    REQUIRE(found.size() == 2);
    CHECK(found[0].cells == QStringList{q("requests.result.partial.legal")});
    CHECK(found[0].message.contains(q("部分公开（法律服务机构） 为 -1")));
    CHECK(found[1].cells == QStringList{q("requests.result.total.total")});
}

TEST_CASE("R3-ROW-TOTAL: a printed row total that is not the sum of its row", "[rules]")
{
    Report r = nb::test::full2023();
    const Decimal natural = get(r, "requests.new.natural");
    Decimal sum;
    for (const char *c : {"natural", "commercial", "research", "nonprofit", "legal", "other_org"})
        sum = nb::test::plus(sum, get(r, QByteArray("requests.new.").append(c).constData()));
    r.cells.insert(q("requests.new.total"), nb::test::plus(sum, dec("1")));
    const auto found = only(check(r), "R3-ROW-TOTAL");
    REQUIRE(found.size() == 1);
    CHECK(found[0].cells.first() == q("requests.new.total"));
    CHECK(found[0].cells.contains(q("requests.new.natural")));
    CHECK(found[0].message.contains(q("填报为 %1").arg(nb::test::plus(sum, dec("1")).toString())));
    CHECK(found[0].message.contains(q("本年新收（自然人） %1").arg(natural.toString())));
    CHECK(found[0].message.endsWith(q("= %1").arg(sum.toString())));
    r.cells.insert(q("requests.new.total"), sum);
    CHECK(only(check(r), "R3-ROW-TOTAL").empty());
}

TEST_CASE("R3-RESULT-SUM: a printed （七）总计 that is not the sum of the results", "[rules]")
{
    Report r = nb::test::full2023();
    r.cells.insert(q("requests.result.total.natural"), dec("1"));
    const auto found = only(check(r), "R3-RESULT-SUM");
    REQUIRE(found.size() == 1);
    CHECK(found[0].cells.first() == q("requests.result.total.natural"));
    CHECK(found[0].cells.size() == 22); // the stated cell and its 21 items
    CHECK(found[0].message.contains(q("办理结果总计（自然人） 填报为 1")));
}

TEST_CASE("R3-BALANCE: 一 + 二 = （七）总计 + 四, per column", "[rules]")
{
    Report r = nb::test::full2023();
    const Decimal n = get(r, "requests.new.commercial");
    set(r, "requests.new.commercial", nullptr); // blank counts as 0
    const auto found = only(check(r), "R3-BALANCE");
    REQUIRE(found.size() == 2); // 商业企业 and 总计
    CHECK(found[0].cells == QStringList{q("requests.new.commercial"), q("requests.carried_in.commercial"),
                                        q("requests.result.total.commercial"), q("requests.carried_out.commercial")});
    CHECK(found[0].message.startsWith(q("商业企业：本年新收 0 + 上年结转 ")));
    CHECK(found[0].message.contains(q("，不等于 办理结果总计 %1").arg(n.toString())));
    CHECK(found[1].message.startsWith(q("总计：")));
}

TEST_CASE("R3-CARRY-PLAUSIBLE: many applications carried into next year", "[rules]")
{
    Report r = nb::test::full2023();
    CHECK(only(check(r), "R3-CARRY-PLAUSIBLE").empty());
    // Carry 300 natural-person applications: still balanced, but implausible.
    const Decimal extra = dec("300");
    r.cells.insert(q("requests.carried_out.natural"), nb::test::plus(get(r, "requests.carried_out.natural"), extra));
    r.cells.insert(q("requests.new.natural"), nb::test::plus(get(r, "requests.new.natural"), extra));
    const auto all = check(r);
    CHECK(std::none_of(all.begin(), all.end(), [](const Finding &f) { return f.severity == Severity::Error; }));
    const auto found = only(all, "R3-CARRY-PLAUSIBLE");
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == Severity::Info);
    CHECK(found[0].cells == QStringList{q("requests.carried_out.total")});
    CHECK(found[0].message.contains(q("结转下年度 301 件")));
}

TEST_CASE("R4 totals: printed 总计 of each group of 四", "[rules]")
{
    Report r = nb::test::full2023();
    r.cells.insert(q("appeals.review.total"), dec("99"));
    r.cells.insert(q("appeals.suit_direct.total"), dec("4")); // 2+1+0+1: correct
    r.cells.insert(q("appeals.suit_after_review.total"), dec("0"));
    const auto all = check(r);
    const auto review = only(all, "R4-REVIEW-TOTAL");
    REQUIRE(review.size() == 1);
    CHECK(review[0].cells.first() == q("appeals.review.total"));
    CHECK(review[0].message.contains(q("行政复议总计 填报为 99")));
    CHECK(review[0].message.contains(q("= 6")));
    CHECK(only(all, "R4-LIT-DIRECT-TOTAL").empty());
    const auto after = only(all, "R4-LIT-AFTER-TOTAL");
    REQUIRE(after.size() == 1);
    CHECK(after[0].message.contains(q("= 3")));
}

TEST_CASE("R4-NONNEG: figures of 四", "[rules]")
{
    Report r = nb::test::full2023();
    set(r, "appeals.suit_direct.pending", "-1");
    const auto found = only(check(r), "R4-NONNEG");
    REQUIRE(found.size() == 1);
    CHECK(found[0].cells == QStringList{q("appeals.suit_direct.pending")});
    CHECK(found[0].message.contains(q("未经复议直接起诉尚未审结 为 -1")));
}

TEST_CASE("R2-RULE-AUTHORITY: 规章 from a body that cannot make them", "[rules]")
{
    Report r = nb::test::full2023();
    CHECK(only(check(r), "R2-RULE-AUTHORITY").empty()); // a 市人民政府 may
    r.agencyName = q("示例市示例区人民政府");
    auto found = only(check(r), "R2-RULE-AUTHORITY");
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == Severity::Info);
    CHECK(found[0].cells.first() == q("active.regulations.issued"));
    r.agencyName = q("示例市生态环境局");
    r.agencyKind = AgencyKind::Department;
    CHECK(only(check(r), "R2-RULE-AUTHORITY").size() == 1);
    r.agencyName = q("中华人民共和国教育部");
    CHECK(only(check(r), "R2-RULE-AUTHORITY").empty());
    r.agencyName = q("示例市生态环境局");
    for (const char *c : {"active.regulations.issued", "active.regulations.repealed", "active.regulations.in_force"})
        set(r, c, "0");
    CHECK(only(check(r), "R2-RULE-AUTHORITY").empty());
}

TEST_CASE("RS-TEXT-EMPTY: an empty text section", "[rules]")
{
    Report r = nb::test::full2023();
    r.texts.insert(q("other"), q("  \n "));
    const auto found = only(check(r), "RS-TEXT-EMPTY");
    REQUIRE(found.size() == 1);
    CHECK(found[0].section == q("other"));
    CHECK(found[0].message.contains(q("六、其他需要报告的事项")));
}

TEST_CASE("X-CARRY: this year's 上年结转 equals last year's 结转下年度", "[rules]")
{
    Report r = nb::test::full2023();
    const Report prev = nb::test::full2022();
    CHECK(only(check(r), "X-CARRY").empty()); // no previous year, no finding
    set(r, "requests.carried_in.natural", "9");
    set(r, "requests.new.natural", nullptr);
    const auto found = only(check(r, prev), "X-CARRY");
    REQUIRE(found.size() == 2); // 自然人 and 总计
    CHECK(found[0].cells == QStringList{q("requests.carried_in.natural")});
    CHECK(found[0].message.contains(q("上年结转（自然人） 为 9，不等于 2022 年度报告的结转下年度（自然人） %1")
                                        .arg(prev.cells.value(q("requests.carried_out.natural")).toString())));
}

TEST_CASE("X-STOCK: 现行有效件数 continues last year's", "[rules]")
{
    Report r = nb::test::full2023();
    const Report prev = nb::test::full2022();
    set(r, "active.regulations.in_force", "40");
    const auto found = only(check(r, prev), "X-STOCK");
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == Severity::Warning);
    CHECK(found[0].cells.first() == q("active.regulations.in_force"));
    CHECK(found[0].message.contains(q("规章·现行有效件数 为 40，不等于 2022 年末的 34 + 规章·本年制发件数 2 − 规章·本年废止件数 1 = 35")));
}

TEST_CASE("X-TEXT-COPY: text of 五 or 六 the same as last year's", "[rules]")
{
    Report r = nb::test::full2023();
    const Report prev = nb::test::full2022();
    // Last year's text made longer than the 60 characters below which texts are not compared.
    Report previous = prev;
    previous.texts[q("problems")] += q("同时将持续优化政府信息公开平台，提升检索和解读服务水平。");
    QString copied = previous.texts.value(q("problems"));
    copied.replace(q("2022"), q("2023"));
    r.texts.insert(q("problems"), copied);
    const auto found = only(check(r, previous), "X-TEXT-COPY");
    REQUIRE(found.size() == 1);
    CHECK(found[0].section == q("problems"));
    CHECK(found[0].message.contains(q("五、存在的主要问题及改进情况")));
    CHECK(found[0].message.contains(q("相似度为 100%")));
}

TEST_CASE("X-SAME-NUMBERS: every figure of 三 identical to last year's", "[rules]")
{
    Report r = nb::test::full2023();
    const Report prev = nb::test::full2022();
    for (auto it = prev.cells.begin(); it != prev.cells.end(); ++it)
        if (it.key().startsWith(q("requests.")))
            r.cells.insert(it.key(), it.value());
    const auto found = only(check(r, prev), "X-SAME-NUMBERS");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message.contains(q("2022 年度报告完全相同")));
    // An all-zero table copied is not reported: nothing to copy.
    Report zeros = nb::test::full2023(), prevZeros = prev;
    for (auto *rep : {&zeros, &prevZeros})
        for (auto it = rep->cells.begin(); it != rep->cells.end(); ++it)
            if (it.key().startsWith(q("requests.")))
                it.value() = dec("0");
    CHECK(only(check(zeros, prevZeros), "X-SAME-NUMBERS").empty());
}

TEST_CASE("X-TEXT-COPY does not compare the short statutory sentences the law asks for every year", "[rules]")
{
    Report r = nb::test::full2023();
    Report prev = nb::test::full2022();
    // Passing: the one-line fee statement, the same every year but for the year.
    prev.texts.insert(q("other"), q("2022年度本机关未收取信息处理费。"));
    r.texts.insert(q("other"), q("2023年度本机关未收取信息处理费。"));
    CHECK(only(check(r, prev), "X-TEXT-COPY").empty());
    // Still short: years, figures and spaces do not count towards the 60 characters.
    prev.texts.insert(q("other"), q("2022 年度本机关共发出收费通知 0 件，收取信息处理费 0 元，未发生其他需要报告的事项。"));
    r.texts.insert(q("other"), q("2023 年度本机关共发出收费通知 0 件，收取信息处理费 0 元，未发生其他需要报告的事项。"));
    CHECK(only(check(r, prev), "X-TEXT-COPY").empty());
    // Failing: a real paragraph of 60 characters or more copied from last year is still reported.
    const QString paragraph = q("本年度本机关严格执行信息处理费收费标准，未发出收费通知，亦未收取任何费用；"
                                "同时对依申请公开工作中发现的问题逐项整改，建立台账，明确责任人和完成时限，确保整改到位。");
    prev.texts.insert(q("other"), paragraph);
    r.texts.insert(q("other"), paragraph);
    const auto found = only(check(r, prev), "X-TEXT-COPY");
    REQUIRE(found.size() == 1);
    CHECK(found[0].section == q("other"));
}
