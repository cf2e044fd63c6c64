// The property test of keyboard entry: random figures, mistakes and
// navigation keys on every table page, through the real widgets, against the
// reference model of tests/ui/entry_model.h. Seeded; the seed is printed and
// NB_ENTRY_SEED=<seed> repeats a run (NB_ENTRY_KEYSTROKES sets its length).
#include "tests/ui/entry_driver.h"

#include <QStringList>
#include <catch2/catch.hpp>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <random>

using namespace nb::test;

namespace {
quint32 seedFromEnvironment()
{
    if (const char *s = std::getenv("NB_ENTRY_SEED"))
        return quint32(std::strtoul(s, nullptr, 10));
    return std::random_device{}();
}

int keystrokesFromEnvironment()
{
    const char *s = std::getenv("NB_ENTRY_KEYSTROKES");
    return s ? std::atoi(s) : 10200;
}
} // namespace

TEST_CASE("Random keyboard entry on every table page: 0 figures lost, 0 misplaced", "[ui][keyboard][property]")
{
    const quint32 seed = seedFromEnvironment();
    const int keystrokes = keystrokesFromEnvironment();
    std::printf("entry property: seed %u (NB_ENTRY_SEED=%u repeats this run)\n", seed, seed);
    std::fflush(stdout);
    UiFixture f;
    EntryDriver driver(f, seed);
    EntryTally tally;
    QStringList tablePages;
    for (const nb::report::Section &s : f.session().definition().sections())
        if (s.kind == nb::report::SectionKind::Tables)
            tablePages << s.key;
    REQUIRE(tablePages.size() == 3);
    std::map<QString, EntryModel> models;
    for (const QString &key : tablePages)
        models.emplace(key, EntryModel(f.session().definition(), key));
    // Forward through the pages, then back: a page entered again puts the
    // cursor where it was left.
    const int share = keystrokes / int(tablePages.size());
    for (const QString &key : tablePages)
        driver.run(models.at(key), key, share * 3 / 4, tally);
    for (auto key = tablePages.rbegin(); key != tablePages.rend(); ++key)
        driver.run(models.at(*key), *key, share - share * 3 / 4, tally);
    std::printf("entry property: seed %u: %s\n", seed, qPrintable(tally.summary()));
    for (const QString &p : tally.problems)
        std::printf("  %s\n", qPrintable(p));
    std::fflush(stdout);
    INFO("seed " << seed << ": " << tally.summary().toStdString());
    CHECK(tally.keystrokes >= keystrokes);
    CHECK(tally.figures > keystrokes / 20);
    CHECK(tally.refused > 0);
    CHECK(tally.lost == 0);
    CHECK(tally.misplaced == 0);
    CHECK(tally.cursorOff == 0);
    CHECK(tally.refusalHidden == 0);
}

TEST_CASE("The entry property test fails when the widgets do not follow its model", "[ui][keyboard][property]")
{
    // The model's Tab wraps onto the start of the row, as the table view once
    // did: the same driver must see the widgets disagree.
    UiFixture f;
    EntryDriver driver(f, 20240131);
    EntryModel broken(f.session().definition(), QStringLiteral("active"));
    broken.breakTabWrap();
    EntryTally tally;
    driver.run(broken, QStringLiteral("active"), 800, tally);
    INFO(tally.summary().toStdString());
    CHECK(tally.disagreements() > 0);
}
