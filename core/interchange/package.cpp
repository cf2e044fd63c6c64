#include "core/interchange/package.h"

#include "core/interchange/aggregate_json.h"
#include "core/interchange/input_file.h"
#include "core/report/agency_name.h"
#include "core/report/check.h"
#include "core/report/number_parser.h"

#include <QFile>
#include <cmath>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

namespace nb::interchange {

using namespace nb::report;

namespace {

constexpr double kLargestExactInteger = 9007199254740992.0; // 2^53
constexpr int kExactDoubleDigits = 15; // every decimal of 15 significant digits survives a double

// Significant digits of a plain decimal ("-0.00125" has 3).
int significantDigits(const QString &decimal)
{
    QString digits = decimal;
    digits.remove(u'-').remove(u'.');
    while (digits.startsWith(u'0'))
        digits.remove(0, 1);
    while (decimal.contains(u'.') && digits.endsWith(u'0'))
        digits.chop(1);
    return int(digits.size());
}

Error err(const char *code, const QString &message)
{
    return Error{QString::fromLatin1(code), message};
}

// "line 3, column 14" for a byte offset into the file.
QString position(const QByteArray &json, int offset)
{
    int line = 1, column = 1;
    for (int i = 0; i < offset && i < json.size(); ++i) {
        if (json.at(i) == '\n') {
            ++line;
            column = 1;
        } else if ((json.at(i) & 0xC0) != 0x80) { // count characters, not UTF-8 continuation bytes
            ++column;
        }
    }
    return Package::tr("第 %1 行第 %2 列").arg(line).arg(column);
}

std::optional<Error> unknownKeys(const QJsonObject &o, const QStringList &allowed, const QString &where)
{
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!allowed.contains(it.key()))
            return err("package.unknown-key", Package::tr("未知的键“%1%2”").arg(where, it.key()));
    return std::nullopt;
}

QString jsonText(const QJsonValue &v)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

// "cells.requests.new.natural"（本年新收（自然人））: the key as written and the cell as people know it.
QString cellWhere(const Definition &def, int cell)
{
    return Package::tr("“cells.%1”（%2）").arg(def.cells()[cell].key, checks::cellName(def, cell));
}

// A number as written in JSON or as a string, exactly. Values outside the range
// of the number parser are refused here (a 20-digit count must not come back as
// another number); negative and fractional counts are kept for the rules.
Result<CellValue> readValue(const QJsonValue &v, const Definition &def, int cell)
{
    const ValueType type = def.cells()[cell].type;
    std::optional<Decimal> parsed;
    QString written;
    if (v.isNull())
        return CellValue{};
    if (v.isDouble()) {
        // JSON numbers are doubles (here as in every JSON library): exact for
        // whole numbers below 2^53 and for decimals of at most 15 significant
        // digits. Anything else may already have been rounded: refused, and
        // written as a string instead (which the writer does beyond 2^53).
        // (The number as written is made for the message only: it costs more than the reading.)
        const double d = v.toDouble();
        if (std::abs(d) >= kLargestExactInteger)
            return err("package.value", Package::tr("%1的数值 %2 太大，无法精确表示；请写成字符串").arg(cellWhere(def, cell), jsonText(v)));
        if (d == std::trunc(d)) // the common case, a whole count: no text round trip
            return CellValue{Decimal::fromInteger(static_cast<long long>(d))};
        // The shortest text that reads back as the same double is what was written.
        written = QString::number(d, 'f', QLocale::FloatingPointShortest);
        if (significantDigits(written) > kExactDoubleDigits)
            return err("package.value", Package::tr("%1的数值 %2 无法精确表示；请写成字符串").arg(cellWhere(def, cell), written));
        parsed = Decimal::fromString(written);
    } else if (v.isString()) {
        written = v.toString().trimmed();
        if (written.isEmpty())
            return CellValue{};
        parsed = Decimal::fromString(written);
    } else {
        written = jsonText(v);
    }
    if (!parsed) {
        // Digits that Decimal cannot hold: too many decimals or too many digits.
        // Not static: packages are read on several threads at once (nianbao-cli import), and this is rare.
        const QRegularExpression plain(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?$"));
        const auto m = plain.match(written);
        if (m.hasMatch() && m.capturedLength(1) > 1 + Decimal::kMaxScale)
            return err("package.value", Package::tr("%1的值 %2 小数超过 %3 位").arg(cellWhere(def, cell), written).arg(Decimal::kMaxScale));
        if (m.hasMatch())
            return err("package.range", Package::tr("%1的值 %2 超出范围（%3）")
                                            .arg(cellWhere(def, cell), written, NumberParser::rangeText(type)));
        return err("package.value", Package::tr("%1的值 %2 不是数字").arg(cellWhere(def, cell), written));
    }
    if (!NumberParser::inRange(*parsed, type))
        return err("package.range", Package::tr("%1的值 %2 超出范围（%3）").arg(cellWhere(def, cell), written, NumberParser::rangeText(type)));
    return CellValue{*parsed};
}

std::optional<Error> readStringMap(const QJsonValue &v, const QString &name, const std::function<bool(const QString &)> &known,
                                   QMap<QString, QString> &out)
{
    if (v.isUndefined())
        return std::nullopt;
    if (!v.isObject())
        return err("package.type", Package::tr("“%1”应为对象").arg(name));
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known(it.key()))
            return err("package.unknown-key", Package::tr("未知的键“%1.%2”").arg(name, it.key()));
        if (!it.value().isString())
            return err("package.type", Package::tr("“%1.%2”应为字符串").arg(name, it.key()));
        out.insert(it.key(), it.value().toString());
    }
    return std::nullopt;
}

