// Catch2's implementation, compiled once for every test program (no main here).
// Catch::Session is only declared where the implementation is compiled, so the
// two tiny mains (core/gui) start Catch through nbRunCatch().
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

int nbRunCatch(int argc, char **argv)
{
    return Catch::Session().run(argc, argv);
}
