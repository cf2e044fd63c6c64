#include "tests/support/test_env.h"

#include <QCoreApplication>

int nbRunCatch(int argc, char **argv); // tests/support/catch_impl.cpp

int main(int argc, char **argv)
{
    nb::test::useOffscreenPlatform();
    QCoreApplication app(argc, argv);
    return nbRunCatch(argc, argv);
}
