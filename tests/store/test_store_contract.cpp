// The ReportStore contract: what the session, the window and the command line
// may rely on, whichever store they are given. Every case runs against every
// store in NB_STORE_FACTORIES; a store that answers differently fails here.
#include "core/report/engine.h"
#include "tests/store/store_factories.h"
#include "tests/support/catch_qt.h"
#include "tests/support/fixtures.h"

#include <catch2/catch.hpp>

using namespace nb;
using namespace nb::report;
using nb::store::ChangeHint;
using nb::store::ReportId;
using nb::store::ReportStore;

namespace {

const QString kAgency = QStringLiteral("示例市人民政府");
const ReportId k2023{kAgency, 2023};
const ReportId k2022{kAgency, 2022};

QStringList actions(ReportStore &store, const ReportId &id)
{
    QStringList list;
    const auto log = store.auditLog(id).value();
    for (const auto &entry : log)
        list << entry.action;
    return list;
}

QStringList reasons(ReportStore &store, const ReportId &id)
{
    QStringList list;
    const auto snapshots = store.snapshots(id).value();
    for (const auto &s : snapshots)
        list << s.reason;
    return list;
}

QString code(const Status &s)
{
    return s ? QStringLiteral("ok") : s.error().code;
}

template <typename T>
QString code(const Result<T> &r)
{
    return r ? QStringLiteral("ok") : r.error().code;
}

} // namespace

TEMPLATE_TEST_CASE("store contract: a report is stored and read back exactly, as a draft", "[store]", NB_STORE_FACTORIES)
{
    TestType factory;
    auto store = factory.make();
    Report full = test::full2023();
    full.cells[QStringLiteral("active.fees.amount")] = test::dec("4166.241600");
    full.documentNumber = QStringLiteral("示政办〔2024〕1号");
    full.publishDate = QDate(2024, 3, 20);
    full.explanations[QStringLiteral("X-STOCK")] = QStringLiteral("本年修订文件计入制发");
    full.textsToRevise = QStringList{QStringLiteral("problems")};
    full.status = ReportStatus::Final; // create() always makes a draft; only setStatus() finalises
    REQUIRE(store->create(full).ok());
    const Report back = store->load(k2023).value();
    full.status = ReportStatus::Draft;
    CHECK(back == full);
    CHECK(back.cells.value(QStringLiteral("active.fees.amount")).toString() == QStringLiteral("4166.241600"));
}

TEMPLATE_TEST_CASE("store contract: creating twice, loading or writing a missing report are refused with codes", "[store]",
                   NB_STORE_FACTORIES)
{
    TestType factory;
    auto store = factory.make();
    const Report full = test::full2023();
    REQUIRE(store->create(full).ok());
    CHECK(code(store->create(full)) == QStringLiteral("store.exists"));
    const auto missing = store->load({kAgency, 1999});
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == QStringLiteral("store.not-found"));
    CHECK(missing.error().message.contains(QStringLiteral("1999")));
    Report other = full;
    other.year = 1999;
    CHECK(code(store->write(other, ChangeHint{{}, {}, false, true})) == QStringLiteral("store.not-found"));
    CHECK(code(store->load({kAgency, 1999})) == QStringLiteral("store.not-found"));
    CHECK(code(store->snapshots({kAgency, 1999})) == QStringLiteral("store.not-found"));
    CHECK(code(store->takeSnapshot({kAgency, 1999}, {})) == QStringLiteral("store.not-found"));
    CHECK(code(store->revision({kAgency, 1999})) == QStringLiteral("store.not-found"));
    CHECK(code(store->auditLog({QStringLiteral("不存在的局"), 2023})) == QStringLiteral("store.not-found"));
    CHECK(code(store->snapshot(987654)) == QStringLiteral("store.not-found"));
    CHECK(code(store->restore(987654)) == QStringLiteral("store.not-found"));
}

