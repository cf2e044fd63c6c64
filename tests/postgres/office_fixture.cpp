#include "tests/postgres/office_fixture.h"

#include "core/storage/postgres/pg_server_admin.h"
#include "tests/support/fixtures.h"

#include <catch2/catch.hpp>

namespace nb::test {

using storage::pg::Right;
using storage::pg::ServerAdmin;

const QString Office::kCity = QStringLiteral("示例市人民政府");
const QString Office::kEducation = QStringLiteral("示例市教育局");
const QString Office::kPolice = QStringLiteral("示例市公安局");
const QString Office::kOtherCity = QStringLiteral("另一市人民政府");
const QString Office::kOtherOffice = QStringLiteral("另一市民政局");

report::Report reportOf(const QString &agency, int year)
{
    report::Report r = year == 2022 ? full2022() : full2023();
    r.agencyName = agency;
    r.agencyKind = report::likelyAgencyKind(agency);
    return r;
}

void importAsOwner(const TestDatabase &db, const QList<report::Report> &reports)
{
    storage::ServerOptions options;
    options.connect.conninfo = db.uri();
    auto owner = storage::PgReportStore::open(options);
    INFO((owner ? QString() : owner.error().message).toStdString());
    REQUIRE(owner.ok());
    const Status imported = owner.value()->importReports(reports, false);
    INFO((imported ? QString() : imported.error().message).toStdString());
    REQUIRE(imported.ok());
}

QString outcome(const Status &s)
{
    return s ? QStringLiteral("ok") : s.error().code;
}

Office::Office()
{
    auto owner = store();
    REQUIRE(owner->addAgency({kCity, report::AgencyKind::Government, {}}).ok());
    REQUIRE(owner->addAgency({kEducation, report::AgencyKind::Department, kCity}).ok());
    REQUIRE(owner->addAgency({kPolice, report::AgencyKind::Department, kCity}).ok());
    REQUIRE(owner->addAgency({kOtherCity, report::AgencyKind::Government, {}}).ok());
    REQUIRE(owner->addAgency({kOtherOffice, report::AgencyKind::Department, kOtherCity}).ok());
    REQUIRE(owner->importReports({reportOf(kEducation, 2022), reportOf(kEducation, 2023), reportOf(kPolice, 2022),
                                  reportOf(kPolice, 2023), reportOf(kOtherOffice, 2023)},
                                 false)
                .ok());
    auto c = sql();
    const auto grant = [&](Right right, const QString &agency, const QString &role) {
        auto done = ServerAdmin::grant(*c, right, agency, role);
        INFO((done ? QString() : done.error().message).toStdString());
        REQUIRE(done.ok());
    };
    clerk = db.makeRole(QStringLiteral("clerk"));
    policeClerk = db.makeRole(QStringLiteral("police"));
    reviewer = db.makeRole(QStringLiteral("reviewer"));
    educationReviewer = db.makeRole(QStringLiteral("edureviewer"));
    admin = db.makeRole(QStringLiteral("admin"));
    grant(Right::Clerk, kEducation, clerk);
    grant(Right::Clerk, kPolice, policeClerk);
    grant(Right::Reviewer, kCity, reviewer);
    grant(Right::Reviewer, kEducation, educationReviewer);
    grant(Right::Admin, {}, admin);
}

std::unique_ptr<storage::PgReportStore> Office::store(const QString &role) const
{
    storage::ServerOptions options;
    options.connect.conninfo = db.uri(role);
    auto opened = storage::PgReportStore::open(options);
    INFO((opened ? QString() : opened.error().message).toStdString());
    REQUIRE(opened.ok());
    return std::move(opened.value());
}

std::unique_ptr<storage::pg::Connection> Office::sql(const QString &role) const
{
    auto c = storage::pg::Connection::open({db.uri(role)});
    INFO((c ? QString() : c.error().message).toStdString());
    REQUIRE(c.ok());
    return std::move(c.value());
}

qint64 Office::reportId(const QString &agency, int year) const
{
    auto c = sql();
    auto row = c->exec("SELECT r.id FROM nianbao.reports r JOIN nianbao.agencies a ON a.id = r.agency_id "
                       "WHERE a.name = $1 AND r.year = $2",
                       storage::pg::Params() << agency << year);
    REQUIRE(row.ok());
    REQUIRE(row->count() == 1);
    return row->int64(0, 0);
}

} // namespace nb::test
