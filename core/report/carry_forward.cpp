#include "core/report/carry_forward.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace nb::report {

namespace {

void carryRow(const Report &previous, Report &next, const Definition &def)
{
    const RuleDef *rule = def.rule(QStringLiteral("X-CARRY"));
    if (!rule)
        return;
    const QString row = rule->params.value(QStringLiteral("row")).toString();
    const QString previousRow = rule->params.value(QStringLiteral("previousRow")).toString();
    const auto [table, r] = def.rowPosition(row);
    if (table < 0)
        return;
    for (const Column &column : def.tables()[table].columns) {
        if (column.derived())
            continue;
        const auto value = previous.cells.constFind(previousRow + u'.' + column.key);
        if (value != previous.cells.constEnd())
            next.cells.insert(row + u'.' + column.key, *value);
    }
}

void carryTexts(const Report &previous, Report &next, const Definition &def)
{
    for (const Section &section : def.sections()) {
        const QString text = previous.texts.value(section.key);
        if (section.kind != SectionKind::Text || text.trimmed().isEmpty())
            continue;
        next.texts.insert(section.key, shiftYears(text, previous.year, next.year));
        next.textsToRevise << section.key;
    }
}

Decimal valueOr0(const Report &report, const QString &key)
{
    return report.cells.value(key, Decimal());
}

} // namespace

Report carryForward(const Report &previous, int year)
{
    return carryForward(previous, year, *Definition::builtin());
}

Report carryForward(const Report &previous, int year, const Definition &definition)
{
    Report next;
    next.agencyName = previous.agencyName;
    next.agencyKind = previous.agencyKind;
    next.year = year;
    next.status = ReportStatus::Draft;
    carryRow(previous, next, definition);
    carryTexts(previous, next, definition);
    return next;
}

QMap<QString, Decimal> expectedStockHints(const Report &previous, const Report &current)
{
    return expectedStockHints(previous, current, *Definition::builtin());
}

QMap<QString, Decimal> expectedStockHints(const Report &previous, const Report &current, const Definition &definition)
{
    QMap<QString, Decimal> hints;
    const RuleDef *rule = definition.rule(QStringLiteral("X-STOCK"));
    if (!rule)
        return hints;
    const QString stock = rule->params.value(QStringLiteral("stock")).toString();
    const QString issued = rule->params.value(QStringLiteral("issued")).toString();
    const QString repealed = rule->params.value(QStringLiteral("repealed")).toString();
    for (const auto &rowValue : rule->params.value(QStringLiteral("rows")).toArray()) {
        const QString row = rowValue.toString();
        const auto last = previous.cells.constFind(row + u'.' + stock);
        if (last == previous.cells.constEnd())
            continue;
        const auto expected =
            DecimalSum().add(*last).add(valueOr0(current, row + u'.' + issued)).subtract(valueOr0(current, row + u'.' + repealed)).value();
        if (expected) // no hint rather than a wrong one
            hints.insert(row + u'.' + stock, *expected);
    }
    return hints;
}

QString shiftYears(const QString &text, int fromYear, int toYear)
{
    static const QRegularExpression year(QStringLiteral("(?<![0-9])([0-9]{4})(?=\\s*年)"));
    QString out;
    qsizetype done = 0;
    for (auto it = year.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const int found = m.captured(1).toInt();
        if (found != fromYear && found != fromYear - 1)
            continue;
        out += QStringView(text).mid(done, m.capturedStart(1) - done);
        out += QString::number(found + (toYear - fromYear));
        done = m.capturedEnd(1);
    }
    out += QStringView(text).mid(done);
    return out;
}

} // namespace nb::report