TEMPLATE_TEST_CASE("store contract: write keeps exactly what the hint names and moves the revision on", "[store]",
                   NB_STORE_FACTORIES)
{
    TestType factory;
    auto store = factory.make();
    const Report full = test::full2023();
    REQUIRE(store->create(full).ok());
    qint64 revision = store->revision(k2023).value();
    const auto movedOn = [&] {
        const qint64 now = store->revision(k2023).value();
        const bool increased = now > revision;
        revision = now;
        return increased;
    };

    const QString changed = QStringLiteral("requests.new.natural");
    const QString cleared = QStringLiteral("requests.new.legal");
    const QString untouched = QStringLiteral("requests.new.research");
    Report edited = full;
    edited.cells[changed] = Decimal::fromInteger(1234);
    edited.cells.remove(cleared);
    edited.cells[untouched] = Decimal::fromInteger(777); // changed in memory, but not in the hint
    edited.texts[QStringLiteral("problems")] = QStringLiteral("新的问题");
    edited.texts[QStringLiteral("other")] = QStringLiteral("不在提示中的文字");
    REQUIRE(store->write(edited, ChangeHint{{changed, cleared}, {QStringLiteral("problems")}, false, false}).ok());
    CHECK(movedOn());

    const Report back = store->load(k2023).value();
    CHECK(back.cells.value(changed) == Decimal::fromInteger(1234));
    CHECK_FALSE(back.cells.contains(cleared)); // blank, not 0
    CHECK(back.cells.value(untouched) == full.cells.value(untouched));
    CHECK(back.texts.value(QStringLiteral("problems")) == QStringLiteral("新的问题"));
    CHECK(back.texts.value(QStringLiteral("other")) == full.texts.value(QStringLiteral("other")));
    CHECK(back.cellNotes == full.cellNotes);

    edited.cellNotes[changed] = QStringLiteral("其中修订16件");
    edited.explanations[QStringLiteral("X-STOCK")] = QStringLiteral("修订计入制发");
    edited.documentNumber = QStringLiteral("示政办〔2024〕2号");
    ChangeHint metaHint{{}, {}, true, false};
    metaHint.notes = QStringList{changed};
    metaHint.explanations = QStringList{QStringLiteral("X-STOCK")};
    REQUIRE(store->write(edited, metaHint).ok());
    CHECK(movedOn());
    const Report meta = store->load(k2023).value();
    CHECK(meta.cellNotes.value(changed) == QStringLiteral("其中修订16件"));
    CHECK(meta.explanations.value(QStringLiteral("X-STOCK")) == QStringLiteral("修订计入制发"));
    CHECK(meta.documentNumber == QStringLiteral("示政办〔2024〕2号"));
    CHECK(meta.cells.value(untouched) == full.cells.value(untouched));

    REQUIRE(store->write(edited, ChangeHint{{}, {}, false, true}).ok());
    CHECK(movedOn());
    CHECK(store->load(k2023).value() == edited);
}

