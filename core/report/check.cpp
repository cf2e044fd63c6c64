#include "core/report/check.h"

#include <QJsonArray>

namespace nb::report {

const CheckFactory *CheckRegistry::find(const QString &check) const
{
    auto it = m_factories.find(check);
    return it == m_factories.end() ? nullptr : &it->second;
}

QStringList CheckRegistry::names() const
{
    QStringList out;
    for (const auto &[name, factory] : m_factories)
        out << name;
    return out;
}

const CheckRegistry &CheckRegistry::standard()
{
    static const CheckRegistry registry = [] {
        CheckRegistry r;
        registerTableChecks(r);
        registerCrossYearChecks(r);
        registerTextChecks(r);
        registerAggregateChecks(r);
        return r;
    }();
    return registry;
}

namespace checks {

QString cellName(const Definition &def, int cell)
{
    const Cell &c = def.cells()[cell];
    const Table &t = def.tables()[c.table];
    const Row &row = t.rows[c.row];
    const Column &col = t.columns[c.col];
    if (row.shortLabel.isEmpty())
        return col.shortLabel;
    if (t.columns.size() == 1)
        return row.shortLabel;
    if (t.section == QLatin1String("requests"))
        return row.shortLabel + u'（' + col.shortLabel + u'）';
    return row.shortLabel + u'·' + col.shortLabel;
}

QString figure(const CellValue &v)
{
    return v ? v->toString() : QStringLiteral("0");
}

QString sumFigure(const CellValue &sum)
{
    return sum ? sum->toString() : Checks::tr("（超出范围）");
}

Finding make(const RuleDef &rule, const Definition &def, const std::vector<int> &cells, const QString &message)
{
    Finding f;
    f.rule = rule.id;
    f.severity = rule.severity;
    f.message = message;
    for (int c : cells)
        f.cells << def.cells()[c].key;
    if (!cells.empty())
        f.section = def.tables()[def.cells()[cells.front()].table].section;
    return f;
}

std::vector<int> cellsOfSections(const Definition &def, const QStringList &sections)
{
    std::vector<int> out;
    for (int i = 0; i < def.cellCount(); ++i)
        if (sections.contains(def.tables()[def.cells()[i].table].section))
            out.push_back(i);
    return out;
}

QStringList stringList(const QJsonObject &params, const char *key)
{
    QStringList out;
    for (const auto &v : params[QLatin1String(key)].toArray())
        out << v.toString();
    return out;
}

std::vector<StockCells> stockCells(const RuleDef &rule, const Definition &def)
{
    std::vector<StockCells> out;
    auto column = [&](const QString &row, const char *param) {
        return def.cellIndex(row + u'.' + rule.params[QLatin1String(param)].toString());
    };
    for (const auto &row : stringList(rule.params, "rows")) {
        const StockCells cells{column(row, "stock"), column(row, "issued"), column(row, "repealed")};
        if (cells.stock >= 0 && cells.issued >= 0 && cells.repealed >= 0)
            out.push_back(cells);
    }
    return out;
}

std::vector<RuleInstance> perColumnAgainstRow(const RuleDef &rule, const Definition &def,
                                              const std::function<RuleInstance(int cell, int before)> &make)
{
    std::vector<RuleInstance> out;
    const auto [t, r] = def.rowPosition(rule.params[QLatin1String("row")].toString());
    const auto [pt, pr] = def.rowPosition(rule.params[QLatin1String("previousRow")].toString());
    if (t < 0 || pt != t)
        return out;
    const Table &table = def.tables()[t];
    for (int c = 0; c < table.columns.size(); ++c)
        out.push_back(make(table.cellIndex(r, c), table.cellIndex(pr, c)));
    return out;
}

std::vector<RuleInstance> perTextSection(const RuleDef &rule, const Definition &def, bool readsPrevious,
                                         const std::function<Evaluate(const QString &key, const Section &)> &make)
{
    std::vector<RuleInstance> out;
    for (const auto &key : stringList(rule.params, "sections")) {
        const Section *section = def.section(key);
        if (!section)
            continue;
        RuleInstance in;
        in.texts = {key};
        in.readsPrevious = readsPrevious;
        in.evaluate = make(key, *section);
        out.push_back(std::move(in));
    }
    return out;
}

} // namespace checks
} // namespace nb::report
