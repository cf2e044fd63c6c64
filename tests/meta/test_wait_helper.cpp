// The waiting helper of the UI and session tests can fail: a condition that
// never holds makes the test fail and stops it there. (Qt's QTRY macros would
// have passed without a word inside Catch2; check_no_qtry.cmake bans them.)
#include <QProcess>
#include <catch2/catch.hpp>

namespace {
struct ProbeRun {
    int exitCode = -1;
    QString out;
};

ProbeRun runProbe(const char *tag)
{
    QProcess p;
    p.start(QStringLiteral(NB_WAIT_PROBE), {QString::fromLatin1(tag)});
    REQUIRE(p.waitForStarted());
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput())};
}
} // namespace

TEST_CASE("REQUIRE(QTest::qWaitFor(…)) fails when the condition never holds, and stops the test", "[meta][wait]")
{
    const ProbeRun never = runProbe("[never]");
    INFO(never.out.toStdString());
    CHECK(never.exitCode != 0);
    CHECK(never.out.contains(QStringLiteral("1 failed")));
    CHECK_FALSE(never.out.contains(QStringLiteral("reached")));
}

TEST_CASE("REQUIRE(QTest::qWaitFor(…)) passes once the condition holds, and goes on", "[meta][wait]")
{
    const ProbeRun eventually = runProbe("[eventually]");
    INFO(eventually.out.toStdString());
    CHECK(eventually.exitCode == 0);
    CHECK(eventually.out.contains(QStringLiteral("reached")));
}
