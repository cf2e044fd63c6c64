#pragma once
// `nianbao-cli server init|grant|revoke` (contract §8): sets a PostgreSQL
// database up for a whole office and hands out rights. Run by the database's
// owner (with CREATEROLE) or a superuser; grant and revoke also by an
// administrator (nianbao_admin) for login roles that exist already.
// No password is ever set by the program: people keep theirs in ~/.pgpass,
// PGPASSFILE or a service file, or are asked by the desktop application.
#include "core/storage/postgres/pg_connection.h"

namespace nb::storage::pg {

enum class Right { Clerk, Reviewer, Admin };

class ServerAdmin {
    Q_DECLARE_TR_FUNCTIONS(ServerAdmin)
public:
    // Creates or migrates the schema, its policies and the group roles; run
    // again it changes nothing. Says what it did.
    static Result<QString> init(Connection &c);
    // Creates the login role `user` when missing and gives it the right: clerk
    // of `agency`, reviewer of the node `agency`, or administrator.
    static Result<QString> grant(Connection &c, Right right, const QString &agency, const QString &user);
    // Takes the right back; the login role itself stays.
    static Result<QString> revoke(Connection &c, Right right, const QString &agency, const QString &user);
};

} // namespace nb::storage::pg
