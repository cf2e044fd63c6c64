// The translations are complete (every entry of both .ts files finished, with
// the source's placeholders), and the compiled English catalogue translates
// what the core libraries say: a finding of the engine, a refusal of the
// number parser (the desktop application and nianbao-cli embed the same catalogues).
#include "core/report/engine.h"
#include "core/report/number_parser.h"
#include "tests/i18n/ts_catalog.h"
#include "tests/support/fixtures.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSet>
#include <QTranslator>
#include <catch2/catch.hpp>

using namespace nb::report;
using nb::test::TsCatalog;
using nb::test::TsMessage;

namespace {

TsCatalog catalog(const char *language)
{
    const QString path = QStringLiteral(NB_TS_DIR "/nianbao_%1.ts").arg(QLatin1String(language));
    TsCatalog ts = nb::test::readTsFile(path);
    INFO(path.toStdString() << ": " << ts.error.toStdString());
    REQUIRE(ts.error.isEmpty());
    REQUIRE(ts.messages.size() > 100); // every layer's strings, not an empty file
    return ts;
}

QString where(const TsMessage &m)
{
    return QStringLiteral("[%1] %2").arg(m.context, m.source);
}

// Everything wrong with one entry; empty when it is finished and sound.
QStringList problems(const TsMessage &m)
{
    QStringList out;
    if (m.context.isEmpty())
        out << where(m) + QStringLiteral(": no context (lupdate could not tell the class of tr())");
    if (!m.type.isEmpty())
        out << where(m) + QStringLiteral(": translation is ") + m.type;
    if (m.translations.isEmpty())
        out << where(m) + QStringLiteral(": no translation");
    for (const QString &t : m.translations) {
        if (t.trimmed().isEmpty())
            out << where(m) + QStringLiteral(": empty translation");
        else if (nb::test::placeholders(t) != nb::test::placeholders(m.source))
            out << where(m) + QStringLiteral(": placeholders differ in “%1”").arg(t);
    }
    return out;
}

QStringList problems(const TsCatalog &ts)
{
    QStringList out;
    for (const TsMessage &m : ts.messages)
        out << problems(m);
    return out;
}

QSet<QString> keys(const TsCatalog &ts)
{
    QSet<QString> out;
    for (const TsMessage &m : ts.messages)
        out.insert(m.context + QLatin1Char('\n') + m.source);
    return out;
}

QString balanceMessage()
{
    Report r = nb::test::full2023();
    r.cells.remove(QStringLiteral("requests.new.commercial")); // 一 + 二 ≠ 总计 + 四
    Engine engine;
    engine.load(r);
    for (const Finding &f : engine.findings())
        if (f.rule == QLatin1String("R3-BALANCE"))
            return f.message;
    return QString();
}

QString refusal(const QString &input, ValueType type)
{
    const auto parsed = NumberParser::parse(input, type);
    return parsed ? QString() : parsed.error().message;
}

// Installs the English catalogue the desktop app embeds, for one scope.
struct EnglishScope {
    QTranslator translator;
    EnglishScope()
    {
        REQUIRE(translator.load(QStringLiteral(NB_QM_DIR "/nianbao_en.qm")));
        REQUIRE(QCoreApplication::installTranslator(&translator));
    }
    ~EnglishScope() { QCoreApplication::removeTranslator(&translator); }
};

} // namespace

TEST_CASE("i18n: Both translation files are complete", "[i18n]")
{
    for (const char *language : {"en", "zh_CN"}) {
        const TsCatalog ts = catalog(language);
        const QStringList wrong = problems(ts);
        INFO(language << ":\n" << wrong.join(QLatin1Char('\n')).toStdString());
        CHECK(wrong.isEmpty());
        CHECK(ts.sourceLanguage == QLatin1String("zh_CN"));
    }
}

TEST_CASE("i18n: zh_CN translates every message to its Chinese source", "[i18n]")
{
    const TsCatalog ts = catalog("zh_CN");
    QStringList changed;
    for (const TsMessage &m : ts.messages)
        if (!m.numerus && m.translations.value(0) != m.source)
            changed << where(m);
    INFO(changed.join(QLatin1Char('\n')).toStdString());
    CHECK(changed.isEmpty());
}

TEST_CASE("i18n: Both translation files hold the same messages", "[i18n]")
{
    const QSet<QString> en = keys(catalog("en"));
    const QSet<QString> zh = keys(catalog("zh_CN"));
    INFO("only in en: " << QStringList((en - zh).values()).join(QLatin1String(" | ")).toStdString());
    INFO("only in zh_CN: " << QStringList((zh - en).values()).join(QLatin1String(" | ")).toStdString());
    CHECK(en == zh);
}

TEST_CASE("i18n: The placeholder check sees what .arg() would fill", "[i18n]")
{
    using nb::test::placeholders;
    CHECK(placeholders(QStringLiteral("“%1”与 %2 年度报告的文字相似度为 %3%")) == QStringList{"%1", "%2", "%3"});
    CHECK(placeholders(QStringLiteral("未知的键“%1%2”")) == QStringList{"%1", "%2"});
    CHECK(placeholders(QStringLiteral("清除 %n 个单元格")) == QStringList{"%n"});
    CHECK(placeholders(QStringLiteral("%2 before %1")) == placeholders(QStringLiteral("%1 后 %2")));
    CHECK(placeholders(QStringLiteral("%1 only")) != placeholders(QStringLiteral("%1 和 %2")));
    CHECK(placeholders(QStringLiteral("100% 完成")).isEmpty());
}

TEST_CASE("i18n: The English catalogue translates the engine's findings", "[i18n]")
{
    const QString chinese = balanceMessage();
    REQUIRE(chinese.contains(QStringLiteral("，不等于 "))); // no translator: the source language
    {
        EnglishScope english;
        const QString message = balanceMessage();
        INFO(message.toStdString());
        CHECK(message.contains(QLatin1String(", which differs from ")));
        CHECK_FALSE(message.contains(QStringLiteral("不等于")));
        // The interpolated figures and sums are the same; only the sentence changed.
        CHECK(message.section(QLatin1String(", which differs from "), 1)
              == chinese.section(QStringLiteral("，不等于 "), 1));
    }
    CHECK(balanceMessage() == chinese); // removed again: back to Chinese
}

TEST_CASE("i18n: The English catalogue translates the number parser's refusals", "[i18n]")
{
    CHECK(refusal(QStringLiteral("abc"), ValueType::Count) == QStringLiteral("“abc”不是数字"));
    EnglishScope english;
    CHECK(refusal(QStringLiteral("abc"), ValueType::Count) == QStringLiteral("“abc” is not a number"));
    CHECK(refusal(QStringLiteral("-3"), ValueType::Count)
          == QStringLiteral("“-3” is negative; only 0 or a positive number is allowed here"));
    CHECK(refusal(QStringLiteral("2.5"), ValueType::Count)
          == QStringLiteral("“2.5” is not a whole number; counts must be whole numbers"));
}

TEST_CASE("i18n: Qt's own dialogs have their Chinese catalogue", "[i18n]")
{
    // The app loads qtbase_<lang> from Qt's translations folder (Debian:
    // qt6-translations-l10n) so file, print and message dialogs speak Chinese.
    QTranslator qt;
    REQUIRE(qt.load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
    CHECK(qt.translate("QPlatformTheme", "Cancel") == QStringLiteral("取消"));
    CHECK(qt.translate("QFileDialog", "Open") == QStringLiteral("打开"));
}
