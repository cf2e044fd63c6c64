// The reference report is not part of the repository (a real agency's report:
// we write our own fixtures and never copy it in), so a fresh clone and CI do
// not have it. Then this program exits 77, which ctest reports as "Skipped"
// in its summary (SKIP_RETURN_CODE): visible, never a silent pass, and never a
// failure that would make every fresh clone's `scripts/dev.sh test` fail.
#include "tests/support/test_env.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <cstdio>

int nbRunCatch(int argc, char **argv); // tests/support/catch_impl.cpp

int main(int argc, char **argv)
{
    nb::test::useOffscreenPlatform();
    QCoreApplication app(argc, argv);
    if (!QFileInfo(QStringLiteral(NB_REFERENCE_REPORT)).isFile()) {
        std::printf("skipped: %s is not present\n", NB_REFERENCE_REPORT);
        return 77;
    }
    // Any number of failures is a failure (a count of exactly 77 must not read as "skipped").
    return nbRunCatch(argc, argv) == 0 ? 0 : 1;
}
