#include "core/storage/postgres/pg_migrations.h"

#include <iterator>

namespace nb::storage::pg {

namespace {

struct Migration {
    int version;
    const char *sql;
};

// Append new migrations at the end; never edit one that has shipped. Plain
// SQL only (no extensions, no server-side languages): government IT also runs
// PostgreSQL-compatible servers.
constexpr Migration kMigrations[] = {
    {1, R"sql(
CREATE SCHEMA nianbao;
-- Which migrations ran, by whom and when.
CREATE TABLE nianbao.schema_version(
  version    integer PRIMARY KEY,
  applied    timestamptz NOT NULL DEFAULT now(),
  applied_by text NOT NULL DEFAULT current_user);
CREATE TABLE nianbao.agencies(
  id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name      text NOT NULL UNIQUE CHECK (btrim(name) <> ''),
  kind      text NOT NULL CHECK (kind IN ('government', 'department')),
  parent_id bigint REFERENCES nianbao.agencies(id));
CREATE INDEX agencies_by_parent ON nianbao.agencies(parent_id);

CREATE TABLE nianbao.reports(
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  agency_id  bigint NOT NULL REFERENCES nianbao.agencies(id),
  year       integer NOT NULL,
  revision   bigint NOT NULL DEFAULT 1,
  created    timestamptz NOT NULL DEFAULT now(),
  updated    timestamptz NOT NULL DEFAULT now(),
  updated_by text NOT NULL DEFAULT current_user,
  UNIQUE(agency_id, year));
CREATE INDEX reports_by_year ON nianbao.reports(year, agency_id);

CREATE TABLE nianbao.report_info(
  report_id       bigint PRIMARY KEY REFERENCES nianbao.reports(id),
  document_number text NOT NULL DEFAULT '',
  publish_date    text NOT NULL DEFAULT '',
  texts_to_revise text NOT NULL DEFAULT '');
CREATE TABLE nianbao.cells(
  report_id bigint NOT NULL REFERENCES nianbao.reports(id),
  key       text NOT NULL,
  value     text NOT NULL,
  PRIMARY KEY(report_id, key));
CREATE TABLE nianbao.texts(
  report_id bigint NOT NULL REFERENCES nianbao.reports(id),
  section   text NOT NULL,
  text      text NOT NULL,
  PRIMARY KEY(report_id, section));
CREATE TABLE nianbao.cell_notes(
  report_id bigint NOT NULL REFERENCES nianbao.reports(id),
  key       text NOT NULL,
  note      text NOT NULL,
  PRIMARY KEY(report_id, key));
CREATE TABLE nianbao.explanations(
  report_id bigint NOT NULL REFERENCES nianbao.reports(id),
  rule      text NOT NULL,
  text      text NOT NULL,
  PRIMARY KEY(report_id, rule));
CREATE TABLE nianbao.snapshots(
  id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  report_id bigint NOT NULL REFERENCES nianbao.reports(id),
  taken     timestamptz NOT NULL DEFAULT now(),
  taken_by  text NOT NULL DEFAULT current_user,
  reason    text NOT NULL,
  content   text NOT NULL);
CREATE INDEX snapshots_by_report ON nianbao.snapshots(report_id, id);
CREATE TABLE nianbao.audit_log(
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  report_id   bigint NOT NULL REFERENCES nianbao.reports(id),
  at          timestamptz NOT NULL DEFAULT now(),
  who         text NOT NULL DEFAULT current_user,
  action      text NOT NULL CHECK (action IN ('finalise', 'reopen', 'submit', 'return', 'import', 'restore', 'new-year')),
  reason      text NOT NULL DEFAULT '',
  snapshot_id bigint REFERENCES nianbao.snapshots(id));
CREATE INDEX audit_by_report ON nianbao.audit_log(report_id, id);
CREATE INDEX status_by_report ON nianbao.audit_log(report_id, id)
  WHERE action IN ('finalise', 'reopen', 'submit', 'return');
CREATE TABLE nianbao.report_checks(
  report_id         bigint NOT NULL REFERENCES nianbao.reports(id),
  checked_by        text NOT NULL DEFAULT current_user,
  revision          bigint NOT NULL,
  previous_revision bigint NOT NULL,
  errors            integer NOT NULL,
  warnings          integer NOT NULL,
  infos             integer NOT NULL,
  unexplained       integer NOT NULL,
  error_rules       text NOT NULL DEFAULT '',
  PRIMARY KEY(report_id, checked_by));
CREATE TABLE nianbao.applied_edits(
  edit_id    uuid PRIMARY KEY,
  report_id  bigint NOT NULL REFERENCES nianbao.reports(id),
  applied    timestamptz NOT NULL DEFAULT now(),
  applied_by text NOT NULL DEFAULT current_user);
CREATE TABLE nianbao.access(
  role_name text NOT NULL,
  privilege text NOT NULL CHECK (privilege IN ('clerk', 'reviewer')),
  agency_id bigint NOT NULL REFERENCES nianbao.agencies(id),
  PRIMARY KEY(role_name, privilege, agency_id));

-- The agencies the connected role may see, with its rights on each:
-- clerk of it; reviewer above it (strictly: a reviewer of N returns the
-- reports of the agencies below N). Administrators and the schema's owner see
-- every agency. The views run with their owner's rights (the tables' RLS does
-- not apply inside them, so policies can use them without recursion) and
-- show each role only its own rows.
CREATE VIEW nianbao.my_agencies WITH (security_barrier) AS
WITH RECURSIVE
  mine AS (SELECT privilege, agency_id FROM nianbao.access WHERE role_name = current_user::text),
  below(id) AS (
    SELECT a.id FROM nianbao.agencies a WHERE a.parent_id IN (SELECT agency_id FROM mine WHERE privilege = 'reviewer')
    UNION
    SELECT a.id FROM nianbao.agencies a JOIN below b ON a.parent_id = b.id)
SELECT agency_id, bool_or(clerk) AS clerk, bool_or(reviewer) AS reviewer
FROM (
  SELECT agency_id, privilege = 'clerk' AS clerk, false AS reviewer FROM mine
  UNION ALL
  SELECT id, false, true FROM below
  UNION ALL
  -- Evaluated once per statement: for anyone else the scan does not run.
  SELECT a.id, false, false FROM nianbao.agencies a
  WHERE (SELECT pg_has_role('nianbao_admin', 'MEMBER')
             OR pg_has_role((SELECT nspowner FROM pg_catalog.pg_namespace WHERE nspname = 'nianbao'), 'MEMBER'))
) rights
GROUP BY agency_id;

-- Each visible report's status, from the last status entry of its audit log.
CREATE VIEW nianbao.report_state WITH (security_barrier) AS
SELECT r.id AS report_id, r.agency_id, r.year, m.clerk, m.reviewer,
       CASE WHEN l.action IN ('finalise', 'submit') THEN 'final' ELSE 'draft' END AS status,
       CASE l.action WHEN 'submit' THEN 'submitted' WHEN 'return' THEN 'returned' ELSE '' END AS submission,
       CASE WHEN l.action = 'return' THEN l.reason ELSE '' END AS return_reason
FROM nianbao.reports r
JOIN nianbao.my_agencies m ON m.agency_id = r.agency_id
LEFT JOIN LATERAL (
  SELECT s.action, s.reason FROM nianbao.audit_log s
  WHERE s.report_id = r.id AND s.action IN ('finalise', 'reopen', 'submit', 'return')
  ORDER BY s.id DESC LIMIT 1) l ON true;

-- The visible agencies and every agency above them (parents' names).
CREATE VIEW nianbao.my_tree WITH (security_barrier) AS
WITH RECURSIVE up(id) AS (
  SELECT agency_id FROM nianbao.my_agencies
  UNION
  SELECT a.parent_id FROM nianbao.agencies a JOIN up ON a.id = up.id WHERE a.parent_id IS NOT NULL)
SELECT id AS agency_id FROM up;

-- Row-level security: the table owner (who ran `server init`) is not bound
-- by it; every role granted through `server grant` is.
ALTER TABLE nianbao.agencies ENABLE ROW LEVEL SECURITY;
CREATE POLICY read ON nianbao.agencies FOR SELECT USING (id IN (SELECT agency_id FROM nianbao.my_tree));
CREATE POLICY add ON nianbao.agencies FOR INSERT WITH CHECK (pg_has_role('nianbao_admin', 'MEMBER'));
CREATE POLICY change ON nianbao.agencies FOR UPDATE
  USING (pg_has_role('nianbao_admin', 'MEMBER') OR id IN (SELECT agency_id FROM nianbao.my_agencies WHERE clerk));

ALTER TABLE nianbao.reports ENABLE ROW LEVEL SECURITY;
CREATE POLICY read ON nianbao.reports FOR SELECT USING (agency_id IN (SELECT agency_id FROM nianbao.my_agencies));
CREATE POLICY add ON nianbao.reports FOR INSERT
  WITH CHECK (agency_id IN (SELECT agency_id FROM nianbao.my_agencies WHERE clerk)
              AND updated_by = current_user::text AND updated = now() AND revision = 1);
CREATE POLICY touch ON nianbao.reports FOR UPDATE
  USING (agency_id IN (SELECT agency_id FROM nianbao.my_agencies WHERE clerk OR reviewer))
  WITH CHECK (updated_by = current_user::text AND updated = now());

-- The content of a report: read by whoever reads the report; written by its
-- agency's clerks while it is a draft.
ALTER TABLE nianbao.report_info ENABLE ROW LEVEL SECURITY;
ALTER TABLE nianbao.cells ENABLE ROW LEVEL SECURITY;
ALTER TABLE nianbao.texts ENABLE ROW LEVEL SECURITY;
ALTER TABLE nianbao.cell_notes ENABLE ROW LEVEL SECURITY;
ALTER TABLE nianbao.explanations ENABLE ROW LEVEL SECURITY;
CREATE POLICY read ON nianbao.report_info FOR SELECT USING (EXISTS (SELECT 1 FROM nianbao.reports r WHERE r.id = report_id));
CREATE POLICY read ON nianbao.cells FOR SELECT USING (EXISTS (SELECT 1 FROM nianbao.reports r WHERE r.id = report_id));
CREATE POLICY read ON nianbao.texts FOR SELECT USING (EXISTS (SELECT 1 FROM nianbao.reports r WHERE r.id = report_id));
CREATE POLICY read ON nianbao.cell_notes FOR SELECT USING (EXISTS (SELECT 1 FROM nianbao.reports r WHERE r.id = report_id));
CREATE POLICY read ON nianbao.explanations FOR SELECT USING (EXISTS (SELECT 1 FROM nianbao.reports r WHERE r.id = report_id));
CREATE POLICY edit_draft ON nianbao.report_info FOR ALL
  USING (EXISTS (SELECT 1 FROM nianbao.report_state s WHERE s.report_id = report_info.report_id AND s.clerk AND s.status = 'draft'));
CREATE POLICY edit_draft ON nianbao.cells FOR ALL
  USING (EXISTS (SELECT 1 FROM nianbao.report_state s WHERE s.report_id = cells.report_id AND s.clerk AND s.status = 'draft'));
CREATE POLICY edit_draft ON nianbao.texts FOR ALL
  USING (EXISTS (SELECT 1 FROM nianbao.report_state s WHERE s.report_id = texts.report_id AND s.clerk AND s.status = 'draft'));
CREATE POLICY edit_draft ON nianbao.cell_notes FOR ALL
  USING (EXISTS (SELECT 1 FROM nianbao.report_state s WHERE s.report_id = cell_notes.report_id AND s.clerk AND s.status = 'draft'));
CREATE POLICY edit_draft ON nianbao.explanations FOR ALL
  USING (EXISTS (SELECT 1 FROM nianbao.report_state s WHERE s.report_id = explanations.report_id AND s.clerk AND s.status = 'draft'));

ALTER TABLE nianbao.snapshots ENABLE ROW LEVEL SECURITY;
CREATE POLICY read ON nianbao.snapshots FOR SELECT USING (EXISTS (SELECT 1 FROM nianbao.reports r WHERE r.id = report_id));
CREATE POLICY take ON nianbao.snapshots FOR INSERT
  WITH CHECK (taken_by = current_user::text AND taken = now()
              AND EXISTS (SELECT 1 FROM nianbao.report_state s WHERE s.report_id = snapshots.report_id AND s.clerk));

-- The audit log is also the status: each role may add only the entries
-- that its rights and the report's present status allow.
ALTER TABLE nianbao.audit_log ENABLE ROW LEVEL SECURITY;
CREATE POLICY read ON nianbao.audit_log FOR SELECT USING (EXISTS (SELECT 1 FROM nianbao.reports r WHERE r.id = report_id));
CREATE POLICY log ON nianbao.audit_log FOR INSERT
  WITH CHECK (who = current_user::text AND at = now() AND EXISTS (
    SELECT 1 FROM nianbao.report_state s WHERE s.report_id = audit_log.report_id AND (
         (s.clerk AND action = 'finalise' AND s.status = 'draft')
      OR (s.clerk AND action = 'reopen' AND s.status = 'final' AND s.submission <> 'submitted' AND btrim(reason) <> '')
      OR (s.clerk AND action = 'submit' AND s.status = 'final' AND s.submission <> 'submitted')
      OR (s.clerk AND action IN ('import', 'restore', 'new-year') AND s.status = 'draft')
      OR (s.reviewer AND action = 'return' AND s.submission = 'submitted' AND btrim(reason) <> ''))));

-- Finding counts kept for boards: each role keeps and trusts only its own.
ALTER TABLE nianbao.report_checks ENABLE ROW LEVEL SECURITY;
CREATE POLICY own ON nianbao.report_checks FOR ALL
  USING (checked_by = current_user::text AND EXISTS (SELECT 1 FROM nianbao.reports r WHERE r.id = report_id));

-- The id of every edit written, so that an edit sent again (its answer was
-- lost with the connection) is applied once.
ALTER TABLE nianbao.applied_edits ENABLE ROW LEVEL SECURITY;
CREATE POLICY own ON nianbao.applied_edits FOR SELECT USING (applied_by = current_user::text);
CREATE POLICY apply ON nianbao.applied_edits FOR INSERT
  WITH CHECK (applied_by = current_user::text
              AND EXISTS (SELECT 1 FROM nianbao.report_state s WHERE s.report_id = applied_edits.report_id AND s.clerk));

ALTER TABLE nianbao.access ENABLE ROW LEVEL SECURITY;
CREATE POLICY own ON nianbao.access FOR SELECT USING (role_name = current_user::text OR pg_has_role('nianbao_admin', 'MEMBER'));
CREATE POLICY manage ON nianbao.access FOR ALL USING (pg_has_role('nianbao_admin', 'MEMBER'));

-- Table rights: what each group may do at all; the policies above say to which rows.
REVOKE ALL ON ALL TABLES IN SCHEMA nianbao FROM PUBLIC;
GRANT USAGE ON SCHEMA nianbao TO nianbao_clerk, nianbao_reviewer, nianbao_admin;
GRANT SELECT ON ALL TABLES IN SCHEMA nianbao TO nianbao_clerk, nianbao_reviewer, nianbao_admin;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA nianbao TO nianbao_clerk, nianbao_reviewer, nianbao_admin;
GRANT INSERT ON nianbao.reports, nianbao.report_info, nianbao.cells, nianbao.texts, nianbao.cell_notes,
  nianbao.explanations, nianbao.snapshots, nianbao.audit_log, nianbao.applied_edits TO nianbao_clerk;
GRANT UPDATE (document_number, publish_date, texts_to_revise) ON nianbao.report_info TO nianbao_clerk;
GRANT UPDATE (value) ON nianbao.cells TO nianbao_clerk;
GRANT UPDATE (text) ON nianbao.texts TO nianbao_clerk;
GRANT UPDATE (note) ON nianbao.cell_notes TO nianbao_clerk;
GRANT UPDATE (text) ON nianbao.explanations TO nianbao_clerk;
GRANT DELETE ON nianbao.cells, nianbao.texts, nianbao.cell_notes, nianbao.explanations TO nianbao_clerk;
GRANT UPDATE (kind) ON nianbao.agencies TO nianbao_clerk;
GRANT UPDATE (revision, updated, updated_by) ON nianbao.reports TO nianbao_clerk, nianbao_reviewer;
GRANT INSERT ON nianbao.audit_log TO nianbao_reviewer;
GRANT INSERT, UPDATE, DELETE ON nianbao.report_checks TO nianbao_clerk, nianbao_reviewer, nianbao_admin;
GRANT INSERT, UPDATE (name, kind, parent_id) ON nianbao.agencies TO nianbao_admin;
GRANT INSERT, DELETE ON nianbao.access TO nianbao_admin;
)sql"},
    {2, R"sql(
-- Rights resolved once per statement instead of inside each row's check.
-- Version 1's policies read the recursive views my_agencies and report_state
-- in a subquery per row, and the content tables' policies reach them again
-- through the policy of nianbao.reports nested inside theirs. The planner
-- costs such nested subqueries per row: reading the 400 reports of a board
-- of 200 agencies was estimated at ~900,000 (jit_above_cost is 100,000), so
-- PostgreSQL compiled the plan with LLVM first, which took seconds; and each
-- edit planned the recursive views several times over.
-- Here a policy tests a row's id against the set a function returns; the
-- executor runs the function once per statement (per policy using it) and
-- hashes its rows (a hashed subplan): each row costs one lookup. The
-- functions are plain SQL, run with the caller's rights (current_user is the
-- caller), and read views, which run with their owner's, so no table's
-- policy is consulted inside them. Their SET clause keeps the planner from inlining them (the views stay
-- out of the policies' plans) and a caller's search_path from changing what
-- their operators mean. The sets are exactly the rows the views of
-- version 1 gave, so every role may do exactly what it could before.
-- A clerk's own set is tested first (the sets are evaluated lazily): its
-- edits then never compute everything it may see.

-- The reports of the agencies the role is clerk of (my_agencies' clerk rows
-- are the role's own 'clerk' rows of nianbao.access).
CREATE VIEW nianbao.my_clerk_reports WITH (security_barrier) AS
SELECT r.id AS report_id FROM nianbao.access x JOIN nianbao.reports r ON r.agency_id = x.agency_id
WHERE x.role_name = current_user::text AND x.privilege = 'clerk';
-- Those of them in draft, as report_state says: the last status entry is not
-- a finalise or a submit.
CREATE VIEW nianbao.my_clerk_drafts WITH (security_barrier) AS
SELECT r.id AS report_id FROM nianbao.access x JOIN nianbao.reports r ON r.agency_id = x.agency_id
LEFT JOIN LATERAL (
  SELECT s.action FROM nianbao.audit_log s
  WHERE s.report_id = r.id AND s.action IN ('finalise', 'reopen', 'submit', 'return')
  ORDER BY s.id DESC LIMIT 1) l ON true
WHERE x.role_name = current_user::text AND x.privilege = 'clerk'
  AND (l.action IS NULL OR l.action NOT IN ('finalise', 'submit'));
-- The reports of every agency the role may see.
CREATE VIEW nianbao.my_reports WITH (security_barrier) AS
SELECT r.id AS report_id FROM nianbao.reports r JOIN nianbao.my_agencies m ON m.agency_id = r.agency_id;

CREATE FUNCTION nianbao.clerk_agencies() RETURNS SETOF bigint LANGUAGE sql STABLE ROWS 10
  SET search_path = pg_catalog, pg_temp
  AS $$ SELECT agency_id FROM nianbao.access WHERE role_name = current_user::text AND privilege = 'clerk' $$;
CREATE FUNCTION nianbao.tended_agencies() RETURNS SETOF bigint LANGUAGE sql STABLE ROWS 100
  SET search_path = pg_catalog, pg_temp
  AS $$ SELECT agency_id FROM nianbao.my_agencies WHERE clerk OR reviewer $$;
CREATE FUNCTION nianbao.visible_agencies() RETURNS SETOF bigint LANGUAGE sql STABLE ROWS 100
  SET search_path = pg_catalog, pg_temp
  AS $$ SELECT agency_id FROM nianbao.my_agencies $$;
CREATE FUNCTION nianbao.tree_agencies() RETURNS SETOF bigint LANGUAGE sql STABLE ROWS 100
  SET search_path = pg_catalog, pg_temp
  AS $$ SELECT agency_id FROM nianbao.my_tree $$;
CREATE FUNCTION nianbao.clerk_reports() RETURNS SETOF bigint LANGUAGE sql STABLE ROWS 10
  SET search_path = pg_catalog, pg_temp
  AS $$ SELECT report_id FROM nianbao.my_clerk_reports $$;
CREATE FUNCTION nianbao.draft_reports() RETURNS SETOF bigint LANGUAGE sql STABLE ROWS 10
  SET search_path = pg_catalog, pg_temp
  AS $$ SELECT report_id FROM nianbao.my_clerk_drafts $$;
CREATE FUNCTION nianbao.visible_reports() RETURNS SETOF bigint LANGUAGE sql STABLE ROWS 1000
  SET search_path = pg_catalog, pg_temp
  AS $$ SELECT report_id FROM nianbao.my_reports $$;

REVOKE ALL ON FUNCTION nianbao.clerk_agencies(), nianbao.tended_agencies(), nianbao.visible_agencies(),
  nianbao.tree_agencies(), nianbao.clerk_reports(), nianbao.draft_reports(), nianbao.visible_reports() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION nianbao.clerk_agencies(), nianbao.tended_agencies(), nianbao.visible_agencies(),
  nianbao.tree_agencies(), nianbao.clerk_reports(), nianbao.draft_reports(), nianbao.visible_reports()
  TO nianbao_clerk, nianbao_reviewer, nianbao_admin;
GRANT SELECT ON nianbao.my_clerk_reports, nianbao.my_clerk_drafts, nianbao.my_reports
  TO nianbao_clerk, nianbao_reviewer, nianbao_admin;

ALTER POLICY read ON nianbao.agencies
  USING (id IN (SELECT nianbao.clerk_agencies()) OR id IN (SELECT nianbao.tree_agencies()));
ALTER POLICY change ON nianbao.agencies
  USING (pg_has_role('nianbao_admin', 'MEMBER') OR id IN (SELECT nianbao.clerk_agencies()));

ALTER POLICY read ON nianbao.reports
  USING (agency_id IN (SELECT nianbao.clerk_agencies()) OR agency_id IN (SELECT nianbao.visible_agencies()));
ALTER POLICY add ON nianbao.reports
  WITH CHECK (agency_id IN (SELECT nianbao.clerk_agencies())
              AND updated_by = current_user::text AND updated = now() AND revision = 1);
ALTER POLICY touch ON nianbao.reports
  USING (agency_id IN (SELECT nianbao.clerk_agencies()) OR agency_id IN (SELECT nianbao.tended_agencies()));

ALTER POLICY read ON nianbao.report_info
  USING (report_id IN (SELECT nianbao.clerk_reports()) OR report_id IN (SELECT nianbao.visible_reports()));
ALTER POLICY read ON nianbao.cells
  USING (report_id IN (SELECT nianbao.clerk_reports()) OR report_id IN (SELECT nianbao.visible_reports()));
ALTER POLICY read ON nianbao.texts
  USING (report_id IN (SELECT nianbao.clerk_reports()) OR report_id IN (SELECT nianbao.visible_reports()));
ALTER POLICY read ON nianbao.cell_notes
  USING (report_id IN (SELECT nianbao.clerk_reports()) OR report_id IN (SELECT nianbao.visible_reports()));
ALTER POLICY read ON nianbao.explanations
  USING (report_id IN (SELECT nianbao.clerk_reports()) OR report_id IN (SELECT nianbao.visible_reports()));
ALTER POLICY edit_draft ON nianbao.report_info USING (report_id IN (SELECT nianbao.draft_reports()));
ALTER POLICY edit_draft ON nianbao.cells USING (report_id IN (SELECT nianbao.draft_reports()));
ALTER POLICY edit_draft ON nianbao.texts USING (report_id IN (SELECT nianbao.draft_reports()));
ALTER POLICY edit_draft ON nianbao.cell_notes USING (report_id IN (SELECT nianbao.draft_reports()));
ALTER POLICY edit_draft ON nianbao.explanations USING (report_id IN (SELECT nianbao.draft_reports()));

ALTER POLICY read ON nianbao.snapshots
  USING (report_id IN (SELECT nianbao.clerk_reports()) OR report_id IN (SELECT nianbao.visible_reports()));
ALTER POLICY take ON nianbao.snapshots
  WITH CHECK (taken_by = current_user::text AND taken = now() AND report_id IN (SELECT nianbao.clerk_reports()));
ALTER POLICY read ON nianbao.audit_log
  USING (report_id IN (SELECT nianbao.clerk_reports()) OR report_id IN (SELECT nianbao.visible_reports()));
ALTER POLICY own ON nianbao.report_checks
  USING (checked_by = current_user::text
         AND (report_id IN (SELECT nianbao.clerk_reports()) OR report_id IN (SELECT nianbao.visible_reports())));
ALTER POLICY apply ON nianbao.applied_edits
  WITH CHECK (applied_by = current_user::text AND report_id IN (SELECT nianbao.clerk_reports()));
)sql"},
    {3, R"sql(
-- Finding counts shared by those who check others' reports. Until version 2
-- every role kept and trusted only its own counts, so each of five reviewers
-- refreshing a board while clerks typed read every changed report again and
-- ran its rules itself (about a second of server time per refresh of 200
-- reports). A count recorded by a reviewer or an administrator of a report it
-- is not clerk of is now marked shared, and every role that may read the
-- report uses it. A clerk's own counts stay its own: the server cannot run
-- the rules, and a clerk must not be able to tell reviewers that its report
-- has no errors. WITH CHECK decides who may mark a count shared, whatever
-- the client sends.
ALTER TABLE nianbao.report_checks ADD COLUMN shared boolean NOT NULL DEFAULT false;
CREATE FUNCTION nianbao.may_share_checks() RETURNS boolean LANGUAGE sql STABLE
  SET search_path = pg_catalog, pg_temp
  AS $$ SELECT pg_has_role('nianbao_reviewer', 'MEMBER') OR pg_has_role('nianbao_admin', 'MEMBER') $$;
REVOKE ALL ON FUNCTION nianbao.may_share_checks() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION nianbao.may_share_checks() TO nianbao_clerk, nianbao_reviewer, nianbao_admin;
ALTER POLICY own ON nianbao.report_checks
  USING (checked_by = current_user::text
         AND (report_id IN (SELECT nianbao.clerk_reports()) OR report_id IN (SELECT nianbao.visible_reports())))
  WITH CHECK (checked_by = current_user::text
              AND (report_id IN (SELECT nianbao.clerk_reports()) OR report_id IN (SELECT nianbao.visible_reports()))
              AND (NOT shared OR (nianbao.may_share_checks() AND report_id NOT IN (SELECT nianbao.clerk_reports()))));
CREATE POLICY shared ON nianbao.report_checks FOR SELECT
  USING (shared AND (report_id IN (SELECT nianbao.clerk_reports()) OR report_id IN (SELECT nianbao.visible_reports())));
)sql"},
};

// Serialises concurrent `server init` runs on one database (any number will do).
constexpr qint64 kMigrationLock = 0x6e69616e62616f;

} // namespace

QStringList Migrations::groupRoles()
{
    return {QStringLiteral("nianbao_clerk"), QStringLiteral("nianbao_reviewer"), QStringLiteral("nianbao_admin")};
}

int Migrations::latestVersion()
{
    return std::rbegin(kMigrations)->version;
}

Result<int> Migrations::currentVersion(Connection &c)
{
    auto schema = c.exec("SELECT to_regclass('nianbao.schema_version') IS NOT NULL");
    if (!schema)
        return schema.error();
    if (!schema->boolean(0, 0))
        return 0;
    auto version = c.exec("SELECT COALESCE(max(version), 0) FROM nianbao.schema_version");
    if (!version)
        return version.error();
    return int(version->int64(0, 0));
}

namespace {

Result<bool> adminsMayGrant(Connection &c, const QString &role)
{
    auto held = c.exec("SELECT 1 FROM pg_catalog.pg_auth_members m JOIN pg_catalog.pg_roles r ON r.oid = m.roleid "
                       "JOIN pg_catalog.pg_roles a ON a.oid = m.member "
                       "WHERE r.rolname = $1 AND a.rolname = 'nianbao_admin' AND m.admin_option",
                       Params() << role);
    if (!held)
        return held.error();
    return held->count() > 0;
}

// GRANT … WITH ADMIN OPTION when not yet given. Two inits on two databases of
// one server at once both find it missing; the second GRANT then fails on
// the catalog's unique key, which is fine once the grant is there.
Status grantToAdmins(Connection &c, const QString &role)
{
    auto held = adminsMayGrant(c, role);
    if (!held)
        return held.error();
    if (held.value())
        return success();
    Status granted = c.script(QStringLiteral("GRANT %1 TO nianbao_admin WITH ADMIN OPTION").arg(role));
    if (granted)
        return granted;
    auto again = adminsMayGrant(c, role);
    return again && again.value() ? success() : granted;
}

// CREATE ROLE for each group role missing. Roles belong to the whole server,
// so another database (or a concurrent init) may have made them already.
Status ensureGroupRoles(Connection &c)
{
    for (const QString &role : Migrations::groupRoles()) {
        auto exists = c.exec("SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = $1", Params() << role);
        if (!exists)
            return exists.error();
        if (exists->count() > 0)
            continue;
        auto quoted = c.quoteIdentifier(role);
        if (!quoted)
            return quoted.error();
        Status made = c.script(QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(quoted.value()));
        if (!made) {
            auto again = c.exec("SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = $1", Params() << role);
            if (!again || again->count() == 0)
                return made;
        }
    }
    // Administrators grant the clerk and reviewer roles to people.
    for (const char *role : {"nianbao_clerk", "nianbao_reviewer"})
        if (Status granted = grantToAdmins(c, QString::fromLatin1(role)); !granted)
            return granted;
    return success();
}

} // namespace

Status Migrations::migrate(Connection &c, int upTo)
{
    if (Status roles = ensureGroupRoles(c); !roles)
        return roles;
    for (const Migration &m : kMigrations) {
        if (m.version > upTo)
            break;
        auto tx = Transaction::begin(c);
        if (!tx)
            return tx.error();
        if (auto locked = c.run("SELECT pg_advisory_xact_lock($1)", Params() << kMigrationLock); !locked)
            return locked;
        auto current = currentVersion(c);
        if (!current)
            return current.error();
        if (current.value() >= m.version)
            continue; // rolled back: nothing was changed
        if (Status done = c.script(QString::fromUtf8(m.sql)); !done)
            return done;
        if (Status done = c.run("INSERT INTO nianbao.schema_version(version) VALUES ($1)", Params() << m.version); !done)
            return done;
        if (Status done = tx.value().commit(); !done)
            return done;
    }
    return success();
}

Status Migrations::checkReady(Connection &c)
{
    auto version = currentVersion(c);
    if (!version && version.error().code == QLatin1String("store.denied"))
        return Error{QStringLiteral("store.denied"),
                     tr("用户 %1 在 %2 上还没有任何权限。请管理员用 nianbao-cli server grant 授权。").arg(c.user(), c.describe())};
    if (!version)
        return version.error();
    if (version.value() == 0)
        return Error{QStringLiteral("db.not-set-up"),
                     tr("%1 还没有年报的数据表。请数据库管理员先运行 nianbao-cli server init --db …（只需一次）。")
                         .arg(c.describe())};
    if (version.value() > latestVersion())
        return Error{QStringLiteral("db.newer"),
                     tr("%1 已由更新版本的年报程序升级（数据库版本 %2，本程序只支持到 %3）。请升级本程序。")
                         .arg(c.describe()).arg(version.value()).arg(latestVersion())};
    if (version.value() < latestVersion())
        return Error{QStringLiteral("db.older"),
                     tr("%1 的数据表版本较旧（%2，本程序需要 %3）。请数据库管理员运行 nianbao-cli server init --db … 升级。")
                         .arg(c.describe()).arg(version.value()).arg(latestVersion())};
    return success();
}

} // namespace nb::storage::pg