std::optional<Error> readAgency(const QJsonValue &v, Report &report)
{
    if (!v.isObject())
        return err("package.type", Package::tr("缺少“agency”对象（机关名称和类型）"));
    const QJsonObject a = v.toObject();
    if (auto e = unknownKeys(a, {QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("parent")},
                             QStringLiteral("agency.")))
        return e;
    const QJsonValue parent = a.value(QLatin1String("parent"));
    if (!parent.isUndefined() && !parent.isString())
        return err("package.type", Package::tr("“agency.parent”（上级机关）应为字符串"));
    report.agencyParent = parent.toString().trimmed();
    report.agencyName = a.value(QLatin1String("name")).toString().trimmed();
    if (report.agencyName.isEmpty())
        return err("package.agency", Package::tr("“agency.name”（机关名称）不能为空"));
    if (auto refused = AgencyName::check(report.agencyName))
        return err("package.agency", Package::tr("“agency.name”：%1").arg(refused->message));
    if (!report.agencyParent.isEmpty())
        if (auto refused = AgencyName::check(report.agencyParent))
            return err("package.agency", Package::tr("“agency.parent”：%1").arg(refused->message));
    const auto kind = agencyKindFromKey(a.value(QLatin1String("kind")).toString());
    if (!kind)
        return err("package.agency", Package::tr("“agency.kind”应为 \"government\"、\"department\" 或 \"other\""));
    report.agencyKind = *kind;
    return std::nullopt;
}

std::optional<Error> readCells(const QJsonValue &v, const Definition &def, Report &report)
{
    if (v.isUndefined())
        return std::nullopt;
    if (!v.isObject())
        return err("package.type", Package::tr("“cells”应为对象"));
    const QJsonObject cells = v.toObject();
    for (auto it = cells.begin(); it != cells.end(); ++it) {
        const int cell = def.cellIndex(it.key());
        if (cell < 0)
            return err("package.unknown-key", Package::tr("未知的单元格“cells.%1”").arg(it.key()));
        auto value = readValue(it.value(), def, cell);
        if (!value)
            return value.error();
        // The definition's own key string (shared, not another copy), at the
        // end when the keys come sorted (as QJsonObject keeps them): no search.
        if (*value)
            report.cells.insert(report.cells.cend(), def.cells()[cell].key, **value);
    }
    return std::nullopt;
}

std::optional<Error> readHeader(const QJsonObject &root, const Definition &def, Report &report)
{
    if (root.value(QLatin1String("format")).toString() != def.format())
        return err("package.format", Package::tr("“format”应为 \"%1\"，这不是年度报告数据包").arg(def.format()));
    if (root.value(QLatin1String("formatVersion")).toString() != def.formatVersion())
        return err("package.format", Package::tr("“formatVersion”应为 \"%1\"").arg(def.formatVersion()));
    const QJsonValue year = root.value(QLatin1String("year"));
    if (!year.isDouble() || year.toDouble() != double(year.toInt()) || !isReportYear(year.toInt()))
        return err("package.year", Package::tr("“year”应为 %1 至 %2 之间的年份").arg(kFirstReportYear).arg(kLastReportYear));
    report.year = year.toInt();
    const auto status = reportStatusFromKey(root.value(QLatin1String("status")).toString(QStringLiteral("draft")));
    if (!status)
        return err("package.status", Package::tr("“status”应为 \"draft\" 或 \"final\""));
    report.status = *status;
    report.documentNumber = root.value(QLatin1String("documentNumber")).toString();
    const QString date = root.value(QLatin1String("publishDate")).toString();
    report.publishDate = QDate::fromString(date, Qt::ISODate);
    if (!date.isEmpty() && !report.publishDate.isValid())
        return err("package.date", Package::tr("“publishDate”应为 YYYY-MM-DD 格式的日期"));
    return readAgency(root.value(QLatin1String("agency")), report);
}

} // namespace

