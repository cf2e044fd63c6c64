#pragma once
// A fresh database on the throwaway test cluster (tests/postgres/test_server.sh,
// started by the ctest fixture nb_pg), set up with `server init`, dropped
// again at the end. The cluster's address comes from NB_TEST_PG; a test that
// needs it fails (never skips) when it is missing.
#include <QString>
#include <QStringList>

namespace nb::test {

// NB_TEST_PG, or a failed REQUIRE saying how to run the test.
QString testServerUri();

// The URI of `database` on the server at `serverUri`, as `user` (libpq's
// default user, the operating system's, when empty).
QString databaseUri(const QString &serverUri, const QString &database, const QString &user = {});

class TestDatabase {
public:
    // Created on the test cluster and initialised (schema, policies, group roles).
    TestDatabase();
    // The same on another server (a private cluster of one test).
    explicit TestDatabase(const QString &serverUri);
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    const QString &name() const { return m_name; }
    QString uri(const QString &user = {}) const { return databaseUri(m_server, m_name, user); }
    // A login role made for this test (dropped with the database), with a
    // name no other test uses.
    QString makeRole(const QString &stem);
    // Runs SQL as the cluster's superuser on this database; REQUIREs success.
    void superuserSql(const QString &sql) const;

private:
    void create();
    QString m_server;
    QString m_name;
    QStringList m_roles;
};

} // namespace nb::test
