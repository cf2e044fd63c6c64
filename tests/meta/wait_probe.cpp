// A small Catch2 program for test_wait_helper.cpp: what happens to a test
// case that waits for a condition with the helper the tests use,
// REQUIRE(QTest::qWaitFor(…)). Each case prints "reached" once the lines after
// the wait run, so the caller sees both that a failed wait fails the case and
// that it stops it there.
#include <QTest>
#include <QTimer>
#include <catch2/catch.hpp>
#include <cstdio>

namespace {
void reached()
{
    std::printf("reached\n");
    std::fflush(stdout);
}
} // namespace

TEST_CASE("a condition that never holds", "[never]")
{
    REQUIRE(QTest::qWaitFor([] { return false; }, 100));
    reached();
}

TEST_CASE("a condition that holds after a while", "[eventually]")
{
    bool done = false;
    QTimer::singleShot(20, [&done] { done = true; });
    REQUIRE(QTest::qWaitFor([&done] { return done; }, 10000));
    reached();
}
