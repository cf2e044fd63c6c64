// 汇总 → 机关管理: adding, renaming and moving agencies, by the form, by the
// parent field and by dropping on the tree. Every change is the store's; a
// refusal (cycle, unknown, taken name) is said in the dialog and changes
// nothing; moving never touches a report.
#include "tests/collection/collection_fixture.h"
#include "tests/support/office_names.h"
#include "tests/ui/window_fixture.h"
#include "ui/agency_manager_dialog.h"
#include "ui/agency_tree_model.h"

#include <QComboBox>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QTest>
#include <QTreeView>
#include <catch2/catch.hpp>

using nb::report::AgencyKind;
using nb::store::AgencyInfo;
using nb::test::UiFixture;
using nb::ui::AgencyManagerDialog;
using nb::ui::AgencyTreeModel;

using namespace nb::test::office;

namespace {

// city ← education (with a 2023 report), police; district at the top.
AgencyManagerDialog *managerWithTree(UiFixture &f)
{
    REQUIRE(f.store.create(nb::test::cleanReport(kEducation, 2023)).ok());
    REQUIRE(f.store.setParent(kEducation, kCity).ok());
    AgencyManagerDialog *dialog = f.window->showAgencyManager();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    REQUIRE(dialog->addAgency({kPolice, AgencyKind::Department, kCity}).ok());
    REQUIRE(dialog->addAgency({kDistrict, AgencyKind::Government, QString()}).ok());
    return dialog;
}

// The agency the tree shows above `agency` ("" at the top); fails when it is not shown.
QString shownParent(AgencyManagerDialog *dialog, const QString &agency)
{
    const QModelIndex index = dialog->model()->indexOf(agency);
    REQUIRE(index.isValid());
    return dialog->model()->agencyAt(index.parent());
}

int reportCount(nb::store::ReportStore &store)
{
    auto list = store.list();
    REQUIRE(list.ok());
    return int(list.value().size());
}

} // namespace

TEST_CASE("机关管理 adds agencies under a parent, from the form and its Enter key", "[ui][collection][agencies]")
{
    UiFixture f;
    AgencyManagerDialog *dialog = managerWithTree(f);
    CHECK(shownParent(dialog, kPolice) == kCity);
    CHECK(shownParent(dialog, kDistrict).isEmpty());
    CHECK(nb::test::parentsOf(f.store).value(kPolice) == kCity);

    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("newAgencyName"));
    auto *kind = dialog->findChild<QComboBox *>(QStringLiteral("newAgencyKind"));
    auto *parent = dialog->findChild<QComboBox *>(QStringLiteral("newAgencyParent"));
    REQUIRE(name);
    REQUIRE(kind);
    REQUIRE(parent);
    const QString office = QStringLiteral("东区民政局");
    name->setFocus();
    QInputMethodEvent typed;
    typed.setCommitString(office);
    QCoreApplication::sendEvent(name, &typed);
    parent->setCurrentIndex(parent->findData(kDistrict));
    kind->setCurrentIndex(kind->findData(int(AgencyKind::Department)));
    QTest::keyClick(name, Qt::Key_Return);
    CHECK(name->text().isEmpty());
    CHECK(shownParent(dialog, office) == kDistrict);
    CHECK(dialog->selectedAgency() == office);
    const auto agencies = f.store.agencies().value();
    CHECK(agencies.contains(AgencyInfo{office, AgencyKind::Department, kDistrict}));
}

TEST_CASE("机关管理 refuses a taken name, a blank one or an unknown parent, and changes nothing", "[ui][collection][agencies]")
{
    UiFixture f;
    AgencyManagerDialog *dialog = managerWithTree(f);
    const auto before = f.store.agencies().value();
    const int rows = dialog->model()->rowCount();

    const nb::Status taken = dialog->addAgency({kPolice, AgencyKind::Department, kDistrict});
    REQUIRE_FALSE(taken.ok());
    CHECK(dialog->message().contains(QStringLiteral("不能添加")));
    CHECK(dialog->message().contains(kPolice));
    CHECK_FALSE(dialog->addAgency({QStringLiteral("  "), AgencyKind::Department, QString()}).ok());
    CHECK(dialog->message().contains(QStringLiteral("不能为空")));
    CHECK_FALSE(dialog->addAgency({QStringLiteral("某局"), AgencyKind::Department, QStringLiteral("没有这个政府")}).ok());
    CHECK(dialog->message().contains(QStringLiteral("没有这个政府")));
    const nb::Status renamed = dialog->renameAgency(kPolice, kEducation);
    REQUIRE_FALSE(renamed.ok());
    CHECK(dialog->message().contains(QStringLiteral("不能改名")));

    CHECK(f.store.agencies().value() == before);
    CHECK(dialog->model()->rowCount() == rows);
    CHECK(shownParent(dialog, kPolice) == kCity);
}

