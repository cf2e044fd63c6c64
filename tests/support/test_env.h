#pragma once
// Test programs run at build time (Catch discovery) and in CI, without a display.
#include <cstdlib>

namespace nb::test {
inline void useOffscreenPlatform()
{
    if (!std::getenv("QT_QPA_PLATFORM"))
        setenv("QT_QPA_PLATFORM", "offscreen", 0);
}
} // namespace nb::test
