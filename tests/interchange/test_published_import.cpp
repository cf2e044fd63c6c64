// The importer of published reports against the fixtures of tests/data/published:
// every layout, every label variant of contract §6 and every finding. For each
// fixture manifest.json gives every cell's value; the test checks all of them,
// the cells left blank or unreadable, the cell notes and the exact findings.
#include "core/interchange/published_report_importer.h"
#include "core/interchange/text_decoding.h"
#include "core/report/label_text.h"
#include "core/report/engine.h"
#include "tests/support/fixtures.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <catch2/catch.hpp>

using namespace nb::report;
using namespace nb::interchange;

#include "tests/support/catch_qt.h"

namespace {

QJsonArray manifest()
{
    return QJsonDocument::fromJson(nb::test::readData(QStringLiteral("published/manifest.json"))).array();
}

QSet<QString> stringSet(const QJsonValue &v)
{
    QSet<QString> out;
    for (const auto &s : v.toArray())
        out.insert(s.toString());
    return out;
}

QSet<QString> findingRules(const Report &report)
{
    Engine engine;
    engine.load(report);
    QSet<QString> out;
    for (const auto &f : engine.findings())
        out.insert(f.rule);
    return out;
}

ImportResult importFixture(const QString &file)
{
    auto result = importPublishedReport(nb::test::readData(QStringLiteral("published/") + file), file);
    INFO(file.toStdString() << ": " << (result ? QString() : result.error().message).toStdString());
    REQUIRE(result.ok());
    return result.value();
}

std::optional<Decimal> expectedValue(const QJsonValue &v)
{
    if (v.isUndefined())
        return std::nullopt;
    return v.isString() ? Decimal::fromString(v.toString()) : Decimal::fromInteger(v.toInteger());
}

QString paragraphsJoined(const QJsonArray &paragraphs)
{
    QString out;
    for (const auto &p : paragraphs)
        out += p.toString();
    return out;
}

} // namespace

TEST_CASE("every published fixture imports with every cell, note and finding as expected", "[import]")
{
    const auto def = Definition::builtin();
    const QJsonArray entries = manifest();
    REQUIRE(entries.size() >= 44);
    for (const auto &e : entries) {
        const QJsonObject expected = e.toObject();
        const QString file = expected[QLatin1String("file")].toString();
        DYNAMIC_SECTION(file.toStdString())
        {
            const ImportResult result = importFixture(file);
            const Report &r = result.report;
            CHECK(r.agencyName == expected[QLatin1String("agency")].toString());
            CHECK(r.year == expected[QLatin1String("year")].toInt());
            CHECK(agencyKindKey(r.agencyKind) == expected[QLatin1String("kind")].toString());
            CHECK(r.imported.present);
            const QJsonObject cells = expected[QLatin1String("cells")].toObject();
            for (const Cell &cell : def->cells()) {
                INFO(file.toStdString() << " " << cell.key.toStdString());
                const auto want = expectedValue(cells.value(cell.key));
                const bool has = r.cells.contains(cell.key);
                CHECK(has == want.has_value());
                if (has && want)
                    CHECK(r.cells.value(cell.key).toString() == want->toString());
            }
            QSet<QString> unreadable;
            for (const auto &u : result.unreadable)
                unreadable.insert(u.cell);
            CHECK(unreadable == stringSet(expected[QLatin1String("unreadable")]));
            CHECK(QSet<QString>(result.blankCells.begin(), result.blankCells.end()) == stringSet(expected[QLatin1String("blank")]));
            const QJsonObject notes = expected[QLatin1String("notes")].toObject();
            CHECK(r.cellNotes.size() == notes.size());
            for (auto it = notes.begin(); it != notes.end(); ++it)
                CHECK(r.cellNotes.value(it.key()) == it.value().toString());
            CHECK(findingRules(r) == stringSet(expected[QLatin1String("findings")]));
            // Where agency and year came from when not from a title in the body.
            const QString documentNotes = result.notes.join(u'\n');
            for (const auto &n : expected[QLatin1String("documentNotes")].toArray())
                CHECK(documentNotes.contains(n.toString()));
            if (expected[QLatin1String("documentNotes")].toArray().isEmpty())
                CHECK(documentNotes.isEmpty());
            // A signature is not part of the last section's text.
            CHECK_FALSE(r.texts.value(QStringLiteral("other")).contains(QStringLiteral("二〇二四")));
            CHECK_FALSE(r.texts.value(QStringLiteral("other")).contains(QStringLiteral("1月20日")));
        }
    }
}

