#include "tests/support/test_env.h"

#include <QApplication>
#include <catch2/catch.hpp>

int main(int argc, char **argv)
{
    nb::test::useOffscreenPlatform();
    QApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
