#pragma once
// Windows and dialogs are sized from the screen they open on, never with
// fixed pixels: on a 1366×768 laptop they fit, on a large monitor they do not
// sprawl.
#include <QRect>
#include <QSize>

class QWidget;

namespace nb::ui::screen_fit {

// The part of the screen a window may use (the desktop's bars excluded) on
// the screen of `w`, or the primary screen.
QRect available(const QWidget *w);
// `preferred`, shrunk to what fits `available()` with room for the window frame.
QSize fitted(const QWidget *w, QSize preferred);
// Resizes `w` to fitted(preferred); a top-level window without a parent is
// also centred on the available area (a dialog opens over its parent).
void resizeToFit(QWidget *w, QSize preferred);

} // namespace nb::ui::screen_fit
