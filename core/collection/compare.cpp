#include "core/collection/compare.h"

#include "core/collection/collection_text.h"
#include "core/report/cell_values.h"
#include "core/report/check.h"
#include "core/report/text_similarity.h"

#include <algorithm>
#include <cmath>

namespace nb::collection {

using namespace nb::report;

namespace {

double toDouble(const Decimal &d)
{
    return double(d.micros()) / double(Decimal::kUnit);
}

Decimal magnitude(const Decimal &d)
{
    return d.isNegative() ? -d : d;
}

// The similarity above which X-TEXT-COPY calls a text copied (definition data).
double copyThreshold(const Definition &def)
{
    const RuleDef *rule = def.rule(QStringLiteral("X-TEXT-COPY"));
    return rule ? rule->params[QLatin1String("similarity")].toString().toDouble() : 1.0;
}

} // namespace

int Comparison::changedCells() const
{
    return int(std::count_if(cells.begin(), cells.end(), [](const CellChange &c) { return !c.change.isZero(); }));
}

Comparison compare(const Report &current, const Report &previous, const Definition &def)
{
    Comparison out;
    out.agency = current.agencyName;
    out.year = current.year;
    out.previousYear = previous.year;
    const std::vector<Decimal> now = computedValues(def, current), then = computedValues(def, previous);
    for (int cell = 0; cell < def.cellCount(); ++cell) {
        CellChange c;
        c.key = def.cells()[cell].key;
        c.section = def.section(def.tables()[def.cells()[cell].table].section)->heading;
        c.name = checks::cellName(def, cell);
        c.previous = then[cell];
        c.current = now[cell];
        c.change = report::subtractFigures(now[cell], then[cell]);
        if (!then[cell].isZero())
            c.percent = toDouble(c.change) / toDouble(then[cell]) * 100.0;
        out.cells << c;
    }
    // Largest change first; of equal changes the larger relative one; then the form's order.
    std::stable_sort(out.cells.begin(), out.cells.end(), [](const CellChange &a, const CellChange &b) {
        const Decimal ma = magnitude(a.change), mb = magnitude(b.change);
        if (ma != mb)
            return ma > mb;
        return std::abs(a.percent.value_or(0)) > std::abs(b.percent.value_or(0));
    });
    const double threshold = copyThreshold(def);
    for (const Section &s : def.sections()) {
        if (s.kind != SectionKind::Text)
            continue;
        TextChange t{s.key, s.heading, std::nullopt, false};
        const QString a = current.texts.value(s.key).trimmed(), b = previous.texts.value(s.key).trimmed();
        if (!a.isEmpty() && !b.isEmpty()) {
            t.similarity = textSimilarity(a, b);
            t.copied = *t.similarity >= threshold;
        }
        out.texts << t;
    }
    return out;
}

Status comparable(const Report &current, const Report &previous)
{
    if (previous.agencyName != current.agencyName)
        return Error{QStringLiteral("collection.compare"),
                     CollectionText::tr("两份报告不是同一机关的：本年的是 %1，上年的是 %2，不能对比。")
                         .arg(current.agencyName, previous.agencyName)};
    if (previous.year != current.year - 1)
        return Error{QStringLiteral("collection.compare"),
                     CollectionText::tr("上年的报告应是 %1 年度的，给出的却是 %2 年度的（本年的报告是 %3 年度的）。")
                         .arg(current.year - 1)
                         .arg(previous.year)
                         .arg(current.year)};
    return success();
}

QString percentText(const CellChange &c)
{
    if (!c.percent)
        return c.current.isZero() ? QStringLiteral("—") : CollectionText::tr("新增");
    const QString number = QString::number(std::abs(*c.percent), 'f', 1);
    return (*c.percent < 0 ? QStringLiteral("−") : *c.percent > 0 ? QStringLiteral("+") : QString()) + number
           + QLatin1Char('%');
}

QString changeText(const CellChange &c)
{
    if (c.change.isZero())
        return QStringLiteral("0");
    return c.change.isNegative() ? QStringLiteral("−") + (-c.change).toString()
                                 : QStringLiteral("+") + c.change.toString();
}

} // namespace nb::collection
