// The manual built into the application (帮助 → 使用说明), the list of keyboard
// shortcuts (帮助 → 键盘快捷键), and the ways into a rule's entry: a finding's
// "?", F1 on a finding, 规则说明.
#include "tests/support/catch_qt.h"
#include "tests/ui/window_fixture.h"

#include "ui/finding_delegate.h"
#include "ui/findings_panel.h"
#include "ui/import_preview_dialog.h"
#include "ui/report_preview.h"
#include "ui/manual.h"
#include "ui/manual_window.h"
#include "ui/report_editor.h"
#include "ui/shortcuts_dialog.h"
#include "ui/text_page.h"
#include "ui/welcome_page.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QPushButton>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>
#include <catch2/catch.hpp>

using nb::test::UiFixture;
using nb::ui::Manual;

namespace {
QSet<QString> definitionRules()
{
    QSet<QString> ids;
    for (const auto &rule : nb::report::Definition::builtin()->rules())
        ids.insert(rule.id);
    return ids;
}

int cjkCount(const QString &s)
{
    return int(std::count_if(s.begin(), s.end(), [](QChar c) { return c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff; }));
}

// Latin words of three letters or more: what makes a text English.
int englishWords(const QString &s)
{
    static const QRegularExpression word(QStringLiteral(R"(\b[A-Za-z]{3,}\b)"));
    int n = 0;
    for (auto it = word.globalMatch(s); it.hasNext(); it.next())
        ++n;
    return n;
}

nb::ui::ManualWindow *manualOf(const nb::ui::MainWindow &window)
{
    return window.findChild<nb::ui::ManualWindow *>();
}

// The findings list with R3-BALANCE in it (one figure of 三 off) and that finding's item.
QTreeWidgetItem *balanceFinding(UiFixture &f)
{
    const int cell = f.session().definition().cellIndex(QStringLiteral("requests.new.natural"));
    REQUIRE(f.session().setCellText(cell, QStringLiteral("400")).ok());
    QTreeWidget *tree = f.window->editor()->findingsPanel()->tree();
    const auto found = tree->findItems(QStringLiteral("R3-BALANCE"), Qt::MatchExactly | Qt::MatchRecursive, 1);
    REQUIRE_FALSE(found.isEmpty());
    return found.first();
}
} // namespace

TEST_CASE("Every rule of the definition has an entry in both languages, and no entry is stale", "[ui][help]")
{
    const QSet<QString> rules = definitionRules();
    REQUIRE(rules.contains(QStringLiteral("X-TEXT-TEMPLATE")));
    for (const QString &language : Manual::languages()) {
        INFO(language.toStdString());
        QSet<QString> documented;
        for (const nb::ui::RuleEntry &e : Manual::ruleEntries(language)) {
            INFO(e.id.toStdString());
            CHECK(rules.contains(e.id));
            CHECK_FALSE(documented.contains(e.id)); // one entry each
            documented.insert(e.id);
            CHECK_FALSE(e.family.isEmpty());
            CHECK(e.body.contains(language == QLatin1String("en") ? QStringLiteral("**Example:**") : QStringLiteral("**例：**")));
            if (language == QLatin1String("en")) { // real English, not Chinese with an English heading
                // A title may name a section (二) or a term of the form (规章), no more.
                CHECK(englishWords(e.title) >= 3);
                CHECK(cjkCount(e.title) <= 2);
                CHECK(englishWords(e.body) >= 12);
            }
        }
        CHECK(documented == rules);
    }
}

