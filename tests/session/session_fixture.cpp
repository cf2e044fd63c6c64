#include "tests/session/session_fixture.h"

#include "core/interchange/package.h"

#include <catch2/catch.hpp>

namespace nb::test {

report::Report loadFixture(const QString &name)
{
    auto r = interchange::Package::readFile(QStringLiteral(NB_TEST_DATA "/") + name, *report::Definition::builtin());
    REQUIRE(r.ok());
    return r.value();
}

SessionFixture::SessionFixture()
{
    const report::Report current = loadFixture(QStringLiteral("full-2023.nianbao.json"));
    REQUIRE(store.create(loadFixture(QStringLiteral("full-2022.nianbao.json"))).ok());
    REQUIRE(store.create(current).ok());
    auto opened = session::DraftSession::open(store, {current.agencyName, current.year});
    REQUIRE(opened.ok());
    session = std::move(opened.value());
}

int SessionFixture::cell(const char *key) const
{
    const int i = def().cellIndex(QString::fromUtf8(key));
    REQUIRE(i >= 0);
    return i;
}

QString SessionFixture::shown(const char *key) const
{
    const report::CellValue v = session->engine().value(cell(key));
    return v ? v->toString() : QString();
}

} // namespace nb::test
