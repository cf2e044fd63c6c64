#pragma once
// Keys go where a person's keystrokes go: to the widget that has the focus
// (the table, or the cell editor a keystroke opened), never to a widget
// picked by the test.
#include <QString>
#include <Qt>

class QWidget;

namespace nb::test::keys {

// The focus widget; fails the test when nothing has the focus.
QWidget *focused();
// Printable ASCII, one key at a time (QTest::keyClicks aborts on Chinese).
void type(const QString &ascii);
void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
// Chinese text as an input method delivers it: one commit event.
void commitText(const QString &text);

} // namespace nb::test::keys