TEST_CASE("the text sections of every layout read back as written", "[import]")
{
    const QJsonObject texts = manifest().first().toObject()[QLatin1String("texts")].toObject();
    REQUIRE(texts.size() == 3);
    for (const char *file : {"web-2023.txt", "pdf-2023.txt", "page-2023.html", "page-gbk-2023.html"}) {
        const ImportResult result = importFixture(QString::fromLatin1(file));
        for (auto it = texts.begin(); it != texts.end(); ++it) {
            INFO(file << " " << it.key().toStdString());
            QString text = result.report.texts.value(it.key());
            CHECK(text.remove(u'\n') == paragraphsJoined(it.value().toArray()));
        }
        CHECK(result.report.imported.sections
              == QStringList({"overview", "active", "requests", "appeals", "problems", "other"}));
        CHECK(result.report.imported.titleYear == 2023);
        CHECK(result.report.imported.preface.contains(QStringLiteral("2023年1月1日至2023年12月31日")));
    }
}

TEST_CASE("site navigation, scripts and the footer of a web page are not part of the report", "[import][html]")
{
    const ImportResult result = importFixture(QStringLiteral("page-2023.html"));
    CHECK(result.encoding == QLatin1String("UTF-8"));
    CHECK_FALSE(result.report.imported.preface.contains(QStringLiteral("首页")));
    CHECK_FALSE(result.report.texts.value(QStringLiteral("other")).contains(QStringLiteral("打印")));
    CHECK_FALSE(result.report.texts.value(QStringLiteral("other")).contains(QStringLiteral("版权所有")));
    const ImportResult gbk = importFixture(QStringLiteral("page-gbk-2023.html"));
    CHECK(gbk.encoding == QLatin1String("GB18030"));
    CHECK(gbk.report.cells == result.report.cells);
    CHECK(gbk.report.texts == result.report.texts);
}

TEST_CASE("GB18030 decoding reads GBK bytes and refuses what is not GB18030", "[import][encoding]")
{
    // Debian's Qt is built with ICU: GB18030 goes through QStringDecoder, iconv is only the fallback.
    CHECK(qtDecodesGb18030());
    // "政府信息" in GBK.
    const QByteArray gbk("\xD5\xFE\xB8\xAE\xD0\xC5\xCF\xA2");
    for (GbDecoder decoder : {GbDecoder::Qt, GbDecoder::Iconv}) {
        INFO((decoder == GbDecoder::Qt ? "Qt" : "iconv"));
        const auto text = decodeGb18030(gbk, decoder);
        REQUIRE(text);
        CHECK(*text == QStringLiteral("政府信息"));
        CHECK_FALSE(decodeGb18030(QByteArray("\x81\x20", 2), decoder)); // a lead byte with an invalid trail
        // Four-byte GB18030 sequences: characters GBK does not have (U+20BB7 𠮷, U+3400 㐀).
        const auto rare = decodeGb18030(QByteArray("\x95\x34\xB2\x35\x81\x39\xEE\x39"), decoder);
        REQUIRE(rare);
        CHECK(*rare == QStringLiteral("𠮷㐀"));
    }
    const QByteArray page = nb::test::readData(QStringLiteral("published/page-gb18030-2023.html"));
    CHECK(decodeGb18030(page, GbDecoder::Qt) == decodeGb18030(page, GbDecoder::Iconv));
    QString encoding;
    CHECK(decodeReportText(gbk, &encoding) == QStringLiteral("政府信息"));
    CHECK(encoding == QLatin1String("GB18030"));
    CHECK(decodeReportText(QStringLiteral("政府").toUtf8(), &encoding) == QStringLiteral("政府"));
    CHECK(encoding == QLatin1String("UTF-8"));
    // A converted page that still declares gb2312 is read as the UTF-8 it is.
    const QByteArray misdeclared = "<meta charset=\"gb2312\"><p>" + QStringLiteral("政府信息").toUtf8() + "</p>";
    CHECK(decodeReportText(misdeclared, &encoding)->contains(QStringLiteral("政府信息")));
    CHECK(encoding == QLatin1String("UTF-8"));
    CHECK_FALSE(decodeReportText(QByteArray("<meta charset=big5><p>\xAC\x46\xA9\xB2</p>"), &encoding));
}