TEMPLATE_TEST_CASE("store contract: a text write based on a version changed since is refused whole, with a code",
                   "[store][conflict]", NB_STORE_FACTORIES)
{
    TestType factory;
    auto store = factory.make();
    const Report full = test::full2023();
    REQUIRE(store->create(full).ok());
    const QString overview = QStringLiteral("overview");
    const QString problems = QStringLiteral("problems");
    const QString cell = QStringLiteral("requests.new.natural");

    // This program's edit, started from the text as loaded.
    Report mine = full;
    mine.texts[overview] = QStringLiteral("我改写的总体情况");
    ChangeHint hint{{}, {overview}, false, false};
    hint.textBase[overview] = full.texts.value(overview);
    REQUIRE(store->write(mine, hint).ok());
    CHECK(store->load(k2023).value().texts.value(overview) == QStringLiteral("我改写的总体情况"));

    // Another program writes the same section; this program's next write
    // still states the text it last wrote and is refused, cells and all.
    Report theirs = full;
    theirs.texts[overview] = QStringLiteral("别处改写的总体情况");
    REQUIRE(store->write(theirs, ChangeHint{{}, {overview}, false, false}).ok());
    const qint64 revision = store->revision(k2023).value();
    mine.texts[overview] = QStringLiteral("我又改了一次");
    mine.cells[cell] = Decimal::fromInteger(4321);
    ChangeHint stale{{cell}, {overview}, false, false};
    stale.textBase[overview] = QStringLiteral("我改写的总体情况");
    const Status refused = store->write(mine, stale);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == QStringLiteral("store.text-changed"));
    CHECK(refused.error().message.contains(QStringLiteral("一、总体情况")));
    const Report kept = store->load(k2023).value();
    CHECK(kept.texts.value(overview) == QStringLiteral("别处改写的总体情况"));
    CHECK(kept.cells.value(cell) == full.cells.value(cell));
    CHECK(store->revision(k2023).value() == revision);

    // Based on what is stored now (the user chose "keep mine"): written.
    stale.textBase[overview] = QStringLiteral("别处改写的总体情况");
    REQUIRE(store->write(mine, stale).ok());
    CHECK(store->load(k2023).value().texts.value(overview) == QStringLiteral("我又改了一次"));
    CHECK(store->load(k2023).value().cells.value(cell) == Decimal::fromInteger(4321));

    // A section with no text has the base "": a first text is checked too.
    Report blank = full;
    blank.texts.remove(problems);
    REQUIRE(store->write(blank, ChangeHint{{}, {problems}, false, false}).ok());
    mine.texts[problems] = QStringLiteral("新写的问题");
    ChangeHint first{{}, {problems}, false, false};
    first.textBase[problems] = QString();
    REQUIRE(store->write(mine, first).ok());
    mine.texts[problems] = QStringLiteral("以为还是空的");
    CHECK(code(store->write(mine, first)) == QStringLiteral("store.text-changed"));
    CHECK(store->load(k2023).value().texts.value(problems) == QStringLiteral("新写的问题"));

    // Without a base the write is unconditional (imports, the command line).
    REQUIRE(store->write(mine, ChangeHint{{}, {problems}, false, false}).ok());
    CHECK(store->load(k2023).value().texts.value(problems) == QStringLiteral("以为还是空的"));
}

TEMPLATE_TEST_CASE("store contract: notes, explanations and the texts to revise are written key by key", "[store]",
                   NB_STORE_FACTORIES)
{
    TestType factory;
    auto store = factory.make();
    Report full = test::full2023();
    const QString a = QStringLiteral("requests.new.natural");
    const QString b = QStringLiteral("requests.new.legal");
    full.cellNotes[a] = QStringLiteral("A 的批注");
    full.cellNotes[b] = QStringLiteral("B 的批注");
    full.explanations[QStringLiteral("X-STOCK")] = QStringLiteral("原来的说明");
    full.textsToRevise = QStringList{QStringLiteral("overview"), QStringLiteral("problems")};
    REQUIRE(store->create(full).ok());

    // Two programs: one changes the note of A, the other removes the note of
    // B and adds a 说明, each from its own (older) copy; both are kept.
    Report one = full;
    one.cellNotes[a] = QStringLiteral("A 的新批注");
    one.cellNotes.remove(b); // stale in this copy, but not named: untouched
    ChangeHint noteA;
    noteA.notes = QStringList{a};
    REQUIRE(store->write(one, noteA).ok());
    Report two = full;
    two.cellNotes.remove(b);
    two.explanations[QStringLiteral("R3-CARRY-PLAUSIBLE")] = QStringLiteral("新的说明");
    ChangeHint noteB;
    noteB.notes = QStringList{b};
    noteB.explanations = QStringList{QStringLiteral("R3-CARRY-PLAUSIBLE")};
    REQUIRE(store->write(two, noteB).ok());
    Report back = store->load(k2023).value();
    CHECK(back.cellNotes.value(a) == QStringLiteral("A 的新批注"));
    CHECK_FALSE(back.cellNotes.contains(b));
    CHECK(back.explanations.value(QStringLiteral("X-STOCK")) == QStringLiteral("原来的说明"));
    CHECK(back.explanations.value(QStringLiteral("R3-CARRY-PLAUSIBLE")) == QStringLiteral("新的说明"));
    CHECK(back.documentNumber == full.documentNumber);

    // A text written leaves "to revise" by itself; the other mark stays.
    Report edited = full;
    edited.texts[QStringLiteral("overview")] = QStringLiteral("已修改");
    edited.textsToRevise = QStringList{QStringLiteral("problems")};
    edited.documentNumber = QStringLiteral("不写的文号");
    REQUIRE(store->write(edited, ChangeHint{{}, {QStringLiteral("overview")}, false, false}).ok());
    back = store->load(k2023).value();
    CHECK(back.textsToRevise == QStringList{QStringLiteral("problems")});
    CHECK(back.documentNumber == full.documentNumber); // metadata was not named
    CHECK(back.cellNotes.value(a) == QStringLiteral("A 的新批注"));

    // metadata: kind, 文号, date and the whole list.
    edited.textsToRevise.clear();
    REQUIRE(store->write(edited, ChangeHint{{}, {}, true, false}).ok());
    back = store->load(k2023).value();
    CHECK(back.textsToRevise.isEmpty());
    CHECK(back.documentNumber == QStringLiteral("不写的文号"));
    CHECK(back.cellNotes.value(a) == QStringLiteral("A 的新批注")); // notes are not metadata
}

