// The store contract for collecting reports (contract §9): the agency tree,
// submitting and returning, the bulk reads of a year and the kept finding
// counts. Every case runs against every store in NB_STORE_FACTORIES.
#include "tests/store/store_factories.h"
#include "tests/support/catch_qt.h"
#include "tests/support/fixtures.h"
#include "tests/support/office_names.h"

#include <catch2/catch.hpp>

using namespace nb;
using namespace nb::report;
using nb::store::AgencyInfo;
using nb::store::ChangeHint;
using nb::store::CheckSummary;
using nb::store::ReportId;
using nb::store::ReportStore;

using namespace nb::test::office;

namespace {

// The full fixture under another agency's name.
Report reportOf(const QString &agency, int year = 2023)
{
    Report r = year == 2022 ? test::full2022() : test::full2023();
    r.agencyName = agency;
    r.agencyKind = likelyAgencyKind(agency);
    return r;
}

QString code(const Status &s)
{
    return s ? QStringLiteral("ok") : s.error().code;
}

QMap<QString, QString> parents(ReportStore &store)
{
    QMap<QString, QString> out;
    const QList<AgencyInfo> list = store.agencies().value();
    for (const AgencyInfo &a : list)
        out.insert(a.name, a.parent);
    return out;
}

// city ← education, district ← district office
void buildTree(ReportStore &store)
{
    REQUIRE(store.addAgency({kCity, AgencyKind::Government, {}}).ok());
    REQUIRE(store.addAgency({kEducation, AgencyKind::Department, kCity}).ok());
    REQUIRE(store.addAgency({kDistrict, AgencyKind::Government, kCity}).ok());
    REQUIRE(store.addAgency({kDistrictOffice, AgencyKind::Department, kDistrict}).ok());
}

} // namespace

TEMPLATE_TEST_CASE("store contract: agencies form a tree — adding refuses blank, taken names and unknown parents",
                   "[store][collection]", NB_STORE_FACTORIES)
{
    TestType factory;
    auto store = factory.make();
    CHECK(store->agencies().value().isEmpty());
    buildTree(*store);
    const auto list = store->agencies().value();
    REQUIRE(list.size() == 4);
    CHECK(parents(*store) == QMap<QString, QString>{{kCity, {}}, {kEducation, kCity}, {kDistrict, kCity},
                                                     {kDistrictOffice, kDistrict}});
    for (const AgencyInfo &a : list)
        CHECK(a.kind == (a.name.contains(QStringLiteral("人民政府")) ? AgencyKind::Government : AgencyKind::Department));

    CHECK(code(store->addAgency({QStringLiteral("  "), AgencyKind::Department, {}})) == QStringLiteral("store.invalid"));
    CHECK(code(store->addAgency({kEducation, AgencyKind::Department, {}})) == QStringLiteral("store.exists"));
    CHECK(code(store->addAgency({QStringLiteral("示例市公安局"), AgencyKind::Department, QStringLiteral("没有的政府")}))
          == QStringLiteral("store.not-found"));
    CHECK(store->agencies().value().size() == 4);
    // An agency without any report is still an agency: its (empty) history can be asked for.
    CHECK(store->auditLog({kEducation, 2023}).value().isEmpty());
}

