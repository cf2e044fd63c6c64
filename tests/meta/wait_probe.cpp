// A small Catch2 program for test_wait_helper.cpp: what happens to a test
// case that waits for a condition, with the helper the tests use
// (REQUIRE(QTest::qWaitFor(…))) and with Qt's QTRY_* macros, which the tests
// no longer use (check_no_qtry.cmake keeps it so; this file is its one
// exception, because it shows why). Each case prints "reached" once the lines
// after the wait run.
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

// QTRY_VERIFY returns from the function when it times out: outside a QTest
// class nothing records the failure, so Catch counts the case as passed and
// the lines after it never run.
TEST_CASE("QTRY with a condition that never holds", "[qtry]")
{
    const auto never = [] { return false; };
    QTRY_VERIFY_WITH_TIMEOUT(never(), 100);
    reached();
}
