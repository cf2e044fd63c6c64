#pragma once
#include <QString>

namespace nb::storage {

// The database the desktop application and nianbao-cli share when no --db is
// given: <AppDataLocation>/nianbao.sqlite3. Creates the folder.
QString defaultDatabasePath();

} // namespace nb::storage
