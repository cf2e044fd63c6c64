#include "tests/postgres/private_server.h"

#include <QFile>
#include <QProcess>
#include <catch2/catch.hpp>

namespace nb::test {

PrivateServer::PrivateServer()
{
    REQUIRE(parent.isValid());
    // Run as root, the server runs as `postgres`, which must be able to reach its folder.
    REQUIRE(QFile::setPermissions(parent.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ExeGroup
                                                     | QFile::ExeOther));
    dir = parent.filePath(QStringLiteral("c"));
    uri = run(QStringLiteral("start")).trimmed();
    REQUIRE(uri.startsWith(QLatin1String("postgresql://")));
}

PrivateServer::~PrivateServer()
{
    QProcess p;
    p.start(QStringLiteral(NB_TEST_SERVER_SCRIPT), {QStringLiteral("stop"), dir});
    p.waitForFinished(120000);
}

QString PrivateServer::run(const QString &action) const
{
    QProcess p;
    p.start(QStringLiteral(NB_TEST_SERVER_SCRIPT), {action, dir});
    REQUIRE(p.waitForFinished(120000));
    INFO(p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace nb::test
