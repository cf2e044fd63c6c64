// In-report checks on the tables: non-negative whole figures, printed totals
// against their formulas, the official balance of section 三, plausibility.
#include "core/report/check.h"
#include "core/report/number_parser.h"

#include <QJsonArray>

namespace nb::report {

using checks::Checks;
using checks::cellName;
using checks::figure;

namespace {

// "本年新收（自然人） 999999999999999999 + 本年新收（法人） 1 = 1000000000000000000": the
// operands of a total that left the range; an operand total without a figure of
// its own is named as such.
QString outOfRangeSum(const CheckContext &ctx, const std::vector<int> &operands)
{
    const Definition &def = ctx.definition();
    QStringList terms;
    DecimalSum sum;
    bool exact = true;
    for (int c : operands) {
        if (ctx.outOfRange(c)) {
            terms << Checks::tr("%1（超出范围）").arg(cellName(def, c));
            exact = false;
            continue;
        }
        const Decimal v = ctx.valueOrZero(c);
        sum.add(v);
        if (!v.isZero())
            terms << cellName(def, c) + u' ' + v.toString();
    }
    const QString total = exact && sum.value() ? QStringLiteral(" = ") + sum.value()->toString() : QString();
    return terms.join(QStringLiteral(" + ")) + total;
}

// Every figure is whole and non-negative where it must be, and within the range
// every reader applies; a total whose sum leaves that range is reported here
// (it has no figure, and the other rules stay silent about it).
std::vector<RuleInstance> nonNegative(const RuleDef &rule, const Definition &def)
{
    std::vector<RuleInstance> out;
    for (int cell : checks::cellsOfSections(def, checks::stringList(rule.params, "sections"))) {
        RuleInstance in;
        in.reads = {cell};
        // A total's message quotes its operands, so it follows their changes too.
        const std::vector<int> &operands = def.cells()[cell].operands();
        in.reads.insert(in.reads.end(), operands.begin(), operands.end());
        in.reportsRange = true;
        in.evaluate = [&def, rule, cell](const CheckContext &ctx) -> std::optional<Finding> {
            const Cell &c = def.cells()[cell];
            if (ctx.outOfRange(cell)) {
                std::vector<int> cells{cell};
                cells.insert(cells.end(), c.operands().begin(), c.operands().end());
                return checks::make(rule, def, cells,
                                    Checks::tr("%1 超出了可以填写的范围（%2），无法给出合计：%3")
                                        .arg(cellName(def, cell), NumberParser::rangeText(c.type),
                                             outOfRangeSum(ctx, c.operands())));
            }
            const CellValue v = c.derived ? ctx.stated(cell) : ctx.value(cell);
            if (!v)
                return std::nullopt;
            if (!NumberParser::inRange(*v, c.type))
                return checks::make(rule, def, {cell}, Checks::tr("%1 为 %2，超出了可以填写的范围（%3）")
                                                           .arg(cellName(def, cell), v->toString(), NumberParser::rangeText(c.type)));
            if (c.type == ValueType::Money) {
                if (!v->isNegative())
                    return std::nullopt;
                return checks::make(rule, def, {cell}, Checks::tr("%1 为 %2，金额不能为负数").arg(cellName(def, cell), v->toString()));
            }
            if (!v->isNegative() && v->isWhole())
                return std::nullopt;
            return checks::make(rule, def, {cell},
                                Checks::tr("%1 为 %2，件数应为 0 或正整数").arg(cellName(def, cell), v->toString()));
        };
        out.push_back(std::move(in));
    }
    return out;
}

// "a 3 + b 4 = 7"; zero terms are left out to keep long sums readable. The sum
// is blank only when it leaves Decimal's range, which figures within the range
// of the readers never reach: the callers then report nothing rather than a wrong sum.
QString sumText(const CheckContext &ctx, const std::vector<int> &cells, CellValue &total)
{
    QStringList terms;
    DecimalSum sum;
    for (int c : cells) {
        const Decimal v = ctx.valueOrZero(c);
        sum.add(v);
        if (!v.isZero())
            terms << cellName(ctx.definition(), c) + u' ' + v.toString();
    }
    total = sum.value();
    if (terms.isEmpty())
        return Checks::tr("各项均为 0");
    return terms.join(QStringLiteral(" + ")) + QStringLiteral(" = ") + checks::sumFigure(total);
}

// A printed (stated) derived cell against its formula: "column" checks the sums
// across a row (derived columns), "row" the sums down a column (derived rows).
std::vector<RuleInstance> statedSum(const RuleDef &rule, const Definition &def)
{
    std::vector<RuleInstance> out;
    const Table *table = def.table(rule.params[QLatin1String("table")].toString());
    if (!table)
        return out;
    const bool across = rule.params[QLatin1String("formula")].toString() == QLatin1String("column");
    const QStringList only = checks::stringList(rule.params, "columns");
    for (int r = 0; r < table->rows.size(); ++r)
        for (int c = 0; c < table->columns.size(); ++c) {
            const int cell = table->cellIndex(r, c);
            const std::vector<int> &operands = across ? def.cells()[cell].across : def.cells()[cell].down;
            if (operands.empty() || (!only.isEmpty() && !only.contains(table->columns[c].key)))
                continue;
            RuleInstance in;
            in.reads = operands;
            in.reads.push_back(cell);
            in.evaluate = [&def, rule, cell, operands](const CheckContext &ctx) -> std::optional<Finding> {
                const CellValue stated = ctx.stated(cell);
                if (!stated)
                    return std::nullopt;
                CellValue sum;
                const QString terms = sumText(ctx, operands, sum);
                if (!sum || *sum == *stated)
                    return std::nullopt;
                std::vector<int> cells{cell};
                cells.insert(cells.end(), operands.begin(), operands.end());
                return checks::make(rule, def, cells,
                                    Checks::tr("%1 填报为 %2，不等于各项之和：%3")
                                        .arg(cellName(def, cell), stated->toString(), terms));
            };
            out.push_back(std::move(in));
        }
    return out;
}

std::vector<int> rowCells(const Definition &def, const QStringList &rowKeys, int col)
{
    std::vector<int> out;
    for (const auto &key : rowKeys) {
        const auto [t, r] = def.rowPosition(key);
        if (t >= 0)
            out.push_back(def.tables()[t].cellIndex(r, col));
    }
    return out;
}

// "本年新收 12 + 上年结转 3 = 15" using row short labels, built in one string
// (it is on the path of every edit that leaves the balance broken).
QString rowSum(const CheckContext &ctx, const std::vector<int> &cells, const Decimal &sum)
{
    const Definition &def = ctx.definition();
    QString out;
    out.reserve(int(cells.size()) * 16);
    for (int c : cells) {
        const Cell &cell = def.cells()[c];
        if (!out.isEmpty())
            out += QLatin1String(" + ");
        out += def.tables()[cell.table].rows[cell.row].shortLabel;
        out += u' ';
        out += ctx.valueOrZero(c).toString();
    }
    out += QLatin1String(" = ");
    out += sum.toString();
    return out;
}

CellValue sumOf(const CheckContext &ctx, const std::vector<int> &cells)
{
    DecimalSum sum;
    for (int c : cells)
        sum.add(ctx.valueOrZero(c));
    return sum.value();
}

std::vector<RuleInstance> balance(const RuleDef &rule, const Definition &def)
{
    std::vector<RuleInstance> out;
    const Table *table = def.table(rule.params[QLatin1String("table")].toString());
    if (!table)
        return out;
    for (int c = 0; c < table->columns.size(); ++c) {
        const auto left = rowCells(def, checks::stringList(rule.params, "left"), c);
        const auto right = rowCells(def, checks::stringList(rule.params, "right"), c);
        RuleInstance in;
        in.reads = left;
        in.reads.insert(in.reads.end(), right.begin(), right.end());
        const QString column = table->columns[c].shortLabel;
        in.evaluate = [&def, rule, left, right, column, cells = in.reads](const CheckContext &ctx) -> std::optional<Finding> {
            // Compare first: the message is only built for a broken balance.
            const CellValue l = sumOf(ctx, left), r = sumOf(ctx, right);
            if (!l || !r || *l == *r)
                return std::nullopt;
            const QString lt = rowSum(ctx, left, *l);
            const QString rt = rowSum(ctx, right, *r);
            return checks::make(rule, def, cells, Checks::tr("%1：%2，不等于 %3").arg(column, lt, rt));
        };
        out.push_back(std::move(in));
    }
    return out;
}

std::vector<RuleInstance> carryPlausible(const RuleDef &rule, const Definition &def)
{
    const Table *table = def.table(rule.params[QLatin1String("table")].toString());
    if (!table)
        return {};
    int col = -1;
    for (int c = 0; c < table->columns.size(); ++c)
        if (table->columns[c].key == rule.params[QLatin1String("column")].toString())
            col = c;
    const auto carried = rowCells(def, {rule.params[QLatin1String("carried")].toString()}, col);
    const auto received = rowCells(def, checks::stringList(rule.params, "received"), col);
    if (col < 0 || carried.size() != 1)
        return {};
    const double ratio = rule.params[QLatin1String("ratio")].toString().toDouble();
    const Decimal minimum = Decimal::fromInteger(rule.params[QLatin1String("minimum")].toInt());
    RuleInstance in;
    in.reads = received;
    in.reads.push_back(carried.front());
    in.evaluate = [&def, rule, carried, received, ratio, minimum](const CheckContext &ctx) -> std::optional<Finding> {
        const Decimal out = ctx.valueOrZero(carried.front());
        const CellValue total = sumOf(ctx, received);
        if (!total)
            return std::nullopt;
        const Decimal in = *total;
        // A ratio, not a money amount: double precision is ample here.
        const double share = in.isZero() ? 1.0 : double(out.micros()) / double(in.micros());
        if (out < minimum || share <= ratio)
            return std::nullopt;
        return checks::make(rule, def, {carried.front()},
                            Checks::tr("结转下年度 %1 件，占本年新收与上年结转之和 %2 件的 %3%；申请应在 20 个工作日内答复，"
                                       "通常只有年末收到的申请结转下年度，请核实")
                                .arg(out.toString(), in.toString())
                                .arg(qRound(share * 100)));
    };
    return {in};
}

// Only 国务院部门 and the governments of provinces and 设区的市 may make 规章.
bool mayMakeRegulations(const Report &meta)
{
    const QString &name = meta.agencyName;
    if (name.startsWith(u"国务院") || name.startsWith(u"国家") || name.startsWith(u"中华人民共和国"))
        return true;
    static const QString localUnits = QStringLiteral("省市县区旗州盟镇乡");
    const bool local = std::any_of(localUnits.begin(), localUnits.end(), [&](QChar c) { return name.contains(c); });
    if (meta.agencyKind != AgencyKind::Government)
        return !local && (name.endsWith(u'部') || name.endsWith(u"委员会"));
    const qsizetype gov = name.indexOf(u"人民政府");
    if (gov <= 0)
        return false;
    const QChar unit = name.at(gov - 1);
    return unit == u'省' || unit == u'市' || name.left(gov).endsWith(u"自治区");
}

std::vector<RuleInstance> ruleAuthority(const RuleDef &rule, const Definition &def)
{
    const auto [t, r] = def.rowPosition(rule.params[QLatin1String("row")].toString());
    if (t < 0)
        return {};
    RuleInstance in;
    for (int c = 0; c < def.tables()[t].columns.size(); ++c)
        in.reads.push_back(def.tables()[t].cellIndex(r, c));
    in.readsMeta = true;
    in.evaluate = [&def, rule, cells = in.reads](const CheckContext &ctx) -> std::optional<Finding> {
        const bool any = std::any_of(cells.begin(), cells.end(), [&](int c) { return !ctx.valueOrZero(c).isZero(); });
        if (!any || mayMakeRegulations(ctx.meta()))
            return std::nullopt;
        return checks::make(rule, def, cells,
                            Checks::tr("“%1”填报了规章数据，但只有国务院部门和省、自治区、直辖市及设区的市人民政府可以制定规章；"
                                       "本机关的规范性文件应填在“行政规范性文件”一行")
                                .arg(ctx.meta().agencyName));
    };
    return {in};
}

std::vector<RuleInstance> stockNonNegative(const RuleDef &rule, const Definition &def)
{
    std::vector<RuleInstance> out;
    for (const auto &cells : checks::stockCells(rule, def)) {
        // Plain ints: lambdas may not capture structured bindings before clang 16.
        const int stock = cells.stock, issued = cells.issued, repealed = cells.repealed;
        RuleInstance in;
        in.reads = {stock, issued, repealed};
        in.evaluate = [&def, rule, stock, issued, repealed](const CheckContext &ctx) -> std::optional<Finding> {
            const CellValue last =
                DecimalSum().add(ctx.valueOrZero(stock)).subtract(ctx.valueOrZero(issued)).add(ctx.valueOrZero(repealed)).value();
            if (!last || !last->isNegative())
                return std::nullopt;
            return checks::make(rule, def, {stock, issued, repealed},
                                Checks::tr("%1 %2 − %3 %4 + %5 %6 = %7，上年末的现行有效件数不能为负数")
                                    .arg(cellName(def, stock), figure(ctx.value(stock)), cellName(def, issued),
                                         figure(ctx.value(issued)), cellName(def, repealed), figure(ctx.value(repealed)),
                                         last->toString()));
        };
        out.push_back(std::move(in));
    }
    return out;
}

} // namespace

void registerTableChecks(CheckRegistry &registry)
{
    registry.add(QStringLiteral("nonneg"), nonNegative);
    registry.add(QStringLiteral("stated_sum"), statedSum);
    registry.add(QStringLiteral("balance"), balance);
    registry.add(QStringLiteral("carry_plausible"), carryPlausible);
    registry.add(QStringLiteral("rule_authority"), ruleAuthority);
    registry.add(QStringLiteral("stock_nonneg"), stockNonNegative);
}

} // namespace nb::report
