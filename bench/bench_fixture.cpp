#include "bench/bench_fixture.h"

#include "core/interchange/package.h"
#include "core/report/definition.h"

#include <QFile>

namespace nb::bench {

QByteArray fullPackageJson()
{
    QFile file(QStringLiteral(NB_TEST_DATA "/full-2023.nianbao.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the benchmark fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

report::Report fullReport()
{
    auto parsed = interchange::Package::parse(fullPackageJson(), *report::Definition::builtin());
    if (!parsed)
        qFatal("benchmark fixture is invalid: %s", qPrintable(parsed.error().message));
    return parsed.value();
}

} // namespace nb::bench
