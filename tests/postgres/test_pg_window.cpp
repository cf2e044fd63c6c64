// The desktop window on a server: File → 打开数据库… builds the address from
// the form and asks for a password only when the server wants one (kept in
// memory, never in the settings); the window says at once when the server
// goes away, keeps taking edits, and says when they are all on the server.
#include "core/storage/postgres/open_store.h"
#include "core/storage/postgres/pg_report_store.h"
#include "tests/postgres/office_fixture.h"
#include "tests/postgres/private_server.h"
#include "tests/support/fixtures.h"
#include "tests/ui/window_fixture.h"
#include "core/collection/aggregate.h"
#include "ui/aggregate_window.h"
#include "ui/open_database_dialog.h"

#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

using namespace nb;
using nb::ui::OpenDatabaseDialog;

namespace {

ui::DatabaseOpener refusing(QStringList &seenPasswords)
{
    return [&seenPasswords](const QString &, const QString &password) -> Result<std::unique_ptr<store::ReportStore>> {
        seenPasswords << password;
        if (password != QStringLiteral("对的密码"))
            return Error{QStringLiteral("store.password"), QStringLiteral("数据库服务器要求输入密码。")};
        return std::unique_ptr<store::ReportStore>(std::make_unique<store::MemoryReportStore>());
    };
}

} // namespace

TEST_CASE("open database: the form gives a file, a URI without password, or a service", "[postgres][window]")
{
    test::isolateSettings();
    QStringList passwords;
    OpenDatabaseDialog dialog(refusing(passwords), QStringLiteral("/tmp/年报.sqlite3"));
    CHECK(dialog.tabs()->currentIndex() == 0);
    CHECK(dialog.address() == QStringLiteral("/tmp/年报.sqlite3"));

    dialog.tabs()->setCurrentIndex(1);
    dialog.host()->setText(QStringLiteral("db.example.gov.cn"));
    dialog.port()->setValue(6543);
    dialog.database()->setText(QStringLiteral("年报"));
    dialog.user()->setText(QStringLiteral("zhangsan"));
    dialog.encryption()->setCurrentIndex(dialog.encryption()->findData(QStringLiteral("verify-full")));
    const QString uri = dialog.address();
    CHECK(uri == QStringLiteral("postgresql://zhangsan@db.example.gov.cn:6543/%E5%B9%B4%E6%8A%A5?sslmode=verify-full"));
    CHECK(storage::isServerAddress(uri));

    // Opened again from that address, the form shows the same.
    OpenDatabaseDialog again(refusing(passwords), uri);
    CHECK(again.tabs()->currentIndex() == 1);
    CHECK(again.host()->text() == QStringLiteral("db.example.gov.cn"));
    CHECK(again.port()->value() == 6543);
    CHECK(again.database()->text() == QStringLiteral("年报"));
    CHECK(again.encryption()->currentData().toString() == QStringLiteral("verify-full"));
    CHECK(again.address() == uri);

    dialog.host()->clear();
    dialog.port()->setValue(5432);
    dialog.user()->clear();
    dialog.encryption()->setCurrentIndex(dialog.encryption()->findData(QStringLiteral("prefer")));
    CHECK(dialog.address() == QStringLiteral("postgresql:///%E5%B9%B4%E6%8A%A5")); // this computer's server
    dialog.service()->setText(QStringLiteral("office"));
    CHECK(dialog.address() == QStringLiteral("service=office"));
    CHECK(ui::describeAddress(QStringLiteral("service=office")).contains(QStringLiteral("office")));
}

TEST_CASE("open database: a password is asked for when the server wants one and is kept nowhere", "[postgres][window]")
{
    test::isolateSettings();
    QSettings().clear();
    QStringList passwords;
    OpenDatabaseDialog dialog(refusing(passwords), QStringLiteral("postgresql://zhangsan@db.example.gov.cn/nianbao"));
    CHECK(dialog.password()->isHidden()); // not asked before the server wants it
    CHECK_FALSE(dialog.tryOpen());
    CHECK(dialog.problem().contains(QStringLiteral("密码")));
    CHECK_FALSE(dialog.password()->isHidden());
    dialog.password()->setText(QStringLiteral("错的密码"));
    CHECK_FALSE(dialog.tryOpen());
    dialog.password()->setText(QStringLiteral("对的密码"));
    REQUIRE(dialog.tryOpen());
    CHECK(passwords == QStringList{QString(), QStringLiteral("错的密码"), QStringLiteral("对的密码")});
    CHECK(dialog.password()->text().isEmpty());

    test::UiFixture f;
    auto *window = f.window->openDatabaseWindow(dialog.takeStore(), dialog.address());
    CHECK(ui::MainWindow::rememberedDatabase() == QStringLiteral("postgresql://zhangsan@db.example.gov.cn/nianbao"));
    QSettings settings;
    for (const QString &key : settings.allKeys())
        CHECK_FALSE(settings.value(key).toString().contains(QStringLiteral("对的密码")));
    CHECK(storage::displayAddress(QStringLiteral("postgresql://zhang:secret@host/db")) == QStringLiteral("postgresql://zhang@host/db"));
    CHECK(storage::displayAddress(QStringLiteral("host=h password=secret dbname=x")) == QStringLiteral("host=h dbname=x"));
    window->close();
}

