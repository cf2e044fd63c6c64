// nianbao-cli server init|grant|revoke --db URI …: sets a PostgreSQL database
// up for an office and hands out rights (contract §8, §10).
#include "app/cli/commands.h"
#include "app/cli/common_options.h"
#include "core/storage/postgres/open_store.h"
#include "core/storage/postgres/pg_server_admin.h"

#include <QCoreApplication>

namespace nb::cli {

namespace {
struct ServerCli {
    Q_DECLARE_TR_FUNCTIONS(ServerCli)
};

using storage::pg::Right;

int fail(Io &io, const Error &error)
{
    io.err << error.message << Qt::endl;
    return ExitUnusable;
}

// --clerk AGENCY | --reviewer NODE | --admin: exactly one.
std::optional<std::pair<Right, QString>> chosenRight(const Invocation &invocation, Io &io)
{
    QList<std::pair<Right, QString>> chosen;
    if (invocation.isSet(QStringLiteral("clerk")))
        chosen.append({Right::Clerk, invocation.value(QStringLiteral("clerk")).trimmed()});
    if (invocation.isSet(QStringLiteral("reviewer")))
        chosen.append({Right::Reviewer, invocation.value(QStringLiteral("reviewer")).trimmed()});
    if (invocation.isSet(QStringLiteral("admin")))
        chosen.append({Right::Admin, QString()});
    if (chosen.size() != 1) {
        invocation.usageError(io, ServerCli::tr("请用 --clerk 机关、--reviewer 机关 或 --admin 中的一个说明给什么权限"));
        return std::nullopt;
    }
    if (chosen.first().first != Right::Admin && chosen.first().second.isEmpty()) {
        invocation.usageError(io, ServerCli::tr("机关名称不能为空"));
        return std::nullopt;
    }
    return chosen.first();
}

int runServer(const Invocation &invocation, Io &io)
{
    const QString action = invocation.arguments().value(0);
    const int users = action == QLatin1String("init") ? 1 : 2;
    if (action != QLatin1String("init") && action != QLatin1String("grant") && action != QLatin1String("revoke"))
        return invocation.usageError(io, ServerCli::tr("未知的操作“%1”：应为 init、grant 或 revoke").arg(action));
    if (invocation.arguments().size() != users)
        return invocation.usageError(io, users == 1 ? ServerCli::tr("server init 不需要其他参数")
                                                    : ServerCli::tr("server %1 需要一个用户名").arg(action));
    const auto db = invocation.required(io, QStringLiteral("db"));
    if (!db)
        return ExitUnusable;
    if (!storage::isServerAddress(*db))
        return invocation.usageError(
            io, ServerCli::tr("--db 应为 PostgreSQL 数据库（postgresql://… 或 service=名称），而不是“%1”").arg(*db));
    std::optional<std::pair<Right, QString>> right;
    if (action != QLatin1String("init") && !(right = chosenRight(invocation, io)))
        return ExitUnusable;
    auto c = storage::pg::Connection::open({*db});
    if (!c)
        return fail(io, c.error());
    Result<QString> done = action == QLatin1String("init")
        ? storage::pg::ServerAdmin::init(*c.value())
        : action == QLatin1String("grant")
        ? storage::pg::ServerAdmin::grant(*c.value(), right->first, right->second, invocation.arguments().at(1))
        : storage::pg::ServerAdmin::revoke(*c.value(), right->first, right->second, invocation.arguments().at(1));
    if (!done)
        return fail(io, done.error());
    io.out << done.value() << Qt::endl;
    return ExitOk;
}

} // namespace

Command serverCommand()
{
    Command c;
    c.usage.name = QStringLiteral("server");
    c.usage.synopsis = QStringLiteral("server init --db URI | server (grant|revoke) --db URI (--clerk AGENCY | --reviewer NODE | --admin) USER");
    c.usage.summary = ServerCli::tr("在 PostgreSQL 服务器上建立共用数据库，授予或收回权限");
    c.usage.description = ServerCli::tr(
        "init：建立或升级数据表、访问规则和用户组（nianbao_clerk、nianbao_reviewer、nianbao_admin）；再次运行不做任何改动。"
        "由数据库的所有者（需有 CREATEROLE 权限）或超级用户运行。\n\n"
        "grant：登录用户 USER 不存在时创建它（程序不设置密码），并给它权限：--clerk 机关 为该机关的填报人（填写、定稿、报送本机关的报告），"
        "--reviewer 机关 为审核人（查看该机关及下级的报告、汇总和报送情况，退回已报送的报告，不能修改数字），--admin 为管理员（管理机关、上下级关系和权限）。\n\n"
        "revoke：收回这项权限，登录用户本身保留。\n\n"
        "权限由数据库服务器用角色和行级安全策略执行：即使用 psql 直接连接，也不能读写别的机关的报告、修改已定稿的报告或冒用别人的名义。");
    c.usage.options = {databaseOption(),
                       {QStringLiteral("clerk"), ServerCli::tr("该机关的填报人"), QStringLiteral("AGENCY")},
                       {QStringLiteral("reviewer"), ServerCli::tr("该机关及其下级的审核人"), QStringLiteral("NODE")},
                       {QStringLiteral("admin"), ServerCli::tr("管理员")}};
    c.usage.examples = {
        QStringLiteral("nianbao-cli server init --db postgresql://nianbao@db.example.gov.cn/nianbao?sslmode=verify-full"),
        QStringLiteral("nianbao-cli server grant --db service=nianbao --clerk 示例市教育局 zhangsan"),
        QStringLiteral("nianbao-cli server grant --db service=nianbao --reviewer 示例市人民政府 lisi"),
        QStringLiteral("nianbao-cli server revoke --db service=nianbao --clerk 示例市教育局 zhangsan")};
    c.minArguments = 1;
    c.maxArguments = 2;
    c.run = runServer;
    return c;
}

} // namespace nb::cli
