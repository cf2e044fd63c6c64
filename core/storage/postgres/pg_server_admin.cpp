#include "core/storage/postgres/pg_server_admin.h"

#include "core/storage/postgres/pg_migrations.h"

namespace nb::storage::pg {

namespace {

QString privilegeKey(Right right)
{
    return right == Right::Clerk ? QStringLiteral("clerk") : QStringLiteral("reviewer");
}

QString groupRole(Right right)
{
    switch (right) {
    case Right::Clerk:
        return QStringLiteral("nianbao_clerk");
    case Right::Reviewer:
        return QStringLiteral("nianbao_reviewer");
    case Right::Admin:
        break;
    }
    return QStringLiteral("nianbao_admin");
}

QString rightName(Right right, const QString &agency)
{
    switch (right) {
    case Right::Clerk:
        return ServerAdmin::tr("%1 的填报人").arg(agency);
    case Right::Reviewer:
        return ServerAdmin::tr("%1 的审核人").arg(agency);
    case Right::Admin:
        break;
    }
    return ServerAdmin::tr("管理员");
}

Result<qint64> agencyIdOf(Connection &c, const QString &agency)
{
    auto row = c.exec("SELECT id FROM nianbao.agencies WHERE name = $1", Params() << agency);
    if (!row)
        return row.error();
    if (row->count() == 0)
        return Error{QStringLiteral("store.not-found"),
                     ServerAdmin::tr("数据库中没有机关 %1。请先导入它的报告（nianbao-cli import --db …），机关随报告一起建立。").arg(agency)};
    return row->int64(0, 0);
}

Result<bool> roleExists(Connection &c, const QString &user)
{
    auto row = c.exec("SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = $1", Params() << user);
    if (!row)
        return row.error();
    return row->count() > 0;
}

} // namespace

Result<QString> ServerAdmin::init(Connection &c)
{
    auto before = Migrations::currentVersion(c);
    if (!before)
        return before.error();
    if (before.value() > Migrations::latestVersion())
        return Migrations::checkReady(c).error();
    if (Status done = Migrations::migrate(c); !done)
        return done.error();
    if (before.value() == Migrations::latestVersion())
        return tr("%1 已是最新的数据表版本 %2，没有改动。").arg(c.describe()).arg(before.value());
    if (before.value() == 0)
        return tr("已在 %1 建立年报的数据表（版本 %2）、访问规则和用户组 nianbao_clerk、nianbao_reviewer、nianbao_admin。")
            .arg(c.describe()).arg(Migrations::latestVersion());
    return tr("已把 %1 的数据表从版本 %2 升级到 %3。").arg(c.describe()).arg(before.value()).arg(Migrations::latestVersion());
}

Result<QString> ServerAdmin::grant(Connection &c, Right right, const QString &agency, const QString &user)
{
    if (Status ready = Migrations::checkReady(c); !ready)
        return ready.error();
    if (user.trimmed().isEmpty())
        return Error{QStringLiteral("store.invalid"), tr("用户名不能为空。")};
    auto tx = Transaction::begin(c);
    if (!tx)
        return tx.error();
    std::optional<qint64> agencyId;
    if (right != Right::Admin) {
        auto id = agencyIdOf(c, agency);
        if (!id)
            return id.error();
        agencyId = id.value();
    }
    auto quoted = c.quoteIdentifier(user);
    if (!quoted)
        return quoted.error();
    auto exists = roleExists(c, user);
    if (!exists)
        return exists.error();
    QString created;
    if (!exists.value()) {
        // Identifiers cannot be parameters: the name is quoted by libpq.
        if (Status made = c.script(QStringLiteral("CREATE ROLE %1 LOGIN").arg(quoted.value())); !made)
            return Error{made.error().code,
                         tr("登录用户 %1 还不存在，创建它需要 CREATEROLE 权限：%2").arg(user, made.error().message)};
        created = tr("已创建登录用户 %1（没有设置密码：请用 ALTER ROLE … PASSWORD 或服务器的认证方式设置）。").arg(user) + QLatin1Char('\n');
    }
    if (Status granted = c.script(QStringLiteral("GRANT %1 TO %2").arg(groupRole(right), quoted.value())); !granted)
        return granted.error();
    if (agencyId)
        if (Status added = c.run("INSERT INTO nianbao.access(role_name, privilege, agency_id) VALUES ($1, $2, $3) "
                                 "ON CONFLICT DO NOTHING",
                                 Params() << user << privilegeKey(right) << *agencyId);
            !added)
            return added.error();
    if (Status done = tx.value().commit(); !done)
        return done.error();
    return created + tr("%1 现在是%2。").arg(user, rightName(right, agency));
}

Result<QString> ServerAdmin::revoke(Connection &c, Right right, const QString &agency, const QString &user)
{
    if (Status ready = Migrations::checkReady(c); !ready)
        return ready.error();
    auto tx = Transaction::begin(c);
    if (!tx)
        return tx.error();
    auto exists = roleExists(c, user);
    if (!exists)
        return exists.error();
    if (!exists.value())
        return Error{QStringLiteral("store.not-found"), tr("没有登录用户 %1。").arg(user)};
    auto quoted = c.quoteIdentifier(user);
    if (!quoted)
        return quoted.error();
    bool lastOne = true;
    if (right != Right::Admin) {
        auto id = agencyIdOf(c, agency);
        if (!id)
            return id.error();
        auto removed = c.exec("DELETE FROM nianbao.access WHERE role_name = $1 AND privilege = $2 AND agency_id = $3",
                              Params() << user << privilegeKey(right) << id.value());
        if (!removed)
            return removed.error();
        if (removed->affected() == 0)
            return Error{QStringLiteral("store.not-found"), tr("%1 本来就不是%2。").arg(user, rightName(right, agency))};
        auto left = c.exec("SELECT count(*) FROM nianbao.access WHERE role_name = $1 AND privilege = $2",
                           Params() << user << privilegeKey(right));
        if (!left)
            return left.error();
        lastOne = left->int64(0, 0) == 0;
    }
    // The group role goes with the last right of its kind in this database.
    if (lastOne)
        if (Status revoked = c.script(QStringLiteral("REVOKE %1 FROM %2").arg(groupRole(right), quoted.value())); !revoked)
            return revoked.error();
    if (Status done = tx.value().commit(); !done)
        return done.error();
    return tr("%1 不再是%2。").arg(user, rightName(right, agency));
}

} // namespace nb::storage::pg