TEMPLATE_TEST_CASE("store contract: writing changesBetween(before, after) over before stores after", "[store]",
                   NB_STORE_FACTORIES)
{
    TestType factory;
    auto store = factory.make();
    Report before = test::full2023();
    before.textsToRevise = QStringList{QStringLiteral("overview"), QStringLiteral("other")};
    before.cellNotes[QStringLiteral("requests.new.legal")] = QStringLiteral("旧批注");
    REQUIRE(store->create(before).ok());
    Report after = before;
    after.cells[QStringLiteral("requests.new.natural")] = Decimal::fromInteger(5);
    after.cells.remove(QStringLiteral("requests.new.legal"));
    after.cells[QStringLiteral("active.fees.amount")] = test::dec("4166.241610");
    after.texts[QStringLiteral("overview")] = QStringLiteral("新的");
    after.texts.remove(QStringLiteral("problems"));
    after.textsToRevise = QStringList{QStringLiteral("other")};
    after.cellNotes.remove(QStringLiteral("requests.new.legal"));
    after.cellNotes[QStringLiteral("requests.new.natural")] = QStringLiteral("新批注");
    after.explanations[QStringLiteral("X-STOCK")] = QStringLiteral("说明");
    after.publishDate = QDate(2024, 1, 30);
    const ChangeHint hint = store::changesBetween(before, after);
    CHECK(hint.metadata);
    CHECK_FALSE(hint.everything);
    CHECK(hint.texts.size() == 2);
    REQUIRE(store->write(after, hint).ok());
    CHECK(store->load(k2023).value() == after);
    CHECK(store::hintIsEmpty(store::changesBetween(after, after)));
    CHECK(store::applyHint(before, after, hint) == after);
}

TEMPLATE_TEST_CASE("store contract: a final report refuses every change until reopened with a reason", "[store]",
                   NB_STORE_FACTORIES)
{
    TestType factory;
    auto store = factory.make();
    const Report full = test::full2023();
    REQUIRE(store->create(test::full2022()).ok());
    REQUIRE(store->create(full).ok());
    const qint64 manual = store->takeSnapshot(k2023, {}).value();
    REQUIRE(store->setStatus(k2023, ReportStatus::Final, {}).ok());
    CHECK(store->load(k2023).value().status == ReportStatus::Final);
    CHECK(store->setStatus(k2023, ReportStatus::Final, {}).ok()); // already final: nothing to do

    Report edited = full;
    edited.cells[QStringLiteral("requests.new.natural")] = Decimal::fromInteger(1);
    CHECK(code(store->write(edited, ChangeHint{{QStringLiteral("requests.new.natural")}, {}, false, false}))
          == QStringLiteral("store.final"));
    CHECK(store->load(k2023).value().cells == full.cells);
    CHECK(code(store->restore(manual)) == QStringLiteral("store.final"));
    CHECK(code(store->importReport(full, true)) == QStringLiteral("store.final"));
    CHECK(code(store->newYear(kAgency, 2023, true)) == QStringLiteral("store.final"));
    CHECK(store->load(k2023).value().status == ReportStatus::Final);

    CHECK(code(store->setStatus(k2023, ReportStatus::Draft, QStringLiteral("  "))) == QStringLiteral("store.reason-required"));
    CHECK(code(store->setStatus(k2023, ReportStatus::Draft, {})) == QStringLiteral("store.reason-required"));
    REQUIRE(store->setStatus(k2023, ReportStatus::Draft, QStringLiteral("发现申请数量填错")).ok());
    CHECK(store->write(edited, ChangeHint{{QStringLiteral("requests.new.natural")}, {}, false, false}).ok());

    const auto log = store->auditLog(k2023).value();
    REQUIRE(log.size() == 2);
    CHECK(log[0].action == QStringLiteral("finalise"));
    REQUIRE(log[0].snapshotId > 0);
    CHECK(store->snapshot(log[0].snapshotId).value().status == ReportStatus::Final);
    CHECK(log[1].action == QStringLiteral("reopen"));
    CHECK(log[1].reason == QStringLiteral("发现申请数量填错"));
    CHECK(log[1].at.isValid());
}

