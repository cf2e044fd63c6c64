#include "core/storage/database_path.h"

#include <QDir>
#include <QStandardPaths>

namespace nb::storage {

QString defaultDatabasePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return folder + QStringLiteral("/nianbao.sqlite3");
}

} // namespace nb::storage
