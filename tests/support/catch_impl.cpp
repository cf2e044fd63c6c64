// Catch2's implementation, compiled once for every test program (no main here).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>
