// nianbao-cli parent [--db PATH] [--create [--kind KIND]] AGENCY [PARENT | --top]
// The collection tree (contract §9): shows or sets the agency above AGENCY.
#include "app/cli/commands.h"
#include "app/cli/common_options.h"
#include "app/cli/store_access.h"
#include "core/report/report.h"

#include <QCoreApplication>

namespace nb::cli {

namespace {

struct ParentCli {
    Q_DECLARE_TR_FUNCTIONS(ParentCli)
};

std::optional<store::AgencyInfo> findAgency(store::ReportStore &store, const QString &name, Io &io, bool &failed)
{
    auto agencies = store.agencies();
    failed = !agencies;
    if (!agencies) {
        io.err << agencies.error().message << Qt::endl;
        return std::nullopt;
    }
    for (const auto &a : agencies.value())
        if (a.name == name)
            return a;
    return std::nullopt;
}

int runParent(const Invocation &invocation, Io &io)
{
    const QString agency = invocation.arguments().value(0);
    const bool top = invocation.isSet(QStringLiteral("top"));
    const bool setting = top || invocation.arguments().size() == 2;
    if (top && invocation.arguments().size() == 2)
        return invocation.usageError(io, ParentCli::tr("给了 --top 就不能再给上级机关"));
    const QString parent = top ? QString() : invocation.arguments().value(1);
    auto store = openStore(databasePath(invocation), io);
    if (!store)
        return ExitUnusable;
    bool failed = false;
    const auto known = findAgency(*store, agency, io, failed);
    if (failed)
        return ExitUnusable;
    if (!known && invocation.isSet(QStringLiteral("create"))) {
        const auto kind = invocation.isSet(QStringLiteral("kind"))
                              ? report::agencyKindFromKey(invocation.value(QStringLiteral("kind")))
                              : std::optional(report::likelyAgencyKind(agency));
        if (!kind)
            return invocation.usageError(io, ParentCli::tr("--kind 应为 %1").arg(kindChoices().join(QStringLiteral("、"))));
        if (auto added = store->addAgency({agency, *kind, parent}); !added) {
            io.err << added.error().message << Qt::endl;
            return ExitUnusable;
        }
        io.out << ParentCli::tr("已添加机关 %1").arg(agency) << '\n';
    } else if (!known) {
        io.err << ParentCli::tr("没有机关 %1；要添加它，请加上 --create。").arg(agency) << Qt::endl;
        return ExitUnusable;
    } else if (setting) {
        if (auto moved = store->setParent(agency, parent); !moved) {
            io.err << moved.error().message << Qt::endl;
            return ExitUnusable;
        }
    } else {
        io.out << (known->parent.isEmpty() ? ParentCli::tr("%1 没有上级机关").arg(agency)
                                           : ParentCli::tr("%1 的上级机关是 %2").arg(agency, known->parent))
               << '\n';
        return ExitOk;
    }
    io.out << (parent.isEmpty() ? ParentCli::tr("%1 现在没有上级机关").arg(agency)
                                : ParentCli::tr("%1 现在在 %2 之下").arg(agency, parent))
           << '\n';
    io.out.flush();
    return ExitOk;
}

} // namespace

Command parentCommand()
{
    Command c;
    c.usage.name = QStringLiteral("parent");
    c.usage.synopsis = QStringLiteral("parent [--db PATH] [--create [--kind KIND]] AGENCY [PARENT | --top]");
    c.usage.summary = ParentCli::tr("查看或设置机关的上级机关（汇总和报送情况按机关树进行）");
    c.usage.description = ParentCli::tr(
        "只给 AGENCY 时显示它的上级机关；给出 PARENT 时把它（连同它的下级）移到 PARENT 之下，--top 则移到最上层。"
        "机关的报告不受影响。不能把机关移到它自己或它的下级之下。--create 添加一个还没有报告的机关。"
        "导入带有 agency.parent 的数据包时，机关会自动放到该上级之下。");
    c.usage.options = {databaseOption(),
                       {QStringLiteral("top"), ParentCli::tr("移到最上层（没有上级机关）")},
                       {QStringLiteral("create"), ParentCli::tr("机关不存在时添加它")},
                       kindOption(ParentCli::tr("新添加的机关的类型；默认按名称判断（含“人民政府”的为 government）"))};
    c.usage.choices.insert(QStringLiteral("kind"), kindChoices());
    c.usage.examples = {QStringLiteral("nianbao-cli parent 示例市教育局 示例市人民政府"),
                        QStringLiteral("nianbao-cli parent --create 示例市东区人民政府 示例市人民政府"),
                        QStringLiteral("nianbao-cli parent --top 示例市人民政府")};
    c.minArguments = 1;
    c.maxArguments = 2;
    c.run = runParent;
    return c;
}

} // namespace nb::cli
