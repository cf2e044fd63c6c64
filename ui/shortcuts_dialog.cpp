#include "ui/shortcuts_dialog.h"

#include "ui/manual.h"
#include "ui/screen_fit.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace nb::ui {

ShortcutsDialog::ShortcutsDialog(const QList<ShortcutEntry> &shortcuts, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("键盘快捷键"));
    m_tree = new QTreeWidget;
    m_tree->setObjectName(QStringLiteral("shortcutList"));
    m_tree->setHeaderLabels({tr("命令"), tr("按键")});
    m_tree->setRootIsDecorated(false);
    m_tree->setWordWrap(true);
    // The keys are never cut off (重做 has three); a long command wraps instead.
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    const QString separator = tr(" 或 ");
    QHash<QString, QTreeWidgetItem *> groups;
    for (const ShortcutEntry &s : shortcuts) {
        const QString menu = s.menu.isEmpty() ? tr("窗口") : s.menu;
        QTreeWidgetItem *group = groups.value(menu);
        if (!group) {
            group = new QTreeWidgetItem(m_tree, {menu});
            group->setFirstColumnSpanned(true);
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            groups.insert(menu, group);
        }
        new QTreeWidgetItem(group, {s.command, keysText(s.keys, separator)});
    }
    auto *keys = new QTreeWidgetItem(m_tree, {tr("表格和文字中")});
    keys->setFirstColumnSpanned(true);
    QFont bold = keys->font(0);
    bold.setBold(true);
    keys->setFont(0, bold);
    // keys.md puts the keys first and what they do second.
    for (const auto &[key, what] : Manual::keyRows(Manual::interfaceLanguage()))
        new QTreeWidgetItem(keys, {what, key});
    m_tree->expandAll();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    const int unit = fontMetrics().horizontalAdvance(QChar(0x4e00));
    screen_fit::resizeToFit(this, QSize(unit * 64, unit * 46));
}

} // namespace nb::ui
