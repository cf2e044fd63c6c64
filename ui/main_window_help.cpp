// The Help menu: the manual (使用说明, F1, opened where the keyboard is: a
// finding's rule, the page being filled, the welcome page), the list of
// keyboard shortcuts, and About.
#include "ui/findings_panel.h"
#include "ui/help_request.h"
#include "ui/main_window.h"
#include "ui/manual_window.h"
#include "ui/metadata_page.h"
#include "ui/shortcuts_dialog.h"
#include "ui/table_page.h"
#include "ui/text_page.h"
#include "ui/welcome_page.h"

#include <QApplication>
#include <QEvent>
#include <QMenuBar>

#include <utility>

namespace nb::ui {

namespace {
// Tells whether an action was triggered by its shortcut: the action receives
// a QShortcutEvent just before it triggers; a menu click sends none.
class ShortcutWatch : public QObject {
public:
    using QObject::QObject;
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Shortcut)
            m_byKey = true;
        return false;
    }
    // True once after a trigger by the shortcut.
    bool take() { return std::exchange(m_byKey, false); }

private:
    bool m_byKey = false;
};
} // namespace

void MainWindow::buildHelpMenu()
{
    QMenu *help = menuBar()->addMenu(tr("帮助(&H)"));
    // From the menu the manual opens where it was (its first page the first
    // time); F1 opens it at what the keyboard is on (contextHelpTopic()).
    QAction *manual = help->addAction(tr("使用说明(&M)"));
    manual->setShortcut(QKeySequence::HelpContents);
    manual->setObjectName(QStringLiteral("actionManual"));
    auto *watch = new ShortcutWatch(manual);
    manual->installEventFilter(watch);
    connect(manual, &QAction::triggered, this, [this, watch] { showManual(watch->take() ? contextHelpTopic() : QString()); });
    QAction *keys = help->addAction(tr("键盘快捷键(&K)"), this, [this] { showShortcuts()->open(); });
    keys->setObjectName(QStringLiteral("actionShortcuts"));
    help->addSeparator();
    help->addAction(tr("关于年报(&A)"), this, &MainWindow::onAbout)->setObjectName(QStringLiteral("actionAbout"));
    help->addAction(tr("关于 Qt"), qApp, &QApplication::aboutQt)->setObjectName(QStringLiteral("actionAboutQt"));
}

void MainWindow::setDatabasePath(const QString &path)
{
    m_databasePath = path;
}

// What F1 is about: the selected finding's rule, else the part of the window
// that has the keyboard.
QString MainWindow::contextHelpTopic() const
{
    // This window's focus, not the application's: the manual may be the active window.
    for (QWidget *w = focusWidget(); w && w != this; w = w->parentWidget()) {
        if (auto *panel = qobject_cast<FindingsPanel *>(w)) {
            const QString rule = panel->currentRule();
            return rule.isEmpty() ? QStringLiteral("check") : Manual::ruleTopic(rule);
        }
        if (qobject_cast<WelcomePage *>(w))
            return QStringLiteral("create");
        if (qobject_cast<TablePage *>(w) || qobject_cast<TextPage *>(w) || qobject_cast<MetadataPage *>(w))
            return QStringLiteral("fill");
    }
    return QStringLiteral("overview");
}

ManualWindow *MainWindow::showManual(const QString &topic)
{
    const Manual::Context context{collectShortcuts(this), m_databasePath};
    if (!m_manual)
        m_manual = new ManualWindow(m_session ? m_session->engine().definitionPtr() : report::Definition::builtin(),
                                    context, this);
    else
        m_manual->refresh(context);
    if (!topic.isEmpty())
        m_manual->showTopic(topic);
    m_manual->show();
    m_manual->raise();
    m_manual->activateWindow();
    return m_manual;
}

ShortcutsDialog *MainWindow::showShortcuts()
{
    auto *dialog = new ShortcutsDialog(collectShortcuts(this), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    return dialog;
}

namespace help {
void showRule(QWidget *from, const QString &ruleId)
{
    // The window holding `from`, or the window a dialog holding it belongs to.
    for (QWidget *w = from; w; w = w->parentWidget())
        if (auto *window = qobject_cast<MainWindow *>(w)) {
            window->showManual(Manual::ruleTopic(ruleId));
            return;
        }
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *window = qobject_cast<MainWindow *>(w)) {
            window->showManual(Manual::ruleTopic(ruleId));
            return;
        }
}
} // namespace help

} // namespace nb::ui