TEMPLATE_TEST_CASE("store contract: finalising needs zero errors and a 说明 for each warning", "[store]", NB_STORE_FACTORIES)
{
    TestType factory;
    auto store = factory.make();
    const Report full = test::full2023();
    Report broken = full;
    broken.cells[QStringLiteral("requests.new.natural")] =
        Decimal::add(broken.cells.value(QStringLiteral("requests.new.natural")), Decimal::fromInteger(5)).value();
    REQUIRE(store->create(broken).ok());
    const auto errors = store->setStatus(k2023, ReportStatus::Final, {});
    REQUIRE_FALSE(errors.ok());
    CHECK(errors.error().code == QStringLiteral("store.has-errors"));
    CHECK(errors.error().message.contains(QStringLiteral("R3-BALANCE")));

    Report warned = full;
    warned.texts.remove(QStringLiteral("problems")); // RS-TEXT-EMPTY is a warning
    REQUIRE(store->write(warned, ChangeHint{{}, {}, false, true}).ok());
    const auto unexplained = store->setStatus(k2023, ReportStatus::Final, {});
    REQUIRE_FALSE(unexplained.ok());
    CHECK(unexplained.error().code == QStringLiteral("store.unexplained"));
    CHECK(unexplained.error().message.contains(QStringLiteral("RS-TEXT-EMPTY")));
    CHECK(store->load(k2023).value().status == ReportStatus::Draft);

    ChangeHint explained;
    explained.explanations = QStringList{QStringLiteral("RS-TEXT-EMPTY")};
    warned.explanations[QStringLiteral("RS-TEXT-EMPTY")] = QStringLiteral("   ");
    REQUIRE(store->write(warned, explained).ok());
    CHECK(code(store->setStatus(k2023, ReportStatus::Final, {})) == QStringLiteral("store.unexplained"));

    warned.explanations[QStringLiteral("RS-TEXT-EMPTY")] = QStringLiteral("本年度无需报告的问题");
    REQUIRE(store->write(warned, explained).ok());
    CHECK(store->setStatus(k2023, ReportStatus::Final, {}).ok());
    CHECK(actions(*store, k2023) == QStringList{QStringLiteral("finalise")});
}

TEMPLATE_TEST_CASE("store contract: finalising checks the cross-year rules against the stored previous year", "[store]",
                   NB_STORE_FACTORIES)
{
    TestType factory;
    auto store = factory.make();
    Report wrongCarry = test::full2023();
    wrongCarry.cells[QStringLiteral("requests.carried_in.natural")] = Decimal::fromInteger(9);
    wrongCarry.cells[QStringLiteral("requests.new.natural")] =
        Decimal::subtract(wrongCarry.cells.value(QStringLiteral("requests.new.natural")), Decimal::fromInteger(8)).value();
    REQUIRE(store->create(wrongCarry).ok());
    // Without last year's report there is nothing to compare with.
    REQUIRE(store->create(test::full2022()).ok());
    const auto refused = store->setStatus(k2023, ReportStatus::Final, {});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == QStringLiteral("store.has-errors"));
    CHECK(refused.error().message.contains(QStringLiteral("X-CARRY")));
}

