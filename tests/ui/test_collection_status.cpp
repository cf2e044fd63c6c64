// 汇总 → 报送 and 退回 through the main window: a report is submitted only
// when final, returned only with a reason; the status bar says where it
// stands, and a returned report shows the office's reason above it until it
// is finalised again. Each lands in the audit log with who and when; a
// submit or return made by another program shows in the window too.
#include "core/store/report_store.h"
#include "tests/ui/sqlite_window.h"
#include "tests/ui/window_fixture.h"

#include <QAction>
#include <QInputDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <catch2/catch.hpp>

using nb::report::CollectionStatus;
using nb::test::UiFixture;

namespace {

nb::store::AuditEntry lastAudit(nb::store::ReportStore &store, const nb::store::ReportId &id)
{
    auto log = store.auditLog(id);
    REQUIRE(log.ok());
    REQUIRE_FALSE(log.value().isEmpty());
    return log.value().last();
}

QStringList collectionMenuActions(QMainWindow &window)
{
    QStringList names;
    for (QAction *a : window.menuBar()->actions())
        if (a->menu() && a->menu()->objectName() == QLatin1String("collectionMenu"))
            for (QAction *item : a->menu()->actions())
                if (!item->isSeparator())
                    names << item->objectName();
    return names;
}

} // namespace

TEST_CASE("汇总 menu holds the agency manager, the board, 汇总, 对比上年, 报送 and 退回", "[ui][collection]")
{
    UiFixture f;
    const QStringList names = collectionMenuActions(*f.window);
    CHECK(names == QStringList{QStringLiteral("actionAgencyManager"), QStringLiteral("actionBoard"),
                               QStringLiteral("actionAggregate"), QStringLiteral("actionCompare"),
                               QStringLiteral("actionSubmit"), QStringLiteral("actionReturn")});
}

TEST_CASE("报送 needs a final report, 退回 a reason, whose text stays on the report until it is final again",
          "[ui][collection]")
{
    UiFixture f;
    CHECK(f.window->statusText().contains(QStringLiteral("草稿")));

    const nb::Status refused = f.window->submit();
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("还没有定稿")));
    CHECK(f.window->collectionStatus() == CollectionStatus::Draft);

    REQUIRE(f.window->finalise().ok());
    CHECK(f.window->statusText().contains(QStringLiteral("已定稿")));
    CHECK(f.action("actionSubmit")->isEnabled());
    CHECK_FALSE(f.action("actionReturn")->isEnabled());

    REQUIRE(f.window->submit().ok());
    CHECK(f.window->collectionStatus() == CollectionStatus::Submitted);
    CHECK(f.window->statusText().contains(QStringLiteral("已报送")));
    CHECK_FALSE(f.action("actionSubmit")->isEnabled());
    CHECK_FALSE(f.action("actionReopen")->isEnabled()); // only the office gives it back
    CHECK(f.action("actionReturn")->isEnabled());
    const nb::store::AuditEntry submitted = lastAudit(f.store, f.id);
    CHECK(submitted.action == QStringLiteral("submit"));
    CHECK(submitted.who == nb::store::currentUserName());
    CHECK(submitted.at.secsTo(QDateTime::currentDateTimeUtc()) < 60);

    const nb::Status noReason = f.window->returnReport(QStringLiteral("  "));
    REQUIRE_FALSE(noReason.ok());
    CHECK(noReason.error().message.contains(QStringLiteral("理由")));
    CHECK(f.window->collectionStatus() == CollectionStatus::Submitted);

    const QString reason = QStringLiteral("二、主动公开情况的数字与网站不一致");
    REQUIRE(f.window->returnReport(reason).ok());
    CHECK(f.window->collectionStatus() == CollectionStatus::Returned);
    CHECK(f.window->statusText().contains(QStringLiteral("已退回")));
    CHECK_FALSE(f.session().isFinal()); // a draft again, editable
    CHECK(f.window->returnedBar()->isVisible());
    CHECK(f.window->returnedText().contains(reason));
    CHECK(f.window->returnedText().contains(nb::store::currentUserName()));
    const nb::store::AuditEntry returned = lastAudit(f.store, f.id);
    CHECK(returned.action == QStringLiteral("return"));
    CHECK(returned.reason == reason);
    CHECK(returned.who == nb::store::currentUserName());

    // Still shown after switching away and back, until finalised again.
    f.window->showWelcome();
    CHECK_FALSE(f.window->returnedBar()->isVisible());
    REQUIRE(f.window->openReport(f.id));
    CHECK(f.window->returnedText().contains(reason));
    REQUIRE(f.window->finalise().ok());
    CHECK(f.window->returnedText().isEmpty());
    CHECK_FALSE(f.window->returnedBar()->isVisible());
    CHECK(f.window->statusText().contains(QStringLiteral("已定稿")));
}

TEST_CASE("报送 from the menu says why a draft is refused, and 退回 from the menu asks the reason", "[ui][collection]")
{
    UiFixture f;
    QString said;
    nb::test::answerNextModal([&](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        REQUIRE(box);
        said = box->text();
        box->accept();
    });
    f.action("actionSubmit")->trigger();
    CHECK(said.contains(QStringLiteral("定稿")));
    CHECK(f.window->collectionStatus() == CollectionStatus::Draft);

    REQUIRE(f.window->finalise().ok());
    nb::test::answerNextModal([](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        REQUIRE(box);
        CHECK(box->objectName() == QStringLiteral("submitConfirmation"));
        box->button(QMessageBox::Yes)->click();
    });
    f.action("actionSubmit")->trigger();
    REQUIRE(f.window->collectionStatus() == CollectionStatus::Submitted);

    const QString reason = QStringLiteral("请补充第五部分");
    nb::test::answerNextModal([&](QWidget *modal) {
        auto *ask = qobject_cast<QInputDialog *>(modal);
        REQUIRE(ask);
        ask->setTextValue(reason);
        ask->accept();
    });
    f.action("actionReturn")->trigger();
    CHECK(f.window->collectionStatus() == CollectionStatus::Returned);
    CHECK(f.window->returnedText().contains(reason));
}

TEST_CASE("A submit and a return made by another program show in the open window", "[ui][collection][elsewhere]")
{
    nb::test::SqliteWindow w;
    REQUIRE(w.window->finalise().ok());
    auto opened = nb::storage::SqliteReportStore::open(w.path); // another program's connection
    REQUIRE(opened.ok());
    nb::storage::SqliteReportStore &other = *opened.value();
    REQUIRE(other.submit(w.id).ok());
    REQUIRE(QTest::qWaitFor([&] { return w.window->collectionStatus() == CollectionStatus::Submitted; }, 5000));
    CHECK(w.window->statusText().contains(QStringLiteral("已报送")));

    const QString reason = QStringLiteral("数字有误");
    REQUIRE(other.returnReport(w.id, reason).ok());
    REQUIRE(QTest::qWaitFor([&] { return w.window->collectionStatus() == CollectionStatus::Returned; }, 5000));
    CHECK_FALSE(w.session().isFinal());
    CHECK(w.window->returnedText().contains(reason));
}
