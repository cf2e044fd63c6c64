#pragma once
// 帮助 → 键盘快捷键: every shortcut of the window, read from its actions when
// the dialog opens (collectShortcuts), grouped by menu, then the keys of the
// tables and texts (the manual's keys.md, in the interface's language).
#include "ui/shortcut_list.h"

#include <QDialog>

class QTreeWidget;

namespace nb::ui {

class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    explicit ShortcutsDialog(const QList<ShortcutEntry> &shortcuts, QWidget *parent = nullptr);
    QTreeWidget *tree() const { return m_tree; }

private:
    QTreeWidget *m_tree;
};

} // namespace nb::ui