TEMPLATE_TEST_CASE("store contract: snapshots are listed, viewable and restorable, and restore is logged", "[store]",
                   NB_STORE_FACTORIES)
{
    TestType factory;
    auto store = factory.make();
    const Report full = test::full2023();
    REQUIRE(store->create(full).ok());
    const qint64 manual = store->takeSnapshot(k2023, QStringLiteral("手动")).value();
    const qint64 unnamed = store->takeSnapshot(k2023, QStringLiteral(" ")).value();
    CHECK(unnamed > manual);
    Report edited = full;
    edited.texts[QStringLiteral("overview")] = QStringLiteral("改写后的总体情况");
    REQUIRE(store->write(edited, ChangeHint{{}, {QStringLiteral("overview")}, false, false}).ok());
    CHECK(store->snapshot(manual).value().texts == full.texts);

    REQUIRE(store->restore(manual).ok());
    CHECK(store->load(k2023).value() == full);
    CHECK(reasons(*store, k2023) == QStringList{QStringLiteral("手动"), QStringLiteral("手动"), QStringLiteral("恢复前")});
    // What restore replaced is itself kept.
    const auto list = store->snapshots(k2023).value();
    CHECK(store->snapshot(list.last().id).value().texts.value(QStringLiteral("overview")) == QStringLiteral("改写后的总体情况"));
    CHECK(list.last().taken.isValid());
    CHECK(list.last().report == k2023);
    CHECK(actions(*store, k2023) == QStringList{QStringLiteral("restore")});
}

TEMPLATE_TEST_CASE("store contract: renaming an agency keeps its reports and history and refuses bad names", "[store]",
                   NB_STORE_FACTORIES)
{
    TestType factory;
    auto store = factory.make();
    const Report full = test::full2023();
    REQUIRE(store->importReport(test::full2022(), false).ok());
    REQUIRE(store->create(full).ok());
    REQUIRE(store->takeSnapshot(k2023, QStringLiteral("手动")).ok());
    Report other = full;
    other.agencyName = QStringLiteral("另一个局");
    REQUIRE(store->create(other).ok());

    CHECK(code(store->renameAgency(kAgency, QStringLiteral(" "))) == QStringLiteral("store.invalid"));
    CHECK(code(store->renameAgency(kAgency, other.agencyName)) == QStringLiteral("store.exists"));
    CHECK(code(store->renameAgency(QStringLiteral("不存在的局"), QStringLiteral("新名"))) == QStringLiteral("store.not-found"));
    CHECK(store->load(k2023).ok());

    const QString renamed = QStringLiteral("示例市人民政府办公室");
    REQUIRE(store->renameAgency(kAgency, renamed).ok());
    CHECK(code(store->load(k2023)) == QStringLiteral("store.not-found"));
    const Report moved = store->load({renamed, 2023}).value();
    CHECK(moved.agencyName == renamed);
    CHECK(moved.cells == full.cells);
    CHECK(store->load({renamed, 2022}).value().cells == test::full2022().cells);
    CHECK(actions(*store, {renamed, 2022}) == QStringList{QStringLiteral("import")});
    CHECK(reasons(*store, {renamed, 2023}) == QStringList{QStringLiteral("手动")});
}

TEMPLATE_TEST_CASE("store contract: import creates a draft, keeps an existing report unless replacing, snapshots and logs",
                   "[store]", NB_STORE_FACTORIES)
{
    TestType factory;
    auto store = factory.make();
    const Report previous = test::full2022();
    REQUIRE(store->importReport(previous, false).ok());
    CHECK(reasons(*store, k2022) == QStringList{QStringLiteral("导入")});
    CHECK(actions(*store, k2022) == QStringList{QStringLiteral("import")});

    Report changed = previous;
    changed.texts[QStringLiteral("other")] = QStringLiteral("新导入的文字");
    CHECK(code(store->importReport(changed, false)) == QStringLiteral("store.exists"));
    CHECK(store->load(k2022).value().texts == previous.texts);

    REQUIRE(store->importReport(changed, true).ok());
    CHECK(store->load(k2022).value().texts.value(QStringLiteral("other")) == QStringLiteral("新导入的文字"));
    const auto list = store->snapshots(k2022).value();
    CHECK(reasons(*store, k2022) == QStringList{QStringLiteral("导入"), QStringLiteral("导入前"), QStringLiteral("导入")});
    CHECK(store->snapshot(list[1].id).value().texts == previous.texts);
    CHECK(actions(*store, k2022) == QStringList{QStringLiteral("import"), QStringLiteral("import")});

    Report final = previous;
    final.status = ReportStatus::Final;
    final.agencyName = QStringLiteral("定稿导入局");
    REQUIRE(store->importReport(final, false).ok());
    CHECK(store->load({final.agencyName, 2022}).value().status == ReportStatus::Draft);
}