TEST_CASE("a file that is not a report is refused with a message, not imported empty", "[import]")
{
    auto notReport = importPublishedReport(QByteArray("菜单\n首页 | 新闻 | 联系我们\n"), QStringLiteral("page.txt"));
    REQUIRE_FALSE(notReport.ok());
    CHECK(notReport.error().code == QLatin1String("import.not-a-report"));
    CHECK(notReport.error().message.contains(QStringLiteral("page.txt")));
    auto binary = importPublishedReport(QByteArray("\x81\x20\xff\xfe\x00", 5), QStringLiteral("x.txt"));
    CHECK_FALSE(binary.ok());
}

TEST_CASE("a cell that is not a number is reported with what was printed and left blank", "[import]")
{
    QByteArray text = nb::test::readData(QStringLiteral("published/web-2023.txt"));
    text.replace("行政规范性文件 | 14 | 6 | 215 |", "行政规范性文件 | 14 | 六 | 215 |");
    const auto result = importPublishedReport(text, QStringLiteral("x.txt"));
    REQUIRE(result.ok());
    CHECK_FALSE(result->report.cells.contains(QStringLiteral("active.normative_documents.repealed")));
    CHECK(result->report.cells.value(QStringLiteral("active.normative_documents.issued")) == Decimal::fromInteger(14));
    CHECK(result->report.cells.value(QStringLiteral("active.normative_documents.in_force")) == Decimal::fromInteger(215));
    REQUIRE(result->unreadable.size() == 1);
    CHECK(result->unreadable.first().cell == QLatin1String("active.normative_documents.repealed"));
    CHECK(result->unreadable.first().printed == QStringLiteral("六"));
    CHECK(result->unreadable.first().reason.contains(QStringLiteral("六")));
}

TEST_CASE("a row with fewer figures than columns, not standing under the columns, is not guessed", "[import]")
{
    QString text = QString::fromUtf8(nb::test::readData(QStringLiteral("published/pdf-2023.txt")));
    // pdftotext drops blank cells; here the 6 figures for 7 columns do not stand under the columns either.
    const qsizetype at = text.indexOf(QStringLiteral("2.重复申请"));
    REQUIRE(at > 0);
    text.replace(at, text.indexOf(u'\n', at) - at, QStringLiteral("2.重复申请 37 10 13 16 22 117"));
    const auto result = importPublishedReport(text.toUtf8(), QStringLiteral("x.txt"));
    REQUIRE(result.ok());
    int unreadable = 0;
    for (const auto &u : result->unreadable) {
        CHECK(u.cell.startsWith(QLatin1String("requests.result.not_processed.repeated.")));
        ++unreadable;
    }
    CHECK(unreadable == 7);
    CHECK_FALSE(result->report.cells.contains(QStringLiteral("requests.result.not_processed.repeated.natural")));
}

TEST_CASE("in PDF text a blank cell is placed by where the other figures stand", "[import]")
{
    QString text = QString::fromUtf8(nb::test::readData(QStringLiteral("published/pdf-2023.txt")));
    const qsizetype at = text.indexOf(QStringLiteral("2.重复申请"));
    const qsizetype end = text.indexOf(u'\n', at);
    QString line = text.mid(at, end - at);
    const qsizetype figure = line.lastIndexOf(QStringLiteral(" 19 ")); // the 法律服务机构 figure
    REQUIRE(figure > 0);
    line.replace(figure, 4, QStringLiteral("    "));
    text.replace(at, end - at, line);
    const auto result = importPublishedReport(text.toUtf8(), QStringLiteral("x.txt"));
    REQUIRE(result.ok());
    CHECK(result->unreadable.isEmpty());
    CHECK(result->blankCells == QStringList{QStringLiteral("requests.result.not_processed.repeated.legal")});
    CHECK(result->report.cells.value(QStringLiteral("requests.result.not_processed.repeated.other_org")) == Decimal::fromInteger(22));
    CHECK(result->report.cells.value(QStringLiteral("requests.result.not_processed.repeated.nonprofit")) == Decimal::fromInteger(16));
}

TEST_CASE("in PDF text a remark broken at a space stays with its figure", "[import]")
{
    QString text = QString::fromUtf8(nb::test::readData(QStringLiteral("published/pdf-2023.txt")));
    const qsizetype at = text.indexOf(QStringLiteral("行政规范性文件"), text.indexOf(QStringLiteral("信息内容")));
    REQUIRE(at > 0);
    const qsizetype figure = text.indexOf(QStringLiteral("14"), at);
    text.replace(figure, 2, QStringLiteral("14（其中修订 5件）"));
    const auto result = importPublishedReport(text.toUtf8(), QStringLiteral("x.txt"));
    REQUIRE(result.ok());
    CHECK(result->unreadable.isEmpty());
    CHECK(result->report.cells.value(QStringLiteral("active.normative_documents.issued")) == Decimal::fromInteger(14));
    CHECK(result->report.cells.value(QStringLiteral("active.normative_documents.repealed")) == Decimal::fromInteger(6));
    CHECK(result->report.cellNotes.value(QStringLiteral("active.normative_documents.issued")) == QStringLiteral("其中修订5件"));
}

