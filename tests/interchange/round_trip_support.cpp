#include "tests/interchange/round_trip_support.h"

#include "core/interchange/published_report_importer.h"
#include "core/report/engine.h"
#include "tests/support/fixtures.h"

#include <QProcess>
#include <catch2/catch.hpp>

namespace nb::test {

using namespace nb::report;

QStringList roundTripDifferences(const Report &original, const interchange::ImportResult &read, const Definition &def)
{
    Engine engine;
    engine.load(original);
    QStringList out;
    const Report &r = read.report;
    for (int i = 0; i < int(def.cells().size()); ++i) {
        const QString &key = def.cells()[i].key;
        const Decimal want = engine.value(i).value_or(Decimal::fromInteger(0));
        if (!r.cells.contains(key))
            out << key + QStringLiteral(": want ") + want.toString() + QStringLiteral(", got nothing");
        else if (r.cells.value(key) != want)
            out << key + QStringLiteral(": want ") + want.toString() + QStringLiteral(", got ") + r.cells.value(key).toString();
    }
    if (r.agencyName != original.agencyName)
        out << QStringLiteral("agency: ") + r.agencyName;
    if (r.year != original.year)
        out << QStringLiteral("year: %1").arg(r.year);
    if (r.agencyKind != original.agencyKind)
        out << QStringLiteral("kind: ") + agencyKindKey(r.agencyKind);
    for (const QString &section : {QStringLiteral("overview"), QStringLiteral("problems"), QStringLiteral("other")}) {
        QString got = r.texts.value(section), want = original.texts.value(section);
        if (got.remove(u'\n').remove(u' ') != want.remove(u'\n').remove(u' '))
            out << section + QStringLiteral(": ") + got.left(80);
    }
    for (const auto &u : read.unreadable)
        out << QStringLiteral("unreadable ") + u.cell + QStringLiteral(": ") + u.reason;
    return out;
}

QByteArray runProgram(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    INFO(program.toStdString() << " " << args.join(u' ').toStdString());
    REQUIRE(p.waitForFinished(60000));
    INFO(p.readAllStandardError().toStdString());
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    REQUIRE(p.exitCode() == 0);
    return p.readAllStandardOutput();
}

Report everyCellReport()
{
    auto read = interchange::importPublishedReport(readData(QStringLiteral("published/web-2023.txt")),
                                                   QStringLiteral("web-2023.txt"));
    REQUIRE(read.ok());
    Report r = read->report;
    r.imported = {};
    return r;
}

} // namespace nb::test