TEMPLATE_TEST_CASE("store contract: importEach takes reports one at a time, all or none, in one transaction",
                   "[store]", NB_STORE_FACTORIES)
{
    TestType factory;
    auto store = factory.make();
    // Many reports, each asked for by index, each let go after (nianbao-cli import of thousands of files).
    const int count = 60;
    const auto reportAt = [](qsizetype i) {
        Report r = test::full2023();
        r.agencyName = QStringLiteral("逐个导入局%1").arg(i / 2);
        r.year = 2022 + int(i % 2);
        return r;
    };
    QList<qsizetype> asked;
    REQUIRE(store->importEach(count, [&](qsizetype i) -> Result<Report> { asked << i; return reportAt(i); }, false).ok());
    CHECK(asked.size() >= count);
    CHECK(store->list().value().size() == count);
    CHECK(store->load({QStringLiteral("逐个导入局29"), 2023}).value().cells == test::full2023().cells);
    CHECK(actions(*store, {QStringLiteral("逐个导入局0"), 2022}) == QStringList{QStringLiteral("import")});

    // A source that fails half-way, or a report refused at the end, and nothing of the others is kept.
    const auto freshAt = [&](qsizetype i) {
        Report r = reportAt(i);
        r.agencyName = QStringLiteral("未导入局%1").arg(i);
        return r;
    };
    const Status failed = store->importEach(
        count,
        [&](qsizetype i) -> Result<Report> {
            if (i == count / 2)
                return Error{QStringLiteral("test.unreadable"), QStringLiteral("读不出")};
            return freshAt(i);
        },
        false);
    CHECK(code(failed) == QStringLiteral("test.unreadable"));
    const Status refused = store->importEach(
        count, [&](qsizetype i) -> Result<Report> { return i == count - 1 ? reportAt(0) : freshAt(i); }, false);
    CHECK(code(refused) == QStringLiteral("store.exists"));
    CHECK(store->list().value().size() == count);
    CHECK(code(store->load({QStringLiteral("未导入局0"), 2022})) == QStringLiteral("store.not-found"));
    const auto agencies = store->agencies(); // held: a range-for over value() of a temporary dangles
    REQUIRE(agencies.ok());
    for (const auto &agency : agencies.value())
        CHECK_FALSE(agency.name.startsWith(QStringLiteral("未导入局")));
}

TEMPLATE_TEST_CASE("store contract: new-year starts year Y from the stored Y-1 and refuses what it must", "[store]",
                   NB_STORE_FACTORIES)
{
    TestType factory;
    auto store = factory.make();
    const Report previous = test::full2022();
    REQUIRE(store->create(previous).ok());
    const auto made = store->newYear(kAgency, 2023, false);
    REQUIRE(made.ok());
    const Report stored = store->load(k2023).value();
    CHECK(stored == made.value());
    CHECK(stored.cells.value(QStringLiteral("requests.carried_in.natural"))
          == previous.cells.value(QStringLiteral("requests.carried_out.natural")));
    CHECK_FALSE(stored.cells.contains(QStringLiteral("requests.new.natural")));
    CHECK_FALSE(stored.textsToRevise.isEmpty());
    CHECK(reasons(*store, k2023) == QStringList{QStringLiteral("新年度")});
    CHECK(actions(*store, k2023) == QStringList{QStringLiteral("new-year")});

    // The cross-year rules find the stored previous year: X-CARRY holds.
    Engine engine;
    engine.setPrevious(store->load(k2022).value());
    engine.load(stored);
    for (const auto &finding : engine.findings())
        CHECK(finding.rule != QStringLiteral("X-CARRY"));

    CHECK(code(store->newYear(kAgency, 2023, false)) == QStringLiteral("store.exists"));
    Report edited = stored;
    edited.texts[QStringLiteral("overview")] = QStringLiteral("已经写了一半");
    REQUIRE(store->write(edited, ChangeHint{{}, {QStringLiteral("overview")}, false, false}).ok());
    REQUIRE(store->newYear(kAgency, 2023, true).ok());
    const auto snaps = store->snapshots(k2023).value();
    CHECK(reasons(*store, k2023)
          == QStringList{QStringLiteral("新年度"), QStringLiteral("新年度替换前"), QStringLiteral("新年度")});
    CHECK(store->snapshot(snaps[1].id).value().texts.value(QStringLiteral("overview")) == QStringLiteral("已经写了一半"));

    const auto missing = store->newYear(kAgency, 2030, false);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == QStringLiteral("store.no-previous"));
    CHECK(missing.error().message.contains(QStringLiteral("2029")));
    CHECK(code(store->load({kAgency, 2030})) == QStringLiteral("store.not-found"));
}

