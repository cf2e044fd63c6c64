#pragma once
// A PostgreSQL cluster of one test's own (tests/postgres/test_server.sh), so
// that the test may stop and start it without disturbing the others.
#include <QString>
#include <QTemporaryDir>

namespace nb::test {

struct PrivateServer {
    PrivateServer();
    ~PrivateServer();
    PrivateServer(const PrivateServer &) = delete;
    PrivateServer &operator=(const PrivateServer &) = delete;
    // start | stop | pause | resume; REQUIREs success, returns what it printed.
    QString run(const QString &action) const;

    QTemporaryDir parent{QStringLiteral("/tmp/nb-pgp-XXXXXX")};
    QString dir;
    QString uri;
};

} // namespace nb::test
