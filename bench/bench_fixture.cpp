#include "bench/bench_fixture.h"

#include "core/interchange/package.h"
#include "core/report/definition.h"

#include <QDir>
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

std::unique_ptr<storage::SqliteReportStore> openOrDie(const QString &path)
{
    auto store = storage::SqliteReportStore::open(path);
    if (!store)
        qFatal("%s", qPrintable(store.error().message));
    return std::move(store.value());
}

namespace {

// A database at `path` holding `reports` reports once made, else made again by `fill`.
QString cached(const QString &name, qsizetype reports, const std::function<void(storage::SqliteReportStore &)> &fill)
{
    const QString path = QDir::temp().filePath(name);
    if (QFile::exists(path)) {
        auto list = openOrDie(path)->list();
        if (list && list->size() == reports)
            return path;
        QFile::remove(path);
    }
    fill(*openOrDie(path));
    return path;
}

void createOrDie(storage::SqliteReportStore &store, const QList<report::Report> &batch)
{
    if (auto done = store.createAll(batch); !done)
        qFatal("%s", qPrintable(done.error().message));
}

QString fileName(const char *name, Use use)
{
    return QString::fromLatin1(name) + (use == Use::Pristine ? QStringLiteral("-pristine") : QString())
           + QStringLiteral("-v1.sqlite3");
}

} // namespace

QString bigAgencyName(int i)
{
    return QStringLiteral("示例县第%1局").arg(i, 4, 10, QLatin1Char('0'));
}


QString bigDatabase(Use use)
{
    return cached(fileName("nianbao-bench-2000x5", use), kBigAgencies * kBigYears,
                  [](storage::SqliteReportStore &store) {
                      report::Report report = fullReport();
                      for (int first = 0; first < kBigAgencies; first += 100) {
                          QList<report::Report> batch;
                          for (int i = first; i < first + 100; ++i)
                              for (int y = 0; y < kBigYears; ++y) {
                                  report.agencyName = bigAgencyName(i);
                                  report.year = kBigFirstYear + y;
                                  batch << report;
                              }
                          createOrDie(store, batch);
                      }
                  });
}

QString cityNode()
{
    return QStringLiteral("示例市人民政府");
}

QString cityAgencyName(int i)
{
    return QStringLiteral("示例市第%1局").arg(i, 4, 10, QLatin1Char('0'));
}

report::Report cityReport(int i, int year)
{
    static const report::Report full = fullReport();
    report::Report r = full;
    r.agencyName = cityAgencyName(i);
    r.agencyParent = cityNode();
    r.agencyKind = report::AgencyKind::Department;
    r.year = year;
    // Figures that differ between agencies, so that sums are not of equal terms.
    const QString key = QStringLiteral("active.licensing.decisions");
    r.cells[key] = report::Decimal::fromInteger(1000 + i % 97 + year % 10);
    return r;
}

QString cityDatabase(Use use)
{
    return cached(fileName("nianbao-bench-city1000", use), 2 * kCityAgencies,
                  [](storage::SqliteReportStore &store) {
                      if (auto added = store.addAgency({cityNode(), report::AgencyKind::Government, {}}); !added)
                          qFatal("%s", qPrintable(added.error().message));
                      for (int first = 0; first < kCityAgencies; first += 100) {
                          QList<report::Report> batch;
                          for (int i = first; i < first + 100; ++i)
                              batch << cityReport(i, 2022) << cityReport(i, 2023);
                          createOrDie(store, batch);
                          for (int i = first; i < first + 100; ++i)
                              if (auto placed = store.setParent(cityAgencyName(i), cityNode()); !placed)
                                  qFatal("%s", qPrintable(placed.error().message));
                      }
                  });
}

QStringList cityPackageFiles()
{
    const QDir dir(QDir::temp().filePath(QStringLiteral("nianbao-bench-city1000-packages-v1")));
    QStringList files;
    for (int i = 0; i < kCityAgencies; ++i)
        files << dir.filePath(QStringLiteral("%1.nianbao.json").arg(i, 4, 10, QLatin1Char('0')));
    if (QFile::exists(files.last()))
        return files;
    dir.mkpath(QStringLiteral("."));
    for (int i = 0; i < kCityAgencies; ++i) {
        if (auto written = interchange::Package::writeFile(files[i], cityReport(i, 2023), *report::Definition::builtin());
            !written)
            qFatal("%s", qPrintable(written.error().message));
    }
    return files;
}

} // namespace nb::bench
