#pragma once
// Numbered schema migrations. PRAGMA user_version holds the number of the
// last one applied; each runs in its own transaction together with the
// version bump, so a database is always at exactly one version. A database
// with a higher version than this program knows is never touched.
#include "core/storage/database.h"

namespace nb::storage {

class Migrations {
    Q_DECLARE_TR_FUNCTIONS(Migrations)
public:
    // "NBRP": marks a SQLite file as ours (PRAGMA application_id).
    static constexpr int kApplicationId = 0x4E425250;
    static int latestVersion();
    // Brings the schema up to latestVersion().
    static Status migrate(Database &db);
};

} // namespace nb::storage
