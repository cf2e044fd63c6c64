#include "app/cli/common_options.h"

#include "core/render/report_renderer.h"
#include "core/report/report.h"
#include "core/storage/database_path.h"

#include <QCoreApplication>

namespace nb::cli {

namespace {
struct CommonOptions {
    Q_DECLARE_TR_FUNCTIONS(CommonOptions)
};
} // namespace

QCommandLineOption databaseOption()
{
    return {QStringLiteral("db"),
            CommonOptions::tr("数据库文件，或 PostgreSQL 服务器（postgresql://用户@主机:端口/库名?sslmode=verify-full，"
                              "或 service=名称；密码取自 ~/.pgpass、PGPASSFILE 或服务文件）；默认为桌面程序使用的数据库"),
            QStringLiteral("PATH")};
}

QString databasePath(const Invocation &invocation)
{
    return invocation.isSet(QStringLiteral("db")) ? invocation.value(QStringLiteral("db")) : storage::defaultDatabasePath();
}

QCommandLineOption agencyOption(const QString &description)
{
    return {QStringLiteral("agency"), description, QStringLiteral("NAME")};
}

QCommandLineOption yearOption(const QString &description)
{
    return {QStringLiteral("year"), description, QStringLiteral("Y")};
}

QCommandLineOption kindOption(const QString &description)
{
    return {QStringLiteral("kind"), description, QStringLiteral("KIND")};
}

QStringList kindChoices()
{
    return {report::agencyKindKey(report::AgencyKind::Government), report::agencyKindKey(report::AgencyKind::Department),
            report::agencyKindKey(report::AgencyKind::Other)};
}

QCommandLineOption styleOption()
{
    return {QStringLiteral("style"), CommonOptions::tr("版式：official 为普通版式（默认），gongwen 为 GB/T 9704 公文格式"),
            QStringLiteral("STYLE")};
}

QStringList styleChoices()
{
    return {render::pageStyleKey(render::PageStyle::Official), render::pageStyleKey(render::PageStyle::Gongwen)};
}

} // namespace nb::cli
