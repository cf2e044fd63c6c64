#pragma once
// The keyboard shortcuts a window really has, read from its actions, so that
// 帮助 → 键盘快捷键 and the manual's keyboard chapter can never disagree with
// the keys that work: a shortcut added, changed or removed in the code shows
// up there without anyone editing a list.
#include <QKeySequence>
#include <QList>
#include <QString>

class QAction;
class QWidget;

namespace nb::ui {

struct ShortcutEntry {
    QString menu;    // "文件", "编辑 → 操作历史"; empty for an action outside the menus
    QString command; // the action's text without mnemonic and "…"
    QList<QKeySequence> keys;
    const QAction *action = nullptr;
};

// Every action of the window's menu bar (submenus included, in menu order),
// then of the window itself and its tool bars, that has a shortcut.
QList<ShortcutEntry> collectShortcuts(const QWidget *window);
// "导出(&E)…" → "导出"; "&Save..." → "Save".
QString plainActionText(const QString &text);
// The keys as the platform writes them, e.g. "Ctrl+Y 或 Ctrl+Shift+Z" (the
// separator is the caller's, for its language).
QString keysText(const QList<QKeySequence> &keys, const QString &separator);

} // namespace nb::ui