TEMPLATE_TEST_CASE("store contract: moving an agency keeps its reports, refuses cycles and unknown names",
                   "[store][collection]", NB_STORE_FACTORIES)
{
    TestType factory;
    auto store = factory.make();
    buildTree(*store);
    const Report office = reportOf(kDistrictOffice);
    REQUIRE(store->create(office).ok());
    REQUIRE(store->create(reportOf(kDistrictOffice, 2022)).ok());
    const qint64 revision = store->revision({kDistrictOffice, 2023}).value();

    REQUIRE(store->setParent(kDistrictOffice, kCity).ok());
    CHECK(parents(*store).value(kDistrictOffice) == kCity);
    Report back = store->load({kDistrictOffice, 2023}).value();
    CHECK(back.agencyParent == kCity);
    back.agencyParent.clear();
    Report expected = office;
    CHECK(back == expected);
    CHECK(store->load({kDistrictOffice, 2022}).ok());
    CHECK(store->revision({kDistrictOffice, 2023}).value() == revision); // content untouched

    CHECK(code(store->setParent(kCity, kCity)) == QStringLiteral("store.cycle"));
    CHECK(code(store->setParent(kCity, kDistrict)) == QStringLiteral("store.cycle")); // below it
    CHECK(code(store->setParent(QStringLiteral("没有的局"), kCity)) == QStringLiteral("store.not-found"));
    CHECK(code(store->setParent(kEducation, QStringLiteral("没有的政府"))) == QStringLiteral("store.not-found"));
    CHECK(parents(*store).value(kCity).isEmpty());

    REQUIRE(store->setParent(kDistrict, QString()).ok()); // to the top
    CHECK(parents(*store).value(kDistrict).isEmpty());
    REQUIRE(store->setParent(kCity, kDistrict).ok()); // no longer a cycle
    CHECK(parents(*store).value(kCity) == kDistrict);

    // Renaming keeps the agencies below it under it.
    REQUIRE(store->renameAgency(kCity, QStringLiteral("示例市人民政府（新）")).ok());
    CHECK(parents(*store).value(kEducation) == QStringLiteral("示例市人民政府（新）"));
    CHECK(parents(*store).value(kDistrictOffice) == QStringLiteral("示例市人民政府（新）"));
}

TEMPLATE_TEST_CASE("store contract: a report naming a parent places its agency — a cycle refuses the whole import",
                   "[store][collection]", NB_STORE_FACTORIES)
{
    TestType factory;
    auto store = factory.make();
    Report education = reportOf(kEducation);
    education.agencyParent = kCity; // not known yet: added, a government by its name
    REQUIRE(store->importReport(education, false).ok());
    CHECK(parents(*store) == QMap<QString, QString>{{kCity, {}}, {kEducation, kCity}});
    const auto agencies = store->agencies().value();
    CHECK(agencies.constFirst().kind == AgencyKind::Government);
    CHECK(store->load({kEducation, 2023}).value().agencyParent == kCity);

    Report city = reportOf(kCity);
    city.agencyParent = kEducation; // the city below its own department
    CHECK(code(store->importReport(city, false)) == QStringLiteral("store.cycle"));
    CHECK(store->load({kCity, 2023}).error().code == QStringLiteral("store.not-found"));
    CHECK(parents(*store).value(kCity).isEmpty());

    Report district = reportOf(kDistrict);
    district.agencyParent = kCity;
    REQUIRE(store->create(district).ok());
    CHECK(parents(*store).value(kDistrict) == kCity);

    // A report naming no parent leaves the tree as it is; writing never moves an agency.
    Report again = reportOf(kEducation);
    REQUIRE(store->importReport(again, true).ok());
    CHECK(parents(*store).value(kEducation) == kCity);
    again.agencyParent = kDistrict;
    REQUIRE(store->write(again, ChangeHint{{}, {}, true, true}).ok());
    CHECK(parents(*store).value(kEducation) == kCity);
}