TEMPLATE_TEST_CASE("store contract: list names every agency and year with kind, status and time", "[store]",
                   NB_STORE_FACTORIES)
{
    TestType factory;
    auto store = factory.make();
    CHECK(store->list().value().isEmpty());
    REQUIRE(store->importReport(test::full2022(), false).ok());
    REQUIRE(store->importReport(test::full2023(), false).ok());
    REQUIRE(store->setStatus(k2022, ReportStatus::Final, {}).ok());
    auto list = store->list().value();
    std::sort(list.begin(), list.end(), [](const auto &a, const auto &b) { return a.id.year < b.id.year; });
    REQUIRE(list.size() == 2);
    CHECK(list[0].id == k2022);
    CHECK(list[0].status == ReportStatus::Final);
    CHECK(list[0].kind == AgencyKind::Government);
    CHECK(list[1].id == k2023);
    CHECK(list[1].status == ReportStatus::Draft);
    CHECK(list[1].updated.isValid());
}

TEMPLATE_TEST_CASE("store contract: an unusable agency name or year is refused wherever it comes in, and nothing is written",
                   "[store]", NB_STORE_FACTORIES)
{
    TestType factory;
    auto store = factory.make();
    REQUIRE(store->create(test::full2023()).ok());
    const QStringList badNames{QStringLiteral("示例\x1b[31m局"), QStringLiteral("../../etc/passwd"),
                               QString(300, QChar(0x5C40))};
    for (const QString &name : badNames) {
        INFO("name " << name.left(40).toStdString());
        Report bad = test::full2023();
        bad.agencyName = name;
        CHECK(code(store->create(bad)) == QStringLiteral("store.invalid"));
        CHECK(code(store->importReport(bad, true)) == QStringLiteral("store.invalid"));
        CHECK(code(store->importReports({test::full2022(), bad}, true)) == QStringLiteral("store.invalid"));
        CHECK(code(store->newYear(name, 2024, false)) == QStringLiteral("store.invalid"));
        CHECK(code(store->renameAgency(kAgency, name)) == QStringLiteral("store.invalid"));
        CHECK(code(store->addAgency({name, AgencyKind::Department, {}})) == QStringLiteral("store.invalid"));
    }
    for (const int year : {0, 1899, 99999}) {
        INFO("year " << year);
        Report bad = test::full2023();
        bad.year = year;
        CHECK(code(store->create(bad)) == QStringLiteral("store.invalid"));
        CHECK(code(store->importReport(bad, true)) == QStringLiteral("store.invalid"));
        CHECK(code(store->newYear(kAgency, year, false)) == QStringLiteral("store.invalid"));
    }
    // Nothing of the refused calls was written: the one report and its agency remain,
    // and the whole batch with a bad report in it left 2022 out too.
    const auto agencies = store->agencies().value();
    REQUIRE(agencies.size() == 1);
    CHECK(agencies.first().name == kAgency);
    CHECK(code(store->load(k2022)) == QStringLiteral("store.not-found"));
    CHECK(store->load(k2023).value().cells == test::full2023().cells);
}
