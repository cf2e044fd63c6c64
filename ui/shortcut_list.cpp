#include "ui/shortcut_list.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QToolBar>
#include <QWidget>

namespace nb::ui {

QString plainActionText(const QString &text)
{
    static const QRegularExpression mnemonic(QStringLiteral(R"(\s*\(&.\)|&(?=[^&]))"));
    QString out = text;
    out.remove(mnemonic);
    out.replace(QLatin1String("&&"), QLatin1String("&"));
    while (out.endsWith(QChar(0x2026)) || out.endsWith(QLatin1Char('.')))
        out.chop(1);
    return out.trimmed();
}

QString keysText(const QList<QKeySequence> &keys, const QString &separator)
{
    QStringList out;
    for (const QKeySequence &k : keys)
        if (!k.isEmpty())
            out << k.toString(QKeySequence::NativeText);
    return out.join(separator);
}

namespace {
void addActions(const QList<QAction *> &actions, const QString &menu, QList<ShortcutEntry> &out,
                QList<const QAction *> &seen)
{
    for (QAction *a : actions) {
        if (seen.contains(a))
            continue;
        seen << a;
        if (QMenu *sub = a->menu()) {
            const QString title = plainActionText(sub->title());
            addActions(sub->actions(), menu.isEmpty() ? title : menu + QStringLiteral(" → ") + title, out, seen);
            continue;
        }
        if (a->isSeparator() || a->shortcuts().isEmpty())
            continue;
        out << ShortcutEntry{menu, plainActionText(a->text()), a->shortcuts(), a};
    }
}
} // namespace

QList<ShortcutEntry> collectShortcuts(const QWidget *window)
{
    QList<ShortcutEntry> out;
    QList<const QAction *> seen;
    if (const auto *bar = window->findChild<QMenuBar *>())
        addActions(bar->actions(), QString(), out, seen);
    addActions(window->actions(), QString(), out, seen);
    for (const QToolBar *tools : window->findChildren<QToolBar *>())
        addActions(tools->actions(), QString(), out, seen);
    return out;
}

} // namespace nb::ui
