#pragma once
// Reading a file that someone hands the program (a package, a published
// report as text, HTML or PDF): one place that refuses what no reader should
// be given — a folder, a device or pipe, an empty file, a file far larger than
// any report — with a message naming the file, before a byte is parsed.
#include "core/report/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace nb::interchange {

class InputFile {
    Q_DECLARE_TR_FUNCTIONS(InputFile)
public:
    // A published report with its pictures is a few MB; a scanned one (which
    // the importer refuses anyway) may be tens.
    static constexpr qint64 kMaxBytes = 50LL << 20;

    static Result<QByteArray> read(const QString &path);
};

} // namespace nb::interchange
