#include "core/storage/migrations.h"

#include "core/storage/transaction.h"

#include <iterator>

namespace nb::storage {

namespace {

struct Migration {
    int version;
    const char *sql;
};

// Append new migrations at the end; never edit one that has shipped.
constexpr Migration kMigrations[] = {
    {1, R"sql(
CREATE TABLE agencies(
  id   INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL CHECK(kind IN ('government', 'department')));

CREATE TABLE reports(
  id              INTEGER PRIMARY KEY,
  agency_id       INTEGER NOT NULL REFERENCES agencies(id),
  year            INTEGER NOT NULL,
  status          TEXT NOT NULL DEFAULT 'draft' CHECK(status IN ('draft', 'final')),
  document_number TEXT NOT NULL DEFAULT '',
  publish_date    TEXT NOT NULL DEFAULT '',
  texts_to_revise TEXT NOT NULL DEFAULT '',
  revision        INTEGER NOT NULL DEFAULT 0,
  created         TEXT NOT NULL,
  updated         TEXT NOT NULL,
  UNIQUE(agency_id, year));

-- Cell keys are stored once and referred to by number: a database of
-- thousands of reports stays a quarter of the size.
CREATE TABLE cell_keys(
  id  INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE);

CREATE TABLE cells(
  report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  key_id    INTEGER NOT NULL REFERENCES cell_keys(id),
  value     TEXT NOT NULL,
  PRIMARY KEY(report_id, key_id)) WITHOUT ROWID;

CREATE TABLE texts(
  report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  section   TEXT NOT NULL,
  text      TEXT NOT NULL,
  PRIMARY KEY(report_id, section)) WITHOUT ROWID;

CREATE TABLE cell_notes(
  report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  key       TEXT NOT NULL,
  note      TEXT NOT NULL,
  PRIMARY KEY(report_id, key)) WITHOUT ROWID;

CREATE TABLE explanations(
  report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  rule      TEXT NOT NULL,
  text      TEXT NOT NULL,
  PRIMARY KEY(report_id, rule)) WITHOUT ROWID;

CREATE TABLE snapshots(
  id        INTEGER PRIMARY KEY,
  report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  taken     TEXT NOT NULL,
  reason    TEXT NOT NULL,
  content   TEXT NOT NULL);
CREATE INDEX snapshots_by_report ON snapshots(report_id, id);

CREATE TABLE audit_log(
  id          INTEGER PRIMARY KEY,
  at          TEXT NOT NULL,
  agency_id   INTEGER NOT NULL REFERENCES agencies(id),
  year        INTEGER NOT NULL,
  action      TEXT NOT NULL,
  reason      TEXT NOT NULL DEFAULT '',
  snapshot_id INTEGER);
CREATE INDEX audit_by_report ON audit_log(agency_id, year, id);

PRAGMA application_id = 1312969296;
)sql"},
    // The collection tree, statuses submitted/returned, who changed what, and
    // the finding counts kept for the board (contract §9).
    {2, R"sql(
ALTER TABLE agencies ADD COLUMN parent_id INTEGER REFERENCES agencies(id);
CREATE INDEX agencies_by_parent ON agencies(parent_id);

ALTER TABLE reports ADD COLUMN submission TEXT NOT NULL DEFAULT ''
  CHECK(submission IN ('', 'submitted', 'returned'));
ALTER TABLE reports ADD COLUMN return_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE reports ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
CREATE INDEX reports_by_year ON reports(year, agency_id);

ALTER TABLE audit_log ADD COLUMN who TEXT NOT NULL DEFAULT '';

-- Finding counts as of a revision of the report and of its previous year;
-- a cache: core/collection checks again whenever either has moved on.
CREATE TABLE report_checks(
  report_id         INTEGER PRIMARY KEY REFERENCES reports(id) ON DELETE CASCADE,
  revision          INTEGER NOT NULL,
  previous_revision INTEGER NOT NULL,
  errors            INTEGER NOT NULL,
  warnings          INTEGER NOT NULL,
  infos             INTEGER NOT NULL,
  unexplained       INTEGER NOT NULL,
  error_rules       TEXT NOT NULL DEFAULT '');
)sql"},
};

static_assert(Migrations::kApplicationId == 1312969296, "the migration text repeats the application id");

} // namespace

int Migrations::latestVersion()
{
    return std::rbegin(kMigrations)->version;
}

Status Migrations::migrate(Database &db)
{
    auto current = db.pragma("PRAGMA user_version");
    if (!current)
        return current.error();
    for (const auto &m : kMigrations) {
        if (m.version <= current->toInt())
            continue;
        auto tx = Transaction::begin(db, Transaction::Kind::Write);
        if (!tx)
            return tx.error();
        if (auto done = db.exec(m.sql); !done)
            return done;
        const QByteArray bump = "PRAGMA user_version = " + QByteArray::number(m.version);
        if (auto done = db.exec(bump.constData()); !done)
            return done;
        if (auto done = tx.value().commit(); !done)
            return done;
    }
    return success();
}

} // namespace nb::storage
