#include "tests/ui/keyboard.h"

#include <QApplication>
#include <QInputMethodEvent>
#include <QTest>
#include <catch2/catch.hpp>

namespace nb::test::keys {

QWidget *focused()
{
    QWidget *w = QApplication::focusWidget();
    REQUIRE(w);
    return w;
}

void type(const QString &ascii)
{
    for (QChar c : ascii) {
        REQUIRE(c.unicode() < 0x80);
        QTest::keyClick(focused(), c.toLatin1());
    }
}

void press(Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    QTest::keyClick(focused(), key, modifiers);
    QCoreApplication::processEvents(); // an item delegate commits through a queued call
}

void commitText(const QString &text)
{
    QInputMethodEvent commit;
    commit.setCommitString(text);
    QCoreApplication::sendEvent(focused(), &commit);
}

} // namespace nb::test::keys
