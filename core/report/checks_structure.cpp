// Structure checks (RS-SECTIONS, RS-ROWS, RS-OLD-TEMPLATE). They read what the
// importer saw of a published report (Report::imported); a draft typed in the
// application always has every section, row and column, so they stay silent there.
#include "core/report/check.h"
#include "core/report/label_text.h"

namespace nb::report {

using checks::Checks;

namespace {

RuleInstance metaInstance()
{
    RuleInstance in;
    in.readsMeta = true;
    return in;
}

std::vector<RuleInstance> sectionsPresent(const RuleDef &rule, const Definition &def)
{
    RuleInstance in = metaInstance();
    in.evaluate = [rule, &def](const CheckContext &ctx) -> std::optional<Finding> {
        const ImportedLayout &seen = ctx.meta().imported;
        if (!seen.present)
            return std::nullopt;
        QStringList missing, official;
        for (const Section &s : def.sections()) {
            official << s.key;
            if (!seen.sections.contains(s.key))
                missing << s.heading;
        }
        QStringList present = official;
        present.removeIf([&](const QString &k) { return !seen.sections.contains(k); });
        if (missing.isEmpty() && present == seen.sections)
            return std::nullopt;
        QString message = missing.isEmpty() ? QString() : Checks::tr("缺少：%1").arg(missing.join(u'、'));
        if (present != seen.sections) {
            QStringList order;
            for (const QString &k : seen.sections)
                order << QString::number(def.section(k)->number);
            message += (message.isEmpty() ? QString() : QStringLiteral("；"))
                     + Checks::tr("顺序为 %1，应为一至六依次排列").arg(order.join(u'、'));
        }
        return Finding{rule.id, rule.severity, {}, QString(), Checks::tr("报告应有六个部分且依次排列。%1").arg(message)};
    };
    return {in};
}

QString rowLabel(const Definition &def, const QString &rowKey)
{
    const auto [t, r] = def.rowPosition(rowKey);
    if (t < 0)
        return rowKey;
    const Row &row = def.tables()[t].rows[r];
    return row.subgroup.isEmpty() ? row.label : row.subgroup + row.label;
}

QString columnLabel(const Definition &def, const QString &ref)
{
    const QString tableKey = ref.section(u':', 0, 0), columnKey = ref.section(u':', 1);
    const Table *table = def.table(tableKey);
    if (!table)
        return ref;
    for (const Column &c : table->columns)
        if (c.key == columnKey)
            return c.group.isEmpty() ? c.label : c.group + c.label;
    return ref;
}

std::vector<RuleInstance> rowsPresent(const RuleDef &rule, const Definition &def)
{
    RuleInstance in = metaInstance();
    in.evaluate = [rule, &def](const CheckContext &ctx) -> std::optional<Finding> {
        const ImportedLayout &seen = ctx.meta().imported;
        if (!seen.present || (seen.missingRows.isEmpty() && seen.missingColumns.isEmpty()))
            return std::nullopt;
        QStringList labels, cells;
        for (const QString &key : seen.missingRows) {
            labels << Checks::tr("行“%1”").arg(rowLabel(def, key));
            const auto [t, r] = def.rowPosition(key);
            if (t >= 0)
                cells << def.cells()[def.tables()[t].cellIndex(r, 0)].key;
        }
        for (const QString &ref : seen.missingColumns)
            labels << Checks::tr("列“%1”").arg(columnLabel(def, ref));
        Finding f{rule.id, rule.severity, cells, QString(),
                  Checks::tr("表格缺少 2021 年版格式的%1（这些单元格未能读取）").arg(labels.join(u'、'))};
        if (!cells.isEmpty())
            f.section = def.tables()[def.cells()[def.cellIndex(cells.first())].table].section;
        return f;
    };
    return {in};
}

std::vector<RuleInstance> oldTemplate(const RuleDef &rule, const Definition &)
{
    QStringList wanted;
    for (const QString &label : checks::stringList(rule.params, "labels"))
        wanted << labels::normalize(label);
    RuleInstance in = metaInstance();
    in.evaluate = [rule, wanted](const CheckContext &ctx) -> std::optional<Finding> {
        const ImportedLayout &seen = ctx.meta().imported;
        QStringList found;
        for (const QString &printed : seen.foreignLabels) {
            const QString norm = labels::normalize(printed);
            for (const QString &label : wanted)
                if (norm.contains(label) && !found.contains(label))
                    found << label;
        }
        if (found.isEmpty())
            return std::nullopt;
        return Finding{rule.id, rule.severity, {}, QString(),
                       Checks::tr("使用了 2019 年版格式的栏目：%1；应按 2021 年版格式（国办公开办函〔2021〕30号）填报").arg(found.join(u'、'))};
    };
    return {in};
}

} // namespace

void registerStructureChecks(CheckRegistry &registry)
{
    registry.add(QStringLiteral("structure_sections"), sectionsPresent);
    registry.add(QStringLiteral("structure_rows"), rowsPresent);
    registry.add(QStringLiteral("old_template"), oldTemplate);
}

} // namespace nb::report
