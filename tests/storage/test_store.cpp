// What the SQLite store does beyond the contract every store passes
// (tests/store/test_store_contract.cpp): a restart reads what was written,
// and a batch import is one transaction.
#include "core/report/engine.h"
#include "tests/storage/storage_fixture.h"

#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace nb;
using namespace nb::report;
using nb::store::ChangeHint;
using nb::store::ReportId;

namespace {

const QString kAgency = QStringLiteral("示例市人民政府");

struct Fixture {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("nianbao.sqlite3"));
    std::unique_ptr<storage::SqliteReportStore> store = test::openOrFail(path);
    Report full = test::packageFixture(QStringLiteral("full-2023.nianbao.json"));
    Report previous = test::packageFixture(QStringLiteral("full-2022.nianbao.json"));
};

QStringList actions(storage::SqliteReportStore &store, const ReportId &id)
{
    QStringList list;
    const auto log = store.auditLog(id).value(); // a copy: the Result is a temporary
    for (const auto &entry : log)
        list << entry.action;
    return list;
}

QStringList reasons(storage::SqliteReportStore &store, const ReportId &id)
{
    QStringList list;
    const auto snapshots = store.snapshots(id).value();
    for (const auto &s : snapshots)
        list << s.reason;
    return list;
}

} // namespace

TEST_CASE("a second store on the same file (a restart) reads what the first wrote", "[storage]")
{
    Fixture f;
    f.full.cells[QStringLiteral("active.fees.amount")] = *Decimal::fromString(QStringLiteral("4166.241600"));
    f.full.documentNumber = QStringLiteral("示政办〔2024〕1号");
    f.full.publishDate = QDate(2024, 3, 20);
    f.full.explanations[QStringLiteral("X-STOCK")] = QStringLiteral("本年修订文件计入制发");
    f.full.textsToRevise = QStringList{QStringLiteral("problems")};
    REQUIRE(f.store->create(f.full).ok());
    REQUIRE(f.store->takeSnapshot({kAgency, 2023}, QStringLiteral("手动")).ok());
    f.store.reset();
    auto reopened = test::openOrFail(f.path);
    CHECK(reopened->load({kAgency, 2023}).value() == f.full);
    CHECK(reasons(*reopened, {kAgency, 2023}) == QStringList{QStringLiteral("手动")});
}

TEST_CASE("a batch import is one transaction: one refusal leaves every report as it was", "[storage]")
{
    Fixture f;
    REQUIRE(f.store->importReports({f.previous}, false).ok());
    const ReportId id{kAgency, 2022};
    Report changed = f.previous;
    changed.texts[QStringLiteral("other")] = QStringLiteral("新导入的文字");
    const auto refused = f.store->importReports({f.full, changed}, false);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == QStringLiteral("store.exists"));
    CHECK(f.store->load({kAgency, 2023}).error().code == QStringLiteral("store.not-found")); // rolled back
    CHECK(f.store->load(id).value().texts == f.previous.texts);
    CHECK(reasons(*f.store, id) == QStringList{QStringLiteral("导入")});
    CHECK(actions(*f.store, id) == QStringList{QStringLiteral("import")});

    REQUIRE(f.store->importReports({f.full, changed}, true).ok());
    CHECK(f.store->load({kAgency, 2023}).value().cells == f.full.cells);
    CHECK(f.store->load(id).value().texts.value(QStringLiteral("other")) == QStringLiteral("新导入的文字"));
}
