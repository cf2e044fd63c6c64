#pragma once
// The schema of a shared database, as numbered migrations: tables, the views
// the access rules read, the row-level security policies and the grants to
// the three group roles. The server enforces who may read and change what
// (contract §10); the client's own checks only give friendlier messages.
//
//   nianbao_clerk     with a row in nianbao.access ('clerk', agency): reads and
//                     writes that agency's draft reports, finalises, reopens
//                     (with a reason) and submits them, reads their history
//   nianbao_reviewer  with ('reviewer', node): reads every report of the node
//                     and below it, returns a submitted one below it with a
//                     reason; never changes a figure
//   nianbao_admin     manages agencies, the tree and nianbao.access; reads all
//
// Status is not a column anyone can set: it is the last finalise / reopen /
// submit / return entry of the audit log, and a policy decides which entry a
// role may add in which status. Who and when of the audit log, snapshots and
// reports are column defaults (current_user, now()) that the policies check,
// so a client cannot claim to be someone else.
#include "core/storage/postgres/pg_connection.h"

namespace nb::storage::pg {

class Migrations {
    Q_DECLARE_TR_FUNCTIONS(Migrations)
public:
    static int latestVersion();
    // The schema's version in this database; 0 when it has none yet.
    static Result<int> currentVersion(Connection &c);
    // Creates the group roles when missing (they are the cluster's, shared by
    // its databases), then runs each migration not yet run, one transaction
    // each. Needs the database owner with CREATEROLE, or a superuser. Stops
    // after version `upTo` (the tests make a database of an older version).
    static Status migrate(Connection &c, int upTo);
    static Status migrate(Connection &c) { return migrate(c, latestVersion()); }
    // Refuses a database without our schema, or with an older or newer one,
    // saying what to do.
    static Status checkReady(Connection &c);
    static QStringList groupRoles(); // nianbao_clerk, nianbao_reviewer, nianbao_admin
};

} // namespace nb::storage::pg