TEMPLATE_TEST_CASE("store contract: only a final report is submitted — submitting is logged with who and when",
                   "[store][collection]", NB_STORE_FACTORIES)
{
    TestType factory;
    auto store = factory.make();
    const ReportId id{kCity, 2023};
    REQUIRE(store->create(test::full2022()).ok());
    REQUIRE(store->create(test::full2023()).ok());
    CHECK(code(store->submit({kCity, 1999})) == QStringLiteral("store.not-found"));
    CHECK(code(store->submit(id)) == QStringLiteral("store.not-final"));
    CHECK(store->reportState(id).value().collectionStatus() == CollectionStatus::Draft);

    REQUIRE(store->setStatus(id, ReportStatus::Final, {}).ok());
    CHECK(store->reportState(id).value().collectionStatus() == CollectionStatus::Final);
    const qint64 before = store->revision(id).value();
    const QDateTime start = QDateTime::currentDateTime().addSecs(-1);
    REQUIRE(store->submit(id).ok());
    CHECK(store->revision(id).value() > before);
    const auto state = store->reportState(id).value();
    CHECK(state.collectionStatus() == CollectionStatus::Submitted);
    CHECK(state.status == ReportStatus::Final);
    CHECK(state.updatedBy == store::currentUserName());
    CHECK(code(store->submit(id)) == QStringLiteral("store.submitted"));

    // Submitted: the agency cannot take it back, nor change it.
    CHECK(code(store->setStatus(id, ReportStatus::Draft, QStringLiteral("想改"))) == QStringLiteral("store.submitted"));
    CHECK(code(store->write(test::full2023(), ChangeHint{{}, {}, false, true})) == QStringLiteral("store.final"));
    CHECK(store->reportState(id).value().collectionStatus() == CollectionStatus::Submitted);

    const auto log = store->auditLog(id).value();
    REQUIRE(log.size() == 2);
    CHECK(log[0].action == QStringLiteral("finalise"));
    CHECK(log[1].action == QStringLiteral("submit"));
    CHECK(log[1].who == store::currentUserName());
    CHECK_FALSE(log[1].who.isEmpty());
    CHECK(log[1].at >= start);
    CHECK(log[1].at <= QDateTime::currentDateTime().addSecs(1));
}

TEMPLATE_TEST_CASE("store contract: a submitted report is returned with a reason, shown until finalised again",
                   "[store][collection]", NB_STORE_FACTORIES)
{
    TestType factory;
    auto store = factory.make();
    const ReportId id{kCity, 2023};
    REQUIRE(store->create(test::full2022()).ok());
    REQUIRE(store->create(test::full2023()).ok());
    REQUIRE(store->setStatus(id, ReportStatus::Final, {}).ok());
    CHECK(code(store->returnReport(id, QStringLiteral("数据有误"))) == QStringLiteral("store.not-submitted"));
    REQUIRE(store->submit(id).ok());
    CHECK(code(store->returnReport(id, QStringLiteral("  "))) == QStringLiteral("store.reason-required"));
    CHECK(code(store->returnReport({kCity, 1999}, QStringLiteral("数据有误"))) == QStringLiteral("store.not-found"));

    REQUIRE(store->returnReport(id, QStringLiteral(" 第三部分结转数与上年不符 ")).ok());
    auto state = store->reportState(id).value();
    CHECK(state.collectionStatus() == CollectionStatus::Returned);
    CHECK(state.status == ReportStatus::Draft);
    CHECK(state.returnReason == QStringLiteral("第三部分结转数与上年不符"));
    CHECK(store->load(id).value().status == ReportStatus::Draft);
    CHECK(code(store->returnReport(id, QStringLiteral("再退一次"))) == QStringLiteral("store.not-submitted"));

    // A draft again: it takes edits and keeps the reason through them.
    Report edited = test::full2023();
    edited.texts[QStringLiteral("problems")] = QStringLiteral("按退回意见修改后的问题说明，内容与上年不同，共计六十字以上的文字用于避免雷同检查。");
    REQUIRE(store->write(edited, ChangeHint{{}, {QStringLiteral("problems")}, false, false}).ok());
    CHECK(store->reportState(id).value().returnReason == QStringLiteral("第三部分结转数与上年不符"));
    CHECK(code(store->submit(id)) == QStringLiteral("store.not-final"));

    REQUIRE(store->setStatus(id, ReportStatus::Final, {}).ok());
    state = store->reportState(id).value();
    CHECK(state.collectionStatus() == CollectionStatus::Final);
    CHECK(state.returnReason.isEmpty());
    REQUIRE(store->submit(id).ok());

    QStringList actions, reasons, who;
    const auto log = store->auditLog(id).value();
    for (const auto &entry : log) {
        actions << entry.action;
        reasons << entry.reason;
        who << entry.who;
    }
    CHECK(actions == QStringList{"finalise", "submit", "return", "finalise", "submit"});
    CHECK(reasons[2] == QStringLiteral("第三部分结转数与上年不符"));
    CHECK(who == QStringList(5, store::currentUserName()));
}

