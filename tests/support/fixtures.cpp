#include "tests/support/fixtures.h"

#include "core/interchange/package.h"
#include "core/report/definition.h"

#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

namespace nb::test {

QString dataPath(const QString &name)
{
    return QStringLiteral(NB_TEST_DATA "/") + name;
}

QByteArray readData(const QString &name)
{
    QFile file(dataPath(name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

report::Report loadReport(const QString &name)
{
    auto parsed = interchange::Package::parse(readData(name), *report::Definition::builtin());
    INFO((parsed ? QString() : parsed.error().message).toStdString());
    REQUIRE(parsed.ok());
    return parsed.value();
}

report::Decimal dec(const char *text)
{
    auto d = report::Decimal::fromString(QString::fromLatin1(text));
    REQUIRE(d.has_value());
    return *d;
}

report::Decimal plus(const report::Decimal &a, const report::Decimal &b)
{
    const auto sum = report::Decimal::add(a, b);
    REQUIRE(sum.has_value());
    return *sum;
}

QString tempPath(const QString &fileName)
{
    static QTemporaryDir dir;
    REQUIRE(dir.isValid());
    return dir.filePath(fileName);
}

} // namespace nb::test
