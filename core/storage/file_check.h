#pragma once
// Looks at a database file before SQLite touches it, so that a file that is
// not a database, is truncated or may not be written is refused without a
// single byte of it (or of its folder) changing.
#include "core/report/result.h"

#include <QCoreApplication>
#include <QString>

namespace nb::storage {

class FileCheck {
    Q_DECLARE_TR_FUNCTIONS(FileCheck)
public:
    // Success when the file is absent or empty (a new database will be made
    // there) or looks like a complete SQLite database we may write.
    static Status inspect(const QString &path);

private:
    static Status checkFolder(const QString &path);
    static Status checkHeader(const QString &path, qint64 size);
};

} // namespace nb::storage
