#include "core/report/number_parser.h"

#include "core/report/definition.h"

namespace nb::report {

namespace {

// Full-width forms and look-alikes people paste from WPS, web pages and IMEs.
QString foldCharacters(const QString &input)
{
    QString out;
    out.reserve(input.size());
    for (QChar c : input) {
        const char16_t u = c.unicode();
        if (u >= u'０' && u <= u'９')
            out += QChar(u'0' + (u - u'０'));
        else if (u == u'．')
            out += u'.';
        else if (u == u'，')
            out += u',';
        else if (u == u'－' || u == u'−' || u == u'﹣' || u == u'—')
            out += u'-';
        else if (u == u'＋')
            out += u'+';
        else
            out += c;
    }
    return out.trimmed();
}

Error fail(const char *code, const QString &message)
{
    return Error{QString::fromLatin1(code), message};
}

// "1,234,567" → "1234567"; empty result means the grouping is wrong.
QString removeGrouping(const QString &integerPart)
{
    const QStringList groups = integerPart.split(u',');
    if (groups.size() == 1)
        return integerPart;
    if (groups.first().isEmpty() || groups.first().size() > 3)
        return {};
    for (qsizetype i = 1; i < groups.size(); ++i)
        if (groups.at(i).size() != 3)
            return {};
    return groups.join(QString());
}

bool allAsciiDigits(const QString &s)
{
    for (QChar c : s)
        if (c.unicode() < u'0' || c.unicode() > u'9')
            return false;
    return !s.isEmpty();
}

} // namespace

Result<CellValue> NumberParser::parse(const QString &input, ValueType type)
{
    QString text = foldCharacters(input);
    if (text.isEmpty())
        return CellValue{};

    if (text.endsWith(u"万元")) {
        if (type != ValueType::Money)
            return fail("number.unit", tr("“%1”的单位是万元，这里应填件数").arg(input.trimmed()));
        text.chop(2);
    } else if (text.endsWith(u'件')) {
        if (type != ValueType::Count)
            return fail("number.unit", tr("“%1”的单位是件，这里应填金额（万元）").arg(input.trimmed()));
        text.chop(1);
    } else if (text.endsWith(u'元')) {
        return fail("number.unit", tr("“%1”：金额的单位是万元，请换算后填写").arg(input.trimmed()));
    }
    text = text.trimmed();
    if (text.startsWith(u'-'))
        return fail("number.negative", tr("“%1”是负数，这里只能填 0 或正数").arg(input.trimmed()));
    if (text.startsWith(u'+'))
        text.remove(0, 1);

    const qsizetype point = text.indexOf(u'.');
    QString integerPart = point < 0 ? text : text.left(point);
    const QString fraction = point < 0 ? QString() : text.mid(point + 1);
    integerPart = removeGrouping(integerPart);
    if (!allAsciiDigits(integerPart) || (point >= 0 && !allAsciiDigits(fraction))) {
        if (text.contains(u',') && allAsciiDigits(QString(text).remove(u',').remove(u'.')))
            return fail("number.separator", tr("“%1”的千位分隔符位置不对").arg(input.trimmed()));
        return fail("number.not-a-number", tr("“%1”不是数字").arg(input.trimmed()));
    }
    if (fraction.size() > Decimal::kMaxScale)
        return fail("number.decimals", tr("“%1”的小数超过 6 位").arg(input.trimmed()));

    QString significant = integerPart;
    while (significant.size() > 1 && significant.startsWith(u'0'))
        significant.remove(0, 1);
    const int maxDigits = type == ValueType::Count ? kMaxCountDigits : kMaxMoneyDigits;
    if (significant.size() > maxDigits)
        return fail("number.too-large", tr("“%1”太大，超出了可以填写的范围（%2）").arg(input.trimmed(), rangeText(type)));

    const auto value = Decimal::fromString(fraction.isEmpty() ? significant : significant + u'.' + fraction);
    if (!value)
        return fail("number.not-a-number", tr("“%1”不是数字").arg(input.trimmed()));
    if (type == ValueType::Count) {
        if (!value->isWhole())
            return fail("number.fraction", tr("“%1”不是整数，件数只能是整数").arg(input.trimmed()));
        // "3.00" is the count 3: keep the value, drop the written decimals.
        return CellValue{*Decimal::fromMicros(value->micros(), 0)};
    }
    return CellValue{*value};
}

bool NumberParser::inRange(const Decimal &value, ValueType type)
{
    return value <= largest(type) && -value <= largest(type);
}

bool NumberParser::inRange(const Decimal &value, const QString &cellKey)
{
    const Definition &def = *Definition::builtin();
    const int cell = def.cellIndex(cellKey);
    return inRange(value, cell < 0 ? ValueType::Count : def.cells()[cell].type);
}

Decimal NumberParser::largest(ValueType type)
{
    static const Decimal count = *Decimal::fromString(QString(kMaxCountDigits, u'9'));
    static const Decimal money = *Decimal::fromString(QString(kMaxMoneyDigits, u'9') + u'.' + QString(Decimal::kMaxScale, u'9'));
    return type == ValueType::Count ? count : money;
}

QString NumberParser::rangeText(ValueType type)
{
    if (type == ValueType::Count)
        return tr("件数最多 %1 位整数").arg(kMaxCountDigits);
    return tr("金额整数部分最多 %1 位、小数最多 %2 位").arg(kMaxMoneyDigits).arg(Decimal::kMaxScale);
}

} // namespace nb::report