TEMPLATE_TEST_CASE("store contract: the states of a year come in one list, with previous revisions and kept checks",
                   "[store][collection]", NB_STORE_FACTORIES)
{
    TestType factory;
    auto store = factory.make();
    CHECK(store->reportStates(2023).value().isEmpty());
    REQUIRE(store->create(reportOf(kEducation, 2022)).ok());
    REQUIRE(store->create(reportOf(kEducation)).ok());
    REQUIRE(store->create(reportOf(kCity)).ok());
    REQUIRE(store->addAgency({kDistrict, AgencyKind::Government, {}}).ok()); // no report: not a state

    auto states = store->reportStates(2023).value();
    REQUIRE(states.size() == 2);
    std::sort(states.begin(), states.end(), [](const auto &a, const auto &b) { return a.id.agency < b.id.agency; });
    const auto &city = states[0].id.agency == kCity ? states[0] : states[1];
    const auto &education = states[0].id.agency == kCity ? states[1] : states[0];
    CHECK(city.previousRevision == -1);
    CHECK(education.previousRevision == store->revision({kEducation, 2022}).value());
    CHECK(education.revision == store->revision({kEducation, 2023}).value());
    CHECK(education.kind == AgencyKind::Department);
    CHECK(education.updated.isValid());
    CHECK(education.updatedBy == store::currentUserName());
    CHECK_FALSE(education.check);
    CHECK_FALSE(education.checkIsCurrent());

    CheckSummary check;
    check.revision = education.revision;
    check.previousRevision = education.previousRevision;
    check.errors = 2;
    check.warnings = 3;
    check.infos = 1;
    check.unexplained = 2;
    check.errorRules = QStringList{"R3-BALANCE", "X-CARRY"};
    CheckSummary stale = check;
    stale.revision = education.revision - 1; // of an older state: not kept
    stale.errors = 99;
    REQUIRE(store->recordChecks({{education.id, check}, {city.id, stale}}).ok());
    CHECK(store->revision(education.id).value() == education.revision); // a cache: no revision moved
    auto kept = store->reportState(education.id).value();
    REQUIRE(kept.check);
    CHECK(*kept.check == check);
    CHECK(kept.checkIsCurrent());
    CHECK_FALSE(store->reportState(city.id).value().check);

    // A change of the report or of its previous year makes the kept counts stale.
    REQUIRE(store->write(reportOf(kEducation, 2022), ChangeHint{{}, {}, false, true}).ok());
    kept = store->reportState(education.id).value();
    CHECK(kept.check == check);
    CHECK_FALSE(kept.checkIsCurrent());
    CHECK(kept.previousRevision == store->revision({kEducation, 2022}).value());
}

TEMPLATE_TEST_CASE("store contract: many reports load at once, exactly as one by one", "[store][collection]",
                   NB_STORE_FACTORIES)
{
    TestType factory;
    auto store = factory.make();
    Report education = reportOf(kEducation);
    education.agencyParent = kCity;
    education.cellNotes[QStringLiteral("requests.new.natural")] = QStringLiteral("含网上申请");
    education.explanations[QStringLiteral("X-STOCK")] = QStringLiteral("修订计入制发");
    REQUIRE(store->create(education).ok());
    REQUIRE(store->create(reportOf(kEducation, 2022)).ok());
    REQUIRE(store->create(reportOf(kDistrict)).ok());
    const QList<ReportId> ids{{kEducation, 2023}, {kDistrict, 2023}, {kEducation, 2022}, {kCity, 2023}, {kDistrict, 1999}};
    const auto many = store->loadMany(ids).value();
    REQUIRE(many.size() == 3); // the city has no report of its own, nor the district for 1999
    for (const Report &r : many)
        CHECK(r == store->load({r.agencyName, r.year}).value());
    CHECK(store->loadMany({}).value().isEmpty());
}