TEST_CASE("Both languages have the same chapters and words, and every link and placeholder resolves", "[ui][help]")
{
    REQUIRE(Manual::chapterIds(QStringLiteral("zh_CN")).size() >= 8);
    CHECK(Manual::chapterIds(QStringLiteral("zh_CN")) == Manual::chapterIds(QStringLiteral("en")));
    const QStringList zhLabels = Manual::labels(QStringLiteral("zh_CN")).keys();
    const QStringList enLabels = Manual::labels(QStringLiteral("en")).keys();
    CHECK(QSet<QString>(zhLabels.begin(), zhLabels.end()) == QSet<QString>(enLabels.begin(), enLabels.end()));
    CHECK(Manual::keyRows(QStringLiteral("zh_CN")).size() == Manual::keyRows(QStringLiteral("en")).size());
    CHECK(Manual::keyRows(QStringLiteral("en")).size() >= 10);

    static const QRegularExpression link(QStringLiteral(R"(\]\(((?:topic|rule):[^)]+)\))"));
    for (const QString &language : Manual::languages()) {
        INFO(language.toStdString());
        const Manual manual(*nb::report::Definition::builtin(), language, {{}, QStringLiteral("/tmp/x.sqlite3")});
        for (const auto &topic : manual.topics()) {
            INFO(topic.id.toStdString());
            CHECK_FALSE(topic.title.isEmpty());
            CHECK_FALSE(topic.markdown.contains(QLatin1String("{{")));
            CHECK_FALSE(topic.markdown.contains(QLatin1String("param.")));  // every parameter has its words
            CHECK_FALSE(topic.markdown.contains(QLatin1String("rule.undocumented")));
            for (auto it = link.globalMatch(topic.markdown); it.hasNext();) {
                const QString target = Manual::topicOfLink(it.next().captured(1));
                INFO(target.toStdString());
                CHECK(manual.topic(target));
            }
            if (language == QLatin1String("en") && !topic.id.startsWith(QLatin1String("rule:")))
                CHECK(englishWords(topic.markdown) >= 10);
        }
        for (const QString &rule : definitionRules())
            CHECK(manual.topic(Manual::ruleTopic(rule)));
        CHECK(manual.topic(QStringLiteral("data"))->markdown.contains(QStringLiteral("/tmp/x.sqlite3")));
    }
}

TEST_CASE("A rule's entry shows its ID, severity and parameters as the definition has them", "[ui][help]")
{
    const Manual zh(*nb::report::Definition::builtin(), QStringLiteral("zh_CN"), {});
    const auto *copy = zh.topic(Manual::ruleTopic(QStringLiteral("X-TEXT-COPY")));
    REQUIRE(copy);
    CHECK(copy->title == QStringLiteral("X-TEXT-COPY 文字与上年度雷同"));
    CHECK(copy->markdown.contains(QStringLiteral("**级别**：警告")));
    CHECK(copy->markdown.contains(QStringLiteral("相似度阈值：0.9")));
    CHECK(copy->markdown.contains(QStringLiteral("五、存在的主要问题及改进情况")));
    CHECK(copy->markdown.contains(QStringLiteral("**例：**")));
    const auto *fee = zh.topic(Manual::ruleTopic(QStringLiteral("RS-SEC6-INFOFEE")));
    REQUIRE(fee);
    CHECK(fee->markdown.contains(QStringLiteral("“国办函〔2020〕109号”")));

    const Manual en(*nb::report::Definition::builtin(), QStringLiteral("en"), {});
    const auto *balance = en.topic(Manual::ruleTopic(QStringLiteral("R3-BALANCE")));
    REQUIRE(balance);
    CHECK(balance->title.startsWith(QStringLiteral("R3-BALANCE Received plus carried over")));
    CHECK(balance->markdown.contains(QStringLiteral("**Severity:** Error")));

    // A rule added to the definition gets its topic at once, with what the definition says.
    QFile file(nb::report::Definition::builtinPath());
    REQUIRE(file.open(QIODevice::ReadOnly));
    QByteArray json = file.readAll();
    const QByteArray extra = R"({"id": "X-NEW-RULE", "severity": "info", "title": "新的规则", "check": "x_same_numbers", "sections": ["requests"]},)";
    json.replace(R"("rules": [)", QByteArray(R"("rules": [)") + extra);
    auto changed = nb::report::Definition::fromJson(json);
    REQUIRE(changed.ok());
    const Manual grown(*changed.value(), QStringLiteral("zh_CN"), {});
    const auto *added = grown.topic(Manual::ruleTopic(QStringLiteral("X-NEW-RULE")));
    REQUIRE(added);
    CHECK(added->markdown.contains(QStringLiteral("新的规则")));
    CHECK(added->markdown.contains(QStringLiteral("提示")));
    CHECK(grown.topic(QStringLiteral("rules"))->markdown.contains(QStringLiteral("X-NEW-RULE")));
}

