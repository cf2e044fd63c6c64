#pragma once
#include "core/report/report.h"
#include "core/storage/sqlite_report_store.h"

#include <QByteArray>
#include <QProcess>
#include <QTemporaryDir>

namespace nb::test {

// A report of tests/data, read as a package.
report::Report packageFixture(const QString &fileName);
QByteArray fileBytes(const QString &path);
void writeBytes(const QString &path, const QByteArray &bytes);
// Opens a store and fails the test when it cannot.
std::unique_ptr<storage::SqliteReportStore> openOrFail(const QString &path, const storage::OpenOptions &options = {});
// Parses the writer's "ack KEY VALUE" lines (complete lines only) into key →
// largest value, and its "import VALUE" lines into "import" → largest value.
void collectAcks(const QByteArray &output, QMap<QString, qint64> &acked, int *count = nullptr);

} // namespace nb::test