Result<Report> Package::parse(const QByteArray &json, const Definition &def)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return err("package.json", tr("不是有效的 JSON（%1）：%2").arg(position(json, parseError.offset), parseError.errorString()));
    if (!doc.isObject())
        return err("package.json", tr("数据包应为一个 JSON 对象"));
    const QJsonObject root = doc.object();
    static const QStringList allowed{"format", "formatVersion", "agency", "year", "status", "documentNumber", "publishDate",
                                     "cells", "texts", "cellNotes", "explanations", "textsToRevise",
                                     "contributors", "previousAggregate"};
    if (auto e = unknownKeys(root, allowed, QString()))
        return *e;
    Report report;
    if (auto e = readHeader(root, def, report))
        return *e;
    if (auto e = readCells(root.value(QLatin1String("cells")), def, report))
        return *e;
    if (auto e = readAggregate(root, def, report))
        return *e;
    auto isText = [&](const QString &k) { const Section *s = def.section(k); return s && s->kind == SectionKind::Text; };
    auto isCell = [&](const QString &k) { return def.cellIndex(k) >= 0; };
    auto isRule = [&](const QString &k) { return def.rule(k) != nullptr; };
    if (auto e = readStringMap(root.value(QLatin1String("texts")), QStringLiteral("texts"), isText, report.texts))
        return *e;
    if (auto e = readStringMap(root.value(QLatin1String("cellNotes")), QStringLiteral("cellNotes"), isCell, report.cellNotes))
        return *e;
    if (auto e = readStringMap(root.value(QLatin1String("explanations")), QStringLiteral("explanations"), isRule, report.explanations))
        return *e;
    for (const auto &v : root.value(QLatin1String("textsToRevise")).toArray()) {
        if (!isText(v.toString()))
            return err("package.unknown-key", tr("“textsToRevise”中未知的文字部分“%1”").arg(v.toString()));
        report.textsToRevise << v.toString();
    }
    return report;
}

Result<Report> Package::readFile(const QString &path, const Definition &def)
{
    auto bytes = InputFile::read(path);
    if (!bytes)
        return bytes.error();
    return parse(bytes.value(), def);
}

namespace {
QJsonObject stringMap(const QMap<QString, QString> &map)
{
    QJsonObject o;
    for (auto it = map.begin(); it != map.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QJsonValue cellJson(const Decimal &v, ValueType type)
{
    // Counts as JSON numbers when exact; money always as a string, keeping its decimals.
    constexpr qint64 largest = (1LL << 53) - 1; // the reader takes JSON numbers below 2^53 only
    const std::optional<qint64> whole = v.toInt64();
    if (type == ValueType::Count && whole && *whole <= largest && *whole >= -largest)
        return QJsonValue(double(*whole));
    return QJsonValue(v.toString());
}
} // namespace

QByteArray Package::serialize(const Report &report, const Definition &def)
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), def.format());
    root.insert(QStringLiteral("formatVersion"), def.formatVersion());
    QJsonObject agency{{QStringLiteral("name"), report.agencyName},
                       {QStringLiteral("kind"), agencyKindKey(report.agencyKind)}};
    if (!report.agencyParent.isEmpty())
        agency.insert(QStringLiteral("parent"), report.agencyParent);
    root.insert(QStringLiteral("agency"), agency);
    root.insert(QStringLiteral("year"), report.year);
    root.insert(QStringLiteral("status"), reportStatusKey(report.status));
    if (!report.documentNumber.isEmpty())
        root.insert(QStringLiteral("documentNumber"), report.documentNumber);
    if (report.publishDate.isValid())
        root.insert(QStringLiteral("publishDate"), report.publishDate.toString(Qt::ISODate));
    QJsonObject cells;
    for (auto it = report.cells.begin(); it != report.cells.end(); ++it) {
        const int index = def.cellIndex(it.key());
        if (index >= 0)
            cells.insert(it.key(), cellJson(it.value(), def.cells()[index].type));
    }
    root.insert(QStringLiteral("cells"), cells);
    root.insert(QStringLiteral("texts"), stringMap(report.texts));
    root.insert(QStringLiteral("cellNotes"), stringMap(report.cellNotes));
    root.insert(QStringLiteral("explanations"), stringMap(report.explanations));
    if (!report.textsToRevise.isEmpty())
        root.insert(QStringLiteral("textsToRevise"), QJsonArray::fromStringList(report.textsToRevise));
    if (report.aggregate)
        writeAggregate(*report.aggregate, def, root);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Status Package::writeFile(const QString &path, const Report &report, const Definition &def)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return err("package.write", tr("无法写入 %1：%2").arg(path, file.errorString()));
    file.write(serialize(report, def));
    if (!file.commit())
        return err("package.write", tr("无法写入 %1：%2").arg(path, file.errorString()));
    return success();
}

} // namespace nb::interchange
