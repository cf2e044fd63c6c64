#include "ui/screen_fit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace nb::ui::screen_fit {

QRect available(const QWidget *w)
{
    const QScreen *screen = w && w->screen() ? w->screen() : QGuiApplication::primaryScreen();
    return screen ? screen->availableGeometry() : QRect(0, 0, 1024, 768);
}

QSize fitted(const QWidget *w, QSize preferred)
{
    // Title bar and borders are not known before the window is shown: leave
    // a generous allowance for them.
    const QSize room = available(w).size() - QSize(16, 48);
    return preferred.boundedTo(room).expandedTo(QSize(320, 240));
}

void resizeToFit(QWidget *w, QSize preferred)
{
    w->resize(fitted(w, preferred));
    if (w->isWindow() && !w->parentWidget() && !w->isVisible()) { // dialogs open over their parent
        const QRect area = available(w);
        w->move(area.center() - QPoint(w->width() / 2, (w->height() + 32) / 2));
    }
}

} // namespace nb::ui::screen_fit
