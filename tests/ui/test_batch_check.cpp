// The desktop's batch check (reviewer's view of many published reports) and the
// import preview of a report whose title names neither agency nor year: the
// user types agency, kind and year instead of being refused.
#include "tests/ui/window_fixture.h"
#include "ui/batch_check_dialog.h"
#include "ui/import_preview_dialog.h"

#include <QComboBox>
#include <QFile>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTreeWidget>
#include <catch2/catch.hpp>

using nb::test::UiFixture;

namespace {

QString published(const char *name)
{
    return QStringLiteral(NB_TEST_DATA "/published/") + QLatin1String(name);
}

// Chinese text typed as an input method commits it (QTest::keyClicks cannot type it).
void typeChinese(QWidget *widget, const QString &text)
{
    widget->setFocus();
    QInputMethodEvent commit;
    commit.setCommitString(text);
    QCoreApplication::sendEvent(widget, &commit);
}

QString untitledReport()
{
    QString text = QString::fromUtf8([] {
        QFile f(published("web-2023.txt"));
        REQUIRE(f.open(QIODevice::ReadOnly));
        return f.readAll();
    }());
    text.remove(0, text.indexOf(u'\n') + 1);
    text.replace(QStringLiteral("统计期限为2023年1月1日至2023年12月31日"), QString());
    text.replace(QStringLiteral("2023年，示范市人民政府深入贯彻"), QStringLiteral("本机关深入贯彻"));
    const QString path = QDir::temp().filePath(QStringLiteral("nianbao-untitled-%1.txt").arg(QCoreApplication::applicationPid()));
    QFile out(path);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(text.toUtf8());
    return path;
}

} // namespace

TEST_CASE("Batch check: one row per report with its counts, findings and quotes under it", "[ui][batch]")
{
    UiFixture f;
    const QStringList files{published("web-2023.txt"), published("finding-rt-new.txt"), published("finding-rt-year.txt"),
                            QStringLiteral("/nonexistent/报告.txt")};
    QPointer<nb::ui::BatchCheckDialog> dialog = f.window->showBatchCheck(files);
    REQUIRE(dialog);
    QTreeWidget *rows = dialog->results();
    REQUIRE(rows->topLevelItemCount() == 4);
    CHECK(rows->topLevelItem(0)->text(1) == QStringLiteral("示范市人民政府"));
    CHECK(rows->topLevelItem(0)->text(2) == QStringLiteral("2023"));
    CHECK(rows->topLevelItem(0)->childCount() == 0);
    // RT-NEW: one warning, its finding with the sentence it quotes.
    QTreeWidgetItem *rtNew = rows->topLevelItem(1);
    CHECK(rtNew->text(3) == QStringLiteral("0"));
    CHECK(rtNew->text(4) == QStringLiteral("1"));
    REQUIRE(rtNew->childCount() == 1);
    CHECK(rtNew->child(0)->text(0).contains(QStringLiteral("RT-NEW")));
    CHECK(rtNew->child(0)->text(0).contains(QStringLiteral("原文：“全年共收到政府信息公开申请2232件")));
    CHECK(rows->topLevelItem(2)->text(3) == QStringLiteral("1")); // RT-YEAR is an error
    CHECK(rows->topLevelItem(3)->text(1) == QStringLiteral("无法读取"));
    REQUIRE(rows->topLevelItem(3)->childCount() == 1);
    CHECK(rows->topLevelItem(3)->child(0)->text(0).contains(QStringLiteral("报告.txt")));

    // The reviewer's report, as the command line writes it.
    const QString html = QDir::temp().filePath(QStringLiteral("nianbao-review-%1.html").arg(QCoreApplication::applicationPid()));
    REQUIRE(dialog->saveReport(html).ok());
    QFile file(html);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString page = QString::fromUtf8(file.readAll());
    CHECK(page.contains(QStringLiteral("共 4 个文件：读取 3 个，无法读取 1 个")));
    CHECK(page.contains(QStringLiteral("<td>RT-YEAR</td>")));
    CHECK(dialog->statusText().contains(html));
    file.remove();
    // A name it cannot write is said beside the buttons, nothing written.
    const QString pdf = QDir::temp().filePath(QStringLiteral("nianbao-review.pdf"));
    CHECK_FALSE(dialog->saveReport(pdf).ok());
    CHECK(dialog->statusText().contains(QStringLiteral(".csv")));
    CHECK_FALSE(QFile::exists(pdf));
}

TEST_CASE("Import preview: agency, kind and year are typed when the report does not name them", "[ui][import]")
{
    UiFixture f;
    const QString path = untitledReport();
    auto read = f.window->readImportFile(path);
    QFile::remove(path);
    REQUIRE(read.ok()); // never refused for a missing title
    REQUIRE(read->report.agencyName.isEmpty());
    QPointer<nb::ui::ImportPreviewDialog> dialog = f.window->showImportPreview(read.value(), QStringLiteral("untitled.txt"));
    REQUIRE(dialog);
    CHECK_FALSE(dialog->createButton()->isEnabled());
    // A name no store takes is refused beside the buttons, naming the character.
    for (const QString &hostile : {QStringLiteral("示范局'; DROP TABLE reports; --"), QStringLiteral("../示范局"),
                                   QStringLiteral("示范局\u001b[2J")}) {
        dialog->agencyEdit()->setText(hostile);
        INFO(dialog->targetText().toStdString());
        CHECK_FALSE(dialog->createButton()->isEnabled());
        CHECK(dialog->targetText().contains(QStringLiteral("不能使用的字符")));
    }
    dialog->agencyEdit()->clear();
    typeChinese(dialog->agencyEdit(), QStringLiteral("示范县人民政府"));
    CHECK(dialog->agencyEdit()->text() == QStringLiteral("示范县人民政府"));
    // The kind follows the name until the user picks one.
    CHECK(nb::report::AgencyKind(dialog->kindBox()->currentData().toInt()) == nb::report::AgencyKind::Government);
    typeChinese(dialog->agencyEdit(), QStringLiteral("教育局"));
    CHECK(nb::report::AgencyKind(dialog->kindBox()->currentData().toInt()) == nb::report::AgencyKind::Department);
    dialog->kindBox()->setCurrentIndex(dialog->kindBox()->findData(int(nb::report::AgencyKind::Other)));
    emit dialog->kindBox()->activated(dialog->kindBox()->currentIndex());
    typeChinese(dialog->agencyEdit(), QStringLiteral("中心"));
    CHECK(nb::report::AgencyKind(dialog->kindBox()->currentData().toInt()) == nb::report::AgencyKind::Other);
    dialog->yearBox()->setValue(2023);
    REQUIRE(dialog->createButton()->isEnabled());
    QTest::mouseClick(dialog->createButton(), Qt::LeftButton);
    QCoreApplication::processEvents();
    const nb::store::ReportId target{QStringLiteral("示范县人民政府教育局中心"), 2023};
    auto stored = f.store.load(target);
    REQUIRE(stored.ok());
    CHECK(stored->agencyKind == nb::report::AgencyKind::Other);
    CHECK(stored->cells == read->report.cells);
}
