#pragma once
// An office on the test server: a database set up by `server init`, a tree
// (city ← education, police; another city ← its department), 2022 and 2023
// reports of education and police, and login roles with rights granted as
// `server grant` grants them: a clerk of education, a clerk of police, a
// reviewer of the city, a reviewer of education, an administrator.
#include "core/storage/postgres/pg_connection.h"
#include "core/storage/postgres/pg_report_store.h"
#include "tests/postgres/test_database.h"

#include <memory>

namespace nb::test {

struct Office {
    static const QString kCity, kEducation, kPolice, kOtherCity, kOtherOffice;

    TestDatabase db;
    QString clerk, policeClerk, reviewer, educationReviewer, admin;

    Office();
    // The store as the product opens it, connected as `role` (the owner when empty).
    std::unique_ptr<storage::PgReportStore> store(const QString &role = {}) const;
    // A raw connection, as somebody with psql would have.
    std::unique_ptr<storage::pg::Connection> sql(const QString &role = {}) const;
    // The row id of a report (read as the owner).
    qint64 reportId(const QString &agency, int year) const;
};

// The full fixture report under another agency's name.
report::Report reportOf(const QString &agency, int year);
// Stores `reports` in `db` as its owner, before a test connects as somebody else.
void importAsOwner(const TestDatabase &db, const QList<report::Report> &reports);
// "ok", or the error code: what the server (or the store) answered.
QString outcome(const Status &s);
template <typename T>
QString outcome(const Result<T> &r)
{
    return r ? QStringLiteral("ok") : r.error().code;
}

} // namespace nb::test
