#include "tests/support/test_env.h"

#include <QApplication>

int nbRunCatch(int argc, char **argv); // tests/support/catch_impl.cpp

int main(int argc, char **argv)
{
    nb::test::useOffscreenPlatform();
    QApplication app(argc, argv);
    return nbRunCatch(argc, argv);
}