TEST_CASE("帮助 → 使用说明 opens the manual, links go to their topic, back returns", "[ui][help]")
{
    UiFixture f;
    QAction *manual = f.action("actionManual");
    REQUIRE(manual);
    CHECK(manual->shortcuts().contains(QKeySequence(QKeySequence::HelpContents)));
    manual->trigger();
    nb::ui::ManualWindow *w = manualOf(*f.window);
    REQUIRE(w);
    REQUIRE(QTest::qWaitForWindowExposed(w));
    CHECK(w->page()->toPlainText().contains(QStringLiteral("从新建到发布")));
    REQUIRE(w->showTopic(QStringLiteral("create")));
    // A link in the page, as a click on it sends it.
    emit w->page()->anchorClicked(QUrl(QStringLiteral("rule:X-TEXT-TEMPLATE")));
    CHECK(w->currentTopic() == QStringLiteral("rule:X-TEXT-TEMPLATE"));
    CHECK(w->page()->toPlainText().contains(QStringLiteral("结转来的文字仍有上年的数字")));
    CHECK(w->topicTree()->currentItem()->text(0).startsWith(QStringLiteral("X-TEXT-TEMPLATE")));
    REQUIRE(QTest::qWaitForWindowActive(w));
    REQUIRE(w->searchField()->hasFocus()); // where the keyboard is when the window opens
    QTest::keyClick(w, Qt::Key_Left, Qt::AltModifier);
    // A button's shortcut animates a click: the page changes a moment later.
    REQUIRE(QTest::qWaitFor([&] { return w->currentTopic() == QStringLiteral("create"); }));
    // The search keeps what mentions the word, and the chapters above it.
    QTest::keyClicks(w->searchField(), QStringLiteral("sqlite3"));
    int shown = 0;
    for (QTreeWidgetItemIterator it(w->topicTree()); *it; ++it)
        shown += (*it)->isHidden() ? 0 : 1;
    CHECK(shown >= 1);
    CHECK(shown < 5);
}

TEST_CASE("The manual speaks English in the English interface", "[ui][help]")
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    UiFixture f;
    nb::ui::ManualWindow *w = f.window->showManual(QStringLiteral("overview"));
    REQUIRE(w);
    CHECK(w->manual().language() == QStringLiteral("en"));
    CHECK(w->page()->toPlainText().contains(QStringLiteral("From a new report to the published one")));
    REQUIRE(w->showTopic(Manual::ruleTopic(QStringLiteral("X-TEXT-TEMPLATE"))));
    CHECK(w->page()->toPlainText().contains(QStringLiteral("Last year's figures still in a carried-forward text")));
    QLocale::setDefault(QLocale::c());
}

