#include "tests/support/test_env.h"

#include <QCoreApplication>
#include <catch2/catch.hpp>

int main(int argc, char **argv)
{
    nb::test::useOffscreenPlatform();
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
