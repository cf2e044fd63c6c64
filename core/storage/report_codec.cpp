#include "core/storage/report_codec.h"

#include "core/report/number_parser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace nb::storage {

using namespace nb::report;

namespace {

QJsonObject stringMap(const QMap<QString, QString> &map)
{
    QJsonObject o;
    for (auto it = map.begin(); it != map.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QMap<QString, QString> stringMap(const QJsonObject &o)
{
    QMap<QString, QString> map;
    for (auto it = o.begin(); it != o.end(); ++it)
        map.insert(it.key(), it.value().toString());
    return map;
}

} // namespace

QString ReportCodec::encode(const Report &r)
{
    QJsonObject cells;
    for (auto it = r.cells.begin(); it != r.cells.end(); ++it)
        cells.insert(it.key(), it.value().toString());
    const QJsonObject o{
        {QStringLiteral("agency"), r.agencyName},
        {QStringLiteral("kind"), agencyKindKey(r.agencyKind)},
        {QStringLiteral("year"), r.year},
        {QStringLiteral("status"), reportStatusKey(r.status)},
        {QStringLiteral("documentNumber"), r.documentNumber},
        {QStringLiteral("publishDate"), r.publishDate.toString(Qt::ISODate)},
        {QStringLiteral("cells"), cells},
        {QStringLiteral("texts"), stringMap(r.texts)},
        {QStringLiteral("cellNotes"), stringMap(r.cellNotes)},
        {QStringLiteral("explanations"), stringMap(r.explanations)},
        {QStringLiteral("textsToRevise"), QJsonArray::fromStringList(r.textsToRevise)},
    };
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Result<Report> ReportCodec::decode(const QString &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    const auto kind = agencyKindFromKey(o.value(QStringLiteral("kind")).toString());
    const auto status = reportStatusFromKey(o.value(QStringLiteral("status")).toString());
    if (o.isEmpty() || !kind || !status)
        return Error{QStringLiteral("db.corrupt"), tr("快照内容无法读取。")};
    Report r;
    r.agencyName = o.value(QStringLiteral("agency")).toString();
    r.agencyKind = *kind;
    r.year = o.value(QStringLiteral("year")).toInt();
    r.status = *status;
    r.documentNumber = o.value(QStringLiteral("documentNumber")).toString();
    r.publishDate = QDate::fromString(o.value(QStringLiteral("publishDate")).toString(), Qt::ISODate);
    const QJsonObject cells = o.value(QStringLiteral("cells")).toObject();
    for (auto it = cells.begin(); it != cells.end(); ++it) {
        const auto value = Decimal::fromString(it.value().toString());
        if (!value || !NumberParser::inRange(*value, it.key()))
            return Error{QStringLiteral("db.corrupt"), tr("快照中单元格 %1 的数值无法读取。").arg(it.key())};
        r.cells.insert(it.key(), *value);
    }
    r.texts = stringMap(o.value(QStringLiteral("texts")).toObject());
    r.cellNotes = stringMap(o.value(QStringLiteral("cellNotes")).toObject());
    r.explanations = stringMap(o.value(QStringLiteral("explanations")).toObject());
    for (const auto &v : o.value(QStringLiteral("textsToRevise")).toArray())
        r.textsToRevise << v.toString();
    return r;
}

} // namespace nb::storage
