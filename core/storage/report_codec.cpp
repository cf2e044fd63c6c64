#include "core/storage/report_codec.h"

#include "core/report/number_parser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace nb::storage {

using namespace nb::report;

namespace {

QMap<QString, QString> stringMap(const QJsonObject &o)
{
    QMap<QString, QString> map;
    for (auto it = o.begin(); it != o.end(); ++it)
        map.insert(it.key(), it.value().toString());
    return map;
}

// The JSON text is written directly: every import and every finalisation
// takes a snapshot, and building a QJsonDocument of the report first was a
// tenth of an import's time. decode() reads it with QJsonDocument.
class JsonWriter {
public:
    explicit JsonWriter(qsizetype reserve) { m_out.reserve(reserve); }
    QString take() { return std::move(m_out); }

    void open() { m_out += u'{'; m_first = true; }
    void close() { m_out += u'}'; m_first = false; }
    void key(QStringView name)
    {
        if (!m_first)
            m_out += u',';
        m_first = false;
        string(name);
        m_out += u':';
    }
    void string(QStringView text)
    {
        m_out += u'"';
        qsizetype plain = 0; // the start of the run of characters that need no escape
        for (qsizetype i = 0; i < text.size(); ++i) {
            const char16_t c = text[i].unicode();
            if (c >= 0x20 && c != u'"' && c != u'\\')
                continue;
            m_out += text.mid(plain, i - plain);
            plain = i + 1;
            switch (c) {
            case u'"': m_out += u"\\\""; break;
            case u'\\': m_out += u"\\\\"; break;
            case u'\b': m_out += u"\\b"; break;
            case u'\f': m_out += u"\\f"; break;
            case u'\n': m_out += u"\\n"; break;
            case u'\r': m_out += u"\\r"; break;
            case u'\t': m_out += u"\\t"; break;
            default: m_out += QStringLiteral("\\u%1").arg(int(c), 4, 16, QLatin1Char('0'));
            }
        }
        m_out += text.mid(plain);
        m_out += u'"';
    }
    void raw(QStringView text) { m_out += text; }
    template<typename Map, typename Text>
    void object(const Map &map, Text text)
    {
        open();
        for (auto it = map.begin(); it != map.end(); ++it) {
            key(it.key());
            string(text(it.value()));
        }
        close();
    }

private:
    QString m_out;
    bool m_first = true;
};

} // namespace

QString ReportCodec::encode(const Report &r)
{
    const auto same = [](const QString &text) -> const QString & { return text; };
    JsonWriter json(4096 + 64 * r.cells.size());
    // The keys sorted, as QJsonDocument writes them (and wrote the snapshots before).
    json.open();
    json.key(u"agency");
    json.string(r.agencyName);
    json.key(u"cellNotes");
    json.object(r.cellNotes, same);
    json.key(u"cells");
    json.object(r.cells, [](const Decimal &value) { return value.toString(); });
    json.key(u"documentNumber");
    json.string(r.documentNumber);
    json.key(u"explanations");
    json.object(r.explanations, same);
    json.key(u"kind");
    json.string(agencyKindKey(r.agencyKind));
    json.key(u"publishDate");
    json.string(r.publishDate.toString(Qt::ISODate));
    json.key(u"status");
    json.string(reportStatusKey(r.status));
    json.key(u"texts");
    json.object(r.texts, same);
    json.key(u"textsToRevise");
    json.raw(u"[");
    for (qsizetype i = 0; i < r.textsToRevise.size(); ++i) {
        if (i)
            json.raw(u",");
        json.string(r.textsToRevise[i]);
    }
    json.raw(u"]");
    json.key(u"year");
    json.raw(QString::number(r.year));
    json.close();
    return json.take();
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