TEST_CASE("A finding's ?, F1 on a finding and 规则说明 open that rule's entry", "[ui][help]")
{
    UiFixture f;
    QTreeWidgetItem *item = balanceFinding(f);
    QTreeWidget *tree = f.window->editor()->findingsPanel()->tree();
    auto *delegate = qobject_cast<nb::ui::FindingDelegate *>(tree->itemDelegate());
    REQUIRE(delegate);
    tree->scrollToItem(item);
    const QRect help = delegate->helpRect(tree->indexFromItem(item));
    REQUIRE(help.isValid());
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, help.center());
    nb::ui::ManualWindow *w = manualOf(*f.window);
    REQUIRE(w);
    REQUIRE(QTest::qWaitFor([&] { return w->currentTopic() == QStringLiteral("rule:R3-BALANCE"); }));
    CHECK(w->isVisible());
    w->showTopic(QStringLiteral("overview"));

    // F1 with the finding selected in the list.
    tree->setCurrentItem(item);
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_F1);
    CHECK(w->currentTopic() == QStringLiteral("rule:R3-BALANCE"));
    w->showTopic(QStringLiteral("overview"));

    // The button under the list.
    auto *button = f.window->editor()->findingsPanel()->findChild<QPushButton *>(QStringLiteral("ruleHelpButton"));
    REQUIRE(button);
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    CHECK(w->currentTopic() == QStringLiteral("rule:R3-BALANCE"));

    // F1 elsewhere opens the manual where the keyboard is: in a table, at filling in.
    // (The manual took the keyboard when it opened: the clerk comes back to the window.)
    f.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(f.window.get()));
    f.goToCell("requests.new.natural");
    REQUIRE(QApplication::focusWidget());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F1);
    CHECK(w->currentTopic() == QStringLiteral("fill"));
}

TEST_CASE("A text page's findings have their ? too", "[ui][help]")
{
    UiFixture f;
    f.window->editor()->showPage(QStringLiteral("problems"));
    auto *page = qobject_cast<nb::ui::TextPage *>(f.window->editor()->currentPage());
    REQUIRE(page);
    page->editor()->clear(); // RS-TEXT-EMPTY
    auto *findings = page->findChild<QLabel *>(QStringLiteral("textFindings"));
    REQUIRE(findings);
    REQUIRE(findings->text().contains(QStringLiteral("href=\"rule:RS-TEXT-EMPTY\"")));
    emit findings->linkActivated(QStringLiteral("rule:RS-TEXT-EMPTY"));
    REQUIRE(manualOf(*f.window));
    CHECK(manualOf(*f.window)->currentTopic() == QStringLiteral("rule:RS-TEXT-EMPTY"));
}

TEST_CASE("帮助 → 键盘快捷键 lists every shortcut the window's actions have, as they are", "[ui][help][keys]")
{
    UiFixture f;
    // One more action, as another part of the program might add: it is listed without editing a list.
    QMenu *report = nullptr;
    for (QAction *a : f.window->menuBar()->actions())
        if (a->menu() && nb::ui::plainActionText(a->text()) == QStringLiteral("报告"))
            report = a->menu();
    REQUIRE(report);
    report->addAction(QStringLiteral("汇总(&S)…"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S), [] {});

    auto *dialog = f.window->showShortcuts();
    REQUIRE(dialog);
    QStringList rows;
    for (QTreeWidgetItemIterator it(dialog->tree()); *it; ++it)
        rows << (*it)->text(0) + u'\t' + (*it)->text(1);
    INFO(rows.join(u'\n').toStdString());
    // Shown, no key is cut off (重做 has three).
    dialog->show();
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    const QFontMetrics metrics(dialog->tree()->font());
    for (QTreeWidgetItemIterator it(dialog->tree()); *it; ++it) {
        INFO((*it)->text(1).toStdString());
        CHECK(metrics.horizontalAdvance((*it)->text(1)) < dialog->tree()->columnWidth(1));
    }
    const QString separator = nb::ui::ShortcutsDialog::tr(" 或 ");
    int checked = 0;
    for (QAction *a : f.window->findChildren<QAction *>()) {
        if (a->shortcuts().isEmpty() || a->shortcutContext() == Qt::WidgetShortcut
            || a->shortcutContext() == Qt::WidgetWithChildrenShortcut)
            continue;
        INFO(a->text().toStdString());
        CHECK(rows.contains(nb::ui::plainActionText(a->text()) + u'\t' + nb::ui::keysText(a->shortcuts(), separator)));
        ++checked;
    }
    CHECK(checked >= 11); // 新建, 新窗口, 打印, 撤销, 重做, 复制, 粘贴, the two pages, 汇总, 使用说明
    CHECK(rows.contains(QStringLiteral("汇总\tCtrl+Alt+S")));
    // Redo has several keys (Ctrl+Y added to the platform's own): one row lists them all.
    const auto redo = std::find_if(rows.begin(), rows.end(), [](const QString &r) { return r.startsWith(QStringLiteral("重做\t")); });
    REQUIRE(redo != rows.end());
    CHECK(redo->contains(QStringLiteral("Ctrl+Y")));
    CHECK(redo->contains(QStringLiteral("Ctrl+Shift+Z")));
    CHECK(redo->contains(QStringLiteral(" 或 ")));
    // The keys of the tables come from the manual's keys.md.
    CHECK(std::any_of(rows.begin(), rows.end(), [](const QString &r) { return r.endsWith(QStringLiteral("\tShift+F2")); }));

    // The manual's keyboard chapter is the same table.
    const QString keyboard = f.window->showManual(QStringLiteral("keyboard"))->manual().topic(QStringLiteral("keyboard"))->markdown;
    CHECK(keyboard.contains(QStringLiteral("| 报告 | 汇总 | Ctrl+Alt+S |")));
    CHECK(keyboard.contains(QStringLiteral("| 帮助 | 使用说明 | F1 |")));
}

