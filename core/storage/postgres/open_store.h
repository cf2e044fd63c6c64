#pragma once
// Opens whichever store a --db value names (contract §8): a PostgreSQL
// connection URI (postgresql://…, postgres://…) or libpq keyword string
// (service=NAME, host=… dbname=…) opens the server store; anything else is
// the path of an SQLite file.
#include "core/storage/postgres/pg_connection.h"
#include "core/store/report_store.h"

#include <memory>

namespace nb::storage {

bool isServerAddress(const QString &db);

struct OpenStoreOptions {
    QString password;      // typed by the user, kept in memory only
    QString journalFolder; // where the desktop keeps edits made offline; empty: no journal
};

Result<std::unique_ptr<store::ReportStore>> openStore(const QString &db, const OpenStoreOptions &options = {});
// The journal file of one server database and user in `folder`.
QString journalPathFor(const QString &folder, const QString &db);
// The address as shown to people and kept in settings: never a password.
QString displayAddress(const QString &db);

} // namespace nb::storage