TEST_CASE("open database: a password written into the address is refused before connecting, so it is never remembered",
          "[postgres][window]")
{
    test::isolateSettings();
    QSettings().clear();
    QStringList passwords;
    OpenDatabaseDialog dialog(refusing(passwords), QStringLiteral("/tmp/年报.sqlite3"));
    const auto refusedBeforeConnecting = [&](const QString &where) {
        INFO(where.toStdString());
        CHECK_FALSE(dialog.tryOpen());
        CHECK(dialog.problem().contains(QStringLiteral("地址中不能写密码")));
        CHECK(passwords.isEmpty()); // the opener was never called
    };
    dialog.file()->setText(QStringLiteral("postgresql://zhang:secret@db.example.gov.cn/nianbao"));
    refusedBeforeConnecting(dialog.address());
    dialog.file()->setText(QStringLiteral("host=db.example.gov.cn dbname=nianbao password=secret"));
    refusedBeforeConnecting(dialog.address());
    dialog.tabs()->setCurrentIndex(1);
    dialog.service()->setText(QStringLiteral("office password=secret"));
    refusedBeforeConnecting(dialog.address());
    // Without the password, the same addresses go to the server.
    dialog.service()->setText(QStringLiteral("office"));
    CHECK_FALSE(dialog.tryOpen());
    CHECK(passwords == QStringList{QString()});
    dialog.tabs()->setCurrentIndex(0);
    dialog.file()->setText(QStringLiteral("/tmp/password=不是密码.sqlite3")); // a file name, no password in it
    CHECK_FALSE(dialog.tryOpen());
    CHECK_FALSE(dialog.problem().contains(QStringLiteral("地址中不能写密码")));
    CHECK(passwords.size() == 2); // given to the opener
    for (const QString &key : QSettings().allKeys())
        CHECK_FALSE(QSettings().value(key).toString().contains(QStringLiteral("secret")));
}

TEST_CASE("the window on a server says at once that it is gone, keeps the edits, and says when they are sent",
          "[postgres][window][offline]")
{
    test::isolateSettings();
    QSettings().clear();
    test::PrivateServer server;
    test::TestDatabase db(server.uri);
    QTemporaryDir journals;
    {
        auto owner = storage::openStore(db.uri());
        REQUIRE(owner.ok());
        REQUIRE(owner.value()->importReports({test::full2022(), test::full2023()}, false).ok());
    }
    storage::OpenStoreOptions options;
    options.journalFolder = journals.path();
    auto store = storage::openStore(db.uri(), options);
    REQUIRE(store.ok());
    ui::MainWindow window(*store.value());
    window.setDatabaseAddress(db.uri());
    window.show();
    const store::ReportId id{test::full2023().agencyName, 2023};
    REQUIRE(window.openReport(id));
    CHECK(window.serverStateText() == QStringLiteral("服务器：已连接"));
    CHECK(window.saveProblemText().isEmpty());

    server.run(QStringLiteral("pause"));
    REQUIRE(QTest::qWaitFor([&] { return window.serverStateText().contains(QStringLiteral("连不上")); }, 1000));
    CHECK(window.saveProblemText().contains(QStringLiteral("连不上数据库服务器")));
    const int cell = window.session()->definition().cellIndex(QStringLiteral("requests.new.natural"));
    REQUIRE(window.session()->setCellText(cell, QStringLiteral("321")).ok());
    CHECK(window.serverStateText().contains(QStringLiteral("1 项")));
    CHECK(window.saveProblemText().contains(QStringLiteral("1 项")));

    server.run(QStringLiteral("resume"));
    REQUIRE(QTest::qWaitFor([&] { return window.serverStateText() == QStringLiteral("服务器：已连接"); }, 15000));
    CHECK(window.saveProblemText().isEmpty());
    auto check = storage::openStore(db.uri());
    REQUIRE(check.ok());
    CHECK(check.value()->load(id).value().cells.value(QStringLiteral("requests.new.natural")).toString() == QStringLiteral("321"));
    window.close();
}

TEST_CASE("a reviewer's 汇总 window on a server follows clerks' edits of its year and of the year before",
          "[postgres][window][aggregate]")
{
    test::isolateSettings();
    test::Office office;
    auto reviewer = office.store(office.reviewer);
    auto clerk = office.store(office.clerk);
    ui::AggregateWindow window(*reviewer);
    window.show(); // a hidden window does not recompute
    REQUIRE(window.choose(test::Office::kCity, 2023));
    REQUIRE(window.aggregate());
    REQUIRE(window.aggregate()->previous);
    const QString carried = QStringLiteral("requests.carried_out.natural");
    const QString added = QStringLiteral("requests.new.natural");
    const auto cellOf = [&](const report::Report &r, const QString &key) { return r.cells.value(key).toInt64().value_or(0); };
    const qint64 before = cellOf(*window.aggregate()->previous, carried);
    const qint64 addedBefore = cellOf(window.aggregate()->report, added);

    // This year's report: the sum follows (told by the server; the window does not poll it).
    report::Report now = clerk->load({test::Office::kEducation, 2023}).value();
    now.cells[added] = report::Decimal::fromInteger(cellOf(now, added) + 100);
    REQUIRE(clerk->write(now, store::ChangeHint{{added}, {}, false, false}).ok());
    REQUIRE(QTest::qWaitFor([&] { return cellOf(window.aggregate()->report, added) == addedBefore + 100; }, 3000));
    QTest::qWait(500); // every announcement of that edit taken, so that only the next one can recompute

    // Last year's report: last year's aggregate (AGG-CARRY's other side) follows too.
    report::Report last = clerk->load({test::Office::kEducation, 2022}).value();
    last.cells[carried] = report::Decimal::fromInteger(cellOf(last, carried) + 7);
    REQUIRE(clerk->write(last, store::ChangeHint{{carried}, {}, false, false}).ok());
    REQUIRE(QTest::qWaitFor([&] { return cellOf(*window.aggregate()->previous, carried) == before + 7; }, 3000));
}