TEST_CASE("The manual names the database the window uses, in a new window too", "[ui][help]")
{
    UiFixture f;
    const QString path = QStringLiteral("/srv/年报/nianbao.sqlite3");
    f.window->setDatabasePath(path);
    CHECK(f.window->showManual(QStringLiteral("data"))->page()->toPlainText().contains(path));
    std::unique_ptr<nb::ui::MainWindow> second(f.window->openNewWindow());
    second->setAttribute(Qt::WA_DeleteOnClose, false);
    CHECK(second->showManual(QStringLiteral("data"))->page()->toPlainText().contains(path));
}

TEST_CASE("The import preview's findings open their rule in the manual too", "[ui][help][import]")
{
    UiFixture f;
    auto read = f.window->readImportFile(QStringLiteral(NB_TEST_DATA "/published/finding-r3-stated-total.txt"));
    REQUIRE(read.ok());
    nb::ui::ImportPreviewDialog *dialog = f.window->showImportPreview(read.value(), QStringLiteral("finding-r3-stated-total.txt"));
    REQUIRE(dialog);
    auto *panel = dialog->preview()->findingsPanel();
    REQUIRE(panel);
    QTreeWidget *tree = panel->tree();
    const auto found = tree->findItems(QStringLiteral("R3-"), Qt::MatchStartsWith | Qt::MatchRecursive, 1);
    REQUIRE_FALSE(found.isEmpty()); // the input this test is about: an R3 finding in the preview
    const QString rule = found.first()->text(1);
    tree->setCurrentItem(found.first());
    auto *button = panel->findChild<QPushButton *>(QStringLiteral("ruleHelpButton"));
    REQUIRE(button);
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    nb::ui::ManualWindow *w = manualOf(*f.window);
    REQUIRE(w);
    CHECK(w->currentTopic() == Manual::ruleTopic(rule));
    dialog->reject();
}

TEST_CASE("F1 on the welcome page opens the manual at creating a report", "[ui][help]")
{
    UiFixture f;
    f.window->showWelcome();
    f.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(f.window.get()));
    f.window->welcomePage()->yearBox()->setFocus();
    REQUIRE(QApplication::focusWidget() == f.window->welcomePage()->yearBox());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F1);
    nb::ui::ManualWindow *w = manualOf(*f.window);
    REQUIRE(w);
    CHECK(w->currentTopic() == QStringLiteral("create"));
}
