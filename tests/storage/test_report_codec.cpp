// Snapshots as JSON text (ReportCodec): written directly, read with
// QJsonDocument, the same document as one built with QJsonObject.
#include "core/storage/report_codec.h"
#include "tests/storage/storage_fixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace nb;
using report::Report;

namespace {

QString text(const QString &value) { return value; }
QString text(const report::Decimal &value) { return value.toString(); }

// The snapshot format, as the codec wrote it with QJsonObject until it wrote the text itself.
QJsonObject expectedJson(const Report &r)
{
    const auto object = [](const auto &map) {
        QJsonObject o;
        for (auto it = map.begin(); it != map.end(); ++it)
            o.insert(it.key(), text(it.value()));
        return o;
    };
    return QJsonObject{
        {QStringLiteral("agency"), r.agencyName},
        {QStringLiteral("kind"), report::agencyKindKey(r.agencyKind)},
        {QStringLiteral("year"), r.year},
        {QStringLiteral("status"), report::reportStatusKey(r.status)},
        {QStringLiteral("documentNumber"), r.documentNumber},
        {QStringLiteral("publishDate"), r.publishDate.toString(Qt::ISODate)},
        {QStringLiteral("cells"), object(r.cells)},
        {QStringLiteral("texts"), object(r.texts)},
        {QStringLiteral("cellNotes"), object(r.cellNotes)},
        {QStringLiteral("explanations"), object(r.explanations)},
        {QStringLiteral("textsToRevise"), QJsonArray::fromStringList(r.textsToRevise)},
    };
}

// A report with every character JSON must escape, and some it must not.
Report awkward()
{
    Report r = test::packageFixture(QStringLiteral("full-2023.nianbao.json"));
    r.agencyName = QStringLiteral("示例县\"引号\"局");
    r.documentNumber = QStringLiteral("示府办〔2024〕1号 \\ back/slash");
    r.texts[QStringLiteral("problems")] = QStringLiteral("第一行\n第二行\r\n\t缩进，控制符\x01\x1f结束；表情 \U0001F600，\u2028分隔");
    r.cellNotes[QStringLiteral("requests.new.natural")] = QString();
    r.explanations[QStringLiteral("X1")] = QStringLiteral("\b\f\"\\");
    r.textsToRevise = {QStringLiteral("problems"), QStringLiteral("other")};
    r.status = report::ReportStatus::Final;
    return r;
}

} // namespace

TEST_CASE("a snapshot's text is the JSON document of the report and reads back exactly", "[storage]")
{
    for (const Report &r : {test::packageFixture(QStringLiteral("full-2022.nianbao.json")),
                            test::packageFixture(QStringLiteral("full-2023.nianbao.json")), awkward(), Report{}}) {
        INFO(r.agencyName.toStdString());
        const QString text = storage::ReportCodec::encode(r);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
        REQUIRE(error.error == QJsonParseError::NoError);
        CHECK(doc.object() == expectedJson(r));
        const auto decoded = storage::ReportCodec::decode(text);
        REQUIRE(decoded);
        Report expected = r;
        expected.agencyParent.clear(); // not in a snapshot
        expected.imported = {};
        expected.aggregate.reset();
        CHECK(decoded.value() == expected);
    }
}