TEST_CASE("机关管理 renames an agency with all its reports, and the open report follows", "[ui][collection][agencies]")
{
    UiFixture f;
    AgencyManagerDialog *dialog = managerWithTree(f);
    const int reports = reportCount(f.store);

    dialog->selectAgency(kEducation);
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("agencyName"));
    REQUIRE(name);
    CHECK(name->text() == kEducation);
    const QString renamed = QStringLiteral("示例市教育体育局");
    name->setText(renamed);
    dialog->findChild<QPushButton *>(QStringLiteral("renameAgency"))->click();
    CHECK(dialog->message().contains(renamed));
    CHECK(shownParent(dialog, renamed) == kCity);
    CHECK_FALSE(dialog->model()->indexOf(kEducation).isValid());
    CHECK(f.store.load({renamed, 2023}).ok());
    CHECK(reportCount(f.store) == reports);

    // The agency of the open report: the window now shows it under its new name.
    const QString city = QStringLiteral("示例市政府");
    REQUIRE(dialog->renameAgency(kCity, city).ok());
    REQUIRE(f.window->session());
    CHECK(f.window->session()->id() == nb::store::ReportId{city, 2023});
    CHECK(shownParent(dialog, renamed) == city); // the agencies below follow it
    CHECK(reportCount(f.store) == reports);
}

TEST_CASE("机关管理 moves an agency by its parent field, never into itself, keeping every report",
          "[ui][collection][agencies]")
{
    UiFixture f;
    AgencyManagerDialog *dialog = managerWithTree(f);
    const int reports = reportCount(f.store);

    dialog->selectAgency(kEducation);
    auto *parent = dialog->findChild<QComboBox *>(QStringLiteral("agencyParent"));
    REQUIRE(parent);
    CHECK(parent->currentData().toString() == kCity);
    CHECK(parent->findData(kEducation) < 0); // not into itself
    parent->setCurrentIndex(parent->findData(kDistrict));
    dialog->findChild<QPushButton *>(QStringLiteral("moveAgency"))->click();
    CHECK(shownParent(dialog, kEducation) == kDistrict);
    CHECK(nb::test::parentsOf(f.store).value(kEducation) == kDistrict);
    CHECK(f.store.load({kEducation, 2023}).ok());
    CHECK(reportCount(f.store) == reports);
    CHECK(dialog->selectedAgency() == kEducation);

    // The city below its own department: a cycle, refused, nothing changed.
    dialog->selectAgency(kCity);
    CHECK(parent->findData(kPolice) < 0); // the field does not offer what is below it
    const auto before = f.store.agencies().value();
    const nb::Status cycle = dialog->moveAgency(kCity, kPolice);
    REQUIRE_FALSE(cycle.ok());
    CHECK(cycle.error().code == QStringLiteral("store.cycle"));
    CHECK(dialog->message().contains(QStringLiteral("不能移动")));
    CHECK(f.store.agencies().value() == before);
    CHECK(shownParent(dialog, kPolice) == kCity);

    // Back to the top.
    REQUIRE(dialog->moveAgency(kEducation, QString()).ok());
    CHECK(shownParent(dialog, kEducation).isEmpty());
}

TEST_CASE("机关管理 moves an agency dropped on another in the tree", "[ui][collection][agencies]")
{
    UiFixture f;
    AgencyManagerDialog *dialog = managerWithTree(f);
    AgencyTreeModel *model = dialog->model();
    QTreeView *tree = dialog->tree();
    const int reports = reportCount(f.store);

    // A drop as the view receives it: on the middle of the district's row.
    std::unique_ptr<QMimeData> dragged(model->mimeData({model->indexOf(kEducation)}));
    REQUIRE(dragged);
    const QPoint onDistrict = tree->visualRect(model->indexOf(kDistrict)).center();
    QDragEnterEvent enter(onDistrict, Qt::MoveAction, dragged.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(tree->viewport(), &enter);
    QDragMoveEvent move(onDistrict, Qt::MoveAction, dragged.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(tree->viewport(), &move);
    QDropEvent drop(onDistrict, Qt::MoveAction, dragged.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(tree->viewport(), &drop);
    REQUIRE(QTest::qWaitFor([&] { return nb::test::parentsOf(f.store).value(kEducation) == kDistrict; }, 2000));
    CHECK(shownParent(dialog, kEducation) == kDistrict);
    CHECK(reportCount(f.store) == reports);

    // The model's own path: dropped between the top rows, to the top; onto itself below, refused.
    std::unique_ptr<QMimeData> police(model->mimeData({model->indexOf(kPolice)}));
    CHECK_FALSE(model->dropMimeData(police.get(), Qt::MoveAction, 0, 0, QModelIndex())); // the store moves, not the model
    REQUIRE(QTest::qWaitFor([&] { return nb::test::parentsOf(f.store).value(kPolice).isEmpty(); }, 2000));
    CHECK(shownParent(dialog, kPolice).isEmpty());

    std::unique_ptr<QMimeData> city(model->mimeData({model->indexOf(kCity)}));
    CHECK_FALSE(model->dropMimeData(city.get(), Qt::MoveAction, -1, -1, model->indexOf(kCity)));
    REQUIRE(QTest::qWaitFor([&] { return dialog->message().contains(QStringLiteral("不能移动")); }, 2000));
    CHECK(nb::test::parentsOf(f.store).value(kCity).isEmpty());
}
