#include "core/interchange/aggregate_json.h"

#include "core/interchange/package.h"

#include <QJsonArray>

namespace nb::interchange {

using namespace nb::report;

namespace {

Error err(const char *code, const QString &message)
{
    return Error{QString::fromLatin1(code), message};
}

bool isCount(const QJsonValue &v)
{
    return v.isDouble() && v.toDouble() >= 0 && v.toDouble() == double(v.toInt());
}

std::optional<Error> readContributor(const QJsonValue &v, int index, const Definition &def, Contributor &out)
{
    const QString where = QStringLiteral("contributors[%1]").arg(index);
    if (!v.isObject())
        return err("package.type", Package::tr("“%1”应为对象").arg(where));
    const QJsonObject o = v.toObject();
    static const QStringList allowed{"agency", "status", "errors", "unexplainedWarnings"};
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!allowed.contains(it.key()))
            return err("package.unknown-key", Package::tr("未知的键“%1.%2”").arg(where, it.key()));
    out.agency = o.value(QLatin1String("agency")).toString().trimmed();
    if (out.agency.isEmpty())
        return err("package.agency", Package::tr("“%1.agency”（机关名称）不能为空").arg(where));
    const auto status = collectionStatusFromKey(o.value(QLatin1String("status")).toString());
    if (!status)
        return err("package.status",
                   Package::tr("“%1.status”应为 missing、draft、final、submitted 或 returned").arg(where));
    out.status = *status;
    const QJsonValue errors = o.value(QLatin1String("errors"));
    if (!errors.isUndefined() && !errors.isArray())
        return err("package.type", Package::tr("“%1.errors”应为规则编号的数组").arg(where));
    for (const auto &rule : errors.toArray()) {
        if (!def.rule(rule.toString()))
            return err("package.unknown-key", Package::tr("“%1.errors”中未知的规则“%2”").arg(where, rule.toString()));
        out.errors << rule.toString();
    }
    const QJsonValue unexplained = o.value(QLatin1String("unexplainedWarnings"));
    if (!unexplained.isUndefined() && !isCount(unexplained))
        return err("package.type", Package::tr("“%1.unexplainedWarnings”应为非负整数").arg(where));
    out.unexplainedWarnings = unexplained.toInt();
    return std::nullopt;
}

std::optional<Error> readPrevious(const QJsonValue &v, const Definition &def, AggregateInfo &info)
{
    if (v.isUndefined())
        return std::nullopt;
    if (!v.isObject())
        return err("package.type", Package::tr("“previousAggregate”应为对象"));
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!QStringList{"year", "agencies", "cells"}.contains(it.key()))
            return err("package.unknown-key", Package::tr("未知的键“previousAggregate.%1”").arg(it.key()));
    const QJsonValue year = o.value(QLatin1String("year")), agencies = o.value(QLatin1String("agencies"));
    if (!isCount(year) || year.toInt() < 2000 || !isCount(agencies))
        return err("package.type", Package::tr("“previousAggregate”需要年份 year 和机关数 agencies"));
    info.previousYear = year.toInt();
    info.previousAgencies = agencies.toInt();
    const QJsonObject cells = o.value(QLatin1String("cells")).toObject();
    for (auto it = cells.begin(); it != cells.end(); ++it) {
        if (def.cellIndex(it.key()) < 0)
            return err("package.unknown-key", Package::tr("未知的单元格“previousAggregate.cells.%1”").arg(it.key()));
        const auto value = it.value().isDouble() ? std::optional(Decimal::fromInteger(it.value().toInteger()))
                                                 : Decimal::fromString(it.value().toString());
        if (!value)
            return err("package.value", Package::tr("“previousAggregate.cells.%1”不是数字").arg(it.key()));
        info.previousCarriedOut.insert(it.key(), *value);
    }
    return std::nullopt;
}

} // namespace

std::optional<Error> readAggregate(const QJsonObject &root, const Definition &def, Report &report)
{
    const QJsonValue contributors = root.value(QLatin1String("contributors"));
    if (contributors.isUndefined()) {
        if (root.contains(QLatin1String("previousAggregate")))
            return err("package.type", Package::tr("“previousAggregate”只用于带“contributors”的汇总数据包"));
        return std::nullopt;
    }
    if (!contributors.isArray())
        return err("package.type", Package::tr("“contributors”应为数组"));
    AggregateInfo info;
    const QJsonArray list = contributors.toArray();
    for (int i = 0; i < list.size(); ++i) {
        Contributor c;
        if (auto e = readContributor(list.at(i), i, def, c))
            return e;
        info.contributors << c;
    }
    if (auto e = readPrevious(root.value(QLatin1String("previousAggregate")), def, info))
        return e;
    report.aggregate = info;
    return std::nullopt;
}

void writeAggregate(const AggregateInfo &info, const Definition &def, QJsonObject &root)
{
    QJsonArray contributors;
    for (const Contributor &c : info.contributors) {
        QJsonObject o{{QStringLiteral("agency"), c.agency}, {QStringLiteral("status"), collectionStatusKey(c.status)}};
        o.insert(QStringLiteral("errors"), QJsonArray::fromStringList(c.errors));
        o.insert(QStringLiteral("unexplainedWarnings"), c.unexplainedWarnings);
        contributors.append(o);
    }
    root.insert(QStringLiteral("contributors"), contributors);
    if (info.previousYear == 0)
        return;
    QJsonObject cells;
    for (auto it = info.previousCarriedOut.begin(); it != info.previousCarriedOut.end(); ++it)
        if (def.cellIndex(it.key()) >= 0)
            cells.insert(it.key(), it.value().toString()); // exact, whatever its size
    root.insert(QStringLiteral("previousAggregate"),
                QJsonObject{{QStringLiteral("year"), info.previousYear},
                            {QStringLiteral("agencies"), info.previousAgencies},
                            {QStringLiteral("cells"), cells}});
}

} // namespace nb::interchange
