// Checks against the same agency's previous report: carried-over applications,
// the stock of documents in force, copied text and copied figures.
#include "core/report/check.h"

#include "core/report/template_figures.h"
#include "core/report/text_similarity.h"

#include <QRegularExpression>

namespace nb::report {

using checks::Checks;
using checks::cellName;
using checks::figure;

namespace {

QString previousYear(const CheckContext &ctx)
{
    return QString::number(ctx.previous()->meta().year);
}

std::vector<RuleInstance> carryOver(const RuleDef &rule, const Definition &def)
{
    return checks::perColumnAgainstRow(rule, def, [&def, rule](int cell, int before) {
        RuleInstance in;
        in.reads = {cell};
        in.readsPrevious = true;
        in.evaluate = [&def, rule, cell, before](const CheckContext &ctx) -> std::optional<Finding> {
            if (!ctx.previous())
                return std::nullopt;
            const Decimal now = ctx.valueOrZero(cell), then = ctx.previous()->valueOrZero(before);
            if (now == then)
                return std::nullopt;
            return checks::make(rule, def, {cell},
                                Checks::tr("%1 为 %2，不等于 %3 年度报告的%4 %5")
                                    .arg(cellName(def, cell), now.toString(), previousYear(ctx), cellName(def, before),
                                         then.toString()));
        };
        return in;
    });
}

std::vector<RuleInstance> stockContinuity(const RuleDef &rule, const Definition &def)
{
    std::vector<RuleInstance> out;
    for (const auto &cells : checks::stockCells(rule, def)) {
        // Plain ints: lambdas may not capture structured bindings before clang 16.
        const int stock = cells.stock, issued = cells.issued, repealed = cells.repealed;
        RuleInstance in;
        in.reads = {stock, issued, repealed};
        in.readsPrevious = true;
        in.evaluate = [&def, rule, stock, issued, repealed](const CheckContext &ctx) -> std::optional<Finding> {
            if (!ctx.previous() || (!ctx.value(stock) && !ctx.value(issued) && !ctx.value(repealed)))
                return std::nullopt;
            const Decimal before = ctx.previous()->valueOrZero(stock);
            const CellValue expected = DecimalSum().add(before).add(ctx.valueOrZero(issued)).subtract(ctx.valueOrZero(repealed)).value();
            if (!expected || *expected == ctx.valueOrZero(stock))
                return std::nullopt;
            return checks::make(rule, def, {stock, issued, repealed},
                                Checks::tr("%1 为 %2，不等于 %3 年末的 %4 + %5 %6 − %7 %8 = %9；如因修订、失效等原因不衔接，请填写说明")
                                    .arg(cellName(def, stock), figure(ctx.value(stock)), previousYear(ctx),
                                         before.toString(), cellName(def, issued), figure(ctx.value(issued)),
                                         cellName(def, repealed), figure(ctx.value(repealed)), expected->toString()));
        };
        out.push_back(std::move(in));
    }
    return out;
}

// How long a text is once figures, years and whitespace are taken out: the
// one-sentence statements the law asks for every year ("2024年度本机关未收取信息
// 处理费。") are short by this measure and repeat by design.
qsizetype wordingLength(const QString &text)
{
    static const QRegularExpression figures(QStringLiteral(R"(\d+(?:\.\d+)?\s*(?:年度|年)?|\s+)"));
    return QString(text).remove(figures).size();
}

std::vector<RuleInstance> textCopy(const RuleDef &rule, const Definition &def)
{
    const double threshold = rule.params[QLatin1String("similarity")].toString().toDouble();
    const qsizetype minLength = rule.params[QLatin1String("minLength")].toString().toLongLong();
    return checks::perTextSection(rule, def, true, [&](const QString &key, const Section &section) -> checks::Evaluate {
        return [rule, key, heading = section.heading, threshold, minLength](const CheckContext &ctx) -> std::optional<Finding> {
            if (!ctx.previous())
                return std::nullopt;
            const QString now = ctx.text(key).trimmed(), then = ctx.previous()->text(key).trimmed();
            if (now.isEmpty() || then.isEmpty() || wordingLength(now) < minLength)
                return std::nullopt;
            const double similarity = textSimilarity(now, then);
            if (similarity < threshold)
                return std::nullopt;
            return Finding{rule.id, rule.severity, {}, key,
                           Checks::tr("“%1”与 %2 年度报告的文字相似度为 %3%，评议中会被视为内容雷同，请按本年度实际情况修改")
                               .arg(heading, previousYear(ctx))
                               .arg(qRound(similarity * 100))};
        };
    });
}

// X-TEXT-TEMPLATE: a text still marked "to revise" that keeps last year's
// figures and event dates (template_figures.h); each is named with its words.
std::vector<RuleInstance> textTemplate(const RuleDef &rule, const Definition &def)
{
    constexpr int kNamed = 8; // more would not fit a finding; the editor marks them all
    auto out = checks::perTextSection(rule, def, true, [&](const QString &key, const Section &section) -> checks::Evaluate {
        return [rule, key, heading = section.heading](const CheckContext &ctx) -> std::optional<Finding> {
            const std::vector<TemplateFigure> figures = lastYearFigures(ctx, key);
            if (figures.empty())
                return std::nullopt;
            QStringList named;
            for (const TemplateFigure &f : figures)
                if (named.size() < kNamed)
                    named << f.shown;
            QString list = named.join(u'、');
            if (figures.size() > std::size_t(kNamed))
                list += Checks::tr("等");
            return Finding{rule.id, rule.severity, {}, key,
                           Checks::tr("“%1”是从 %2 年度报告结转来的模板，仍有 %3 处上年的数字或日期没有改：%4。"
                                      "请改为本年度的情况；确实与上年相同的，可在文字页顶部标为已修订")
                               .arg(heading, previousYear(ctx))
                               .arg(figures.size())
                               .arg(list)};
        };
    });
    for (RuleInstance &in : out)
        in.readsMeta = true; // the "to revise" mark and the year
    return out;
}

std::vector<RuleInstance> sameNumbers(const RuleDef &rule, const Definition &def)
{
    RuleInstance in;
    in.reads = checks::cellsOfSections(def, checks::stringList(rule.params, "sections"));
    std::erase_if(in.reads, [&](int c) { return def.cells()[c].derived; });
    in.readsPrevious = true;
    in.evaluate = [&def, rule, cells = in.reads](const CheckContext &ctx) -> std::optional<Finding> {
        if (!ctx.previous())
            return std::nullopt;
        std::vector<int> nonZero;
        for (int c : cells) {
            const Decimal now = ctx.valueOrZero(c);
            if (now != ctx.previous()->valueOrZero(c))
                return std::nullopt;
            if (!now.isZero())
                nonZero.push_back(c);
        }
        if (nonZero.empty())
            return std::nullopt;
        return checks::make(rule, def, nonZero,
                            Checks::tr("本年度申请情况的 %1 个非零数据与 %2 年度报告完全相同，可能沿用了上年的文件，请核实")
                                .arg(nonZero.size())
                                .arg(previousYear(ctx)));
    };
    return {in};
}

} // namespace

void registerCrossYearChecks(CheckRegistry &registry)
{
    registry.add(QStringLiteral("x_carry"), carryOver);
    registry.add(QStringLiteral("x_stock"), stockContinuity);
    registry.add(QStringLiteral("x_text_copy"), textCopy);
    registry.add(QStringLiteral("x_text_template"), textTemplate);
    registry.add(QStringLiteral("x_same_numbers"), sameNumbers);
}

} // namespace nb::report