TEST_CASE("without a title, agency and year come from the text and are listed as notes", "[import]")
{
    QByteArray text = nb::test::readData(QStringLiteral("published/web-2023.txt"));
    const qsizetype firstLine = text.indexOf('\n');
    // No title; a sentence of the preface names the report (and is not taken for its title).
    text.replace(0, firstLine, "现将示范市人民政府2023年政府信息公开工作年度报告公布如下，欢迎社会监督。");
    const auto result = importPublishedReport(text, QStringLiteral("nianbao.txt"));
    REQUIRE(result.ok());
    CHECK(result->report.agencyName == QStringLiteral("示范市人民政府"));
    CHECK(result->report.agencyKind == AgencyKind::Government);
    CHECK(result->report.year == 2023);
    CHECK(result->report.imported.titleYear == 0);
    REQUIRE(result->notes.size() == 2);
    CHECK(result->notes[0].contains(QStringLiteral("统计期限")));
    CHECK(result->notes[1].contains(QStringLiteral("示范市人民政府")));
}

TEST_CASE("agency, kind and year supplied by the user read a report without any title and override one", "[import][title]")
{
    QByteArray text = nb::test::readData(QStringLiteral("published/web-2023.txt"));
    // No title, no statistics period, no sentence naming the agency, no signature.
    text.replace(0, text.indexOf('\n'), "");
    text.replace("统计期限为2023年1月1日至2023年12月31日", "");
    text.replace("2023年，示范市人民政府深入贯彻", "本机关深入贯彻");
    const auto bare = importPublishedReport(text, QStringLiteral("report.txt"));
    REQUIRE(bare.ok());
    CHECK(bare->report.agencyName.isEmpty());
    CHECK(bare->notes.join(u'\n').contains(QStringLiteral("请补填")));
    ImportOptions options;
    options.agency = QStringLiteral("示范县交通运输局");
    options.kind = AgencyKind::Department;
    options.year = 2023;
    const auto supplied = importPublishedReport(text, QStringLiteral("report.txt"), *Definition::builtin(), options);
    REQUIRE(supplied.ok());
    CHECK(supplied->report.agencyName == QStringLiteral("示范县交通运输局"));
    CHECK(supplied->report.agencyKind == AgencyKind::Department);
    CHECK(supplied->report.year == 2023);
    CHECK_FALSE(supplied->notes.join(u'\n').contains(QStringLiteral("请补填")));
    CHECK(supplied->report.cells == bare->report.cells);
    // Overriding what the title says is noted; the title year stays what was printed (RT-YEAR compares it).
    options.year = 2024;
    const auto overridden = importPublishedReport(nb::test::readData(QStringLiteral("published/web-2023.txt")),
                                                  QStringLiteral("web.txt"), *Definition::builtin(), options);
    REQUIRE(overridden.ok());
    CHECK(overridden->report.year == 2024);
    CHECK(overridden->report.imported.titleYear == 2023);
    CHECK(overridden->notes.join(u'\n').contains(QStringLiteral("按指定改为 2024")));
    CHECK(overridden->notes.join(u'\n').contains(QStringLiteral("按指定改为“示范县交通运输局”")));
    CHECK(findingRules(overridden->report).contains(QStringLiteral("RT-YEAR")));
}

TEST_CASE("titles: year first, spaces, two lines, sentences and site names", "[import][title]")
{
    const auto def = Definition::builtin();
    auto parse = [&](const char *text) { return parseTitle(nb::report::labels::normalize(QString::fromUtf8(text)), *def); };
    auto yearFirst = parse("2024 年上海市科委政府信息公开工作年度报告");
    REQUIRE(yearFirst);
    CHECK(yearFirst->agency == QStringLiteral("上海市科委"));
    CHECK(yearFirst->year == 2024);
    auto annual = parse("示范市人民政府2023年度政府信息公开工作年度报告");
    REQUIRE(annual);
    CHECK(annual->agency == QStringLiteral("示范市人民政府"));
    CHECK_FALSE(parse("现将本机关2023年政府信息公开工作年度报告公布如下，欢迎监督。"));
    CHECK_FALSE(parse("关于印发《2023年政府信息公开工作要点》的通知"));
}
