#include "tests/i18n/ts_catalog.h"

#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace nb::test {

namespace {

void readTranslation(QXmlStreamReader &xml, TsMessage &m)
{
    m.type = xml.attributes().value(QLatin1String("type")).toString();
    if (!m.numerus) {
        m.translations << xml.readElementText();
        return;
    }
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("numerusform"))
            m.translations << xml.readElementText();
        else
            xml.skipCurrentElement();
    }
}

TsMessage readMessage(QXmlStreamReader &xml, const QString &context)
{
    TsMessage m;
    m.context = context;
    m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("source"))
            m.source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation"))
            readTranslation(xml, m);
        else
            xml.skipCurrentElement();
    }
    return m;
}

void readContext(QXmlStreamReader &xml, TsCatalog &out)
{
    QString name;
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("name"))
            name = xml.readElementText();
        else if (xml.name() == QLatin1String("message"))
            out.messages.push_back(readMessage(xml, name));
        else
            xml.skipCurrentElement();
    }
}

} // namespace

TsCatalog readTsFile(const QString &path)
{
    TsCatalog out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out.error = file.errorString();
        return out;
    }
    QXmlStreamReader xml(&file);
    if (xml.readNextStartElement() && xml.name() == QLatin1String("TS")) {
        out.language = xml.attributes().value(QLatin1String("language")).toString();
        out.sourceLanguage = xml.attributes().value(QLatin1String("sourcelanguage")).toString();
        while (xml.readNextStartElement()) {
            if (xml.name() == QLatin1String("context"))
                readContext(xml, out);
            else
                xml.skipCurrentElement();
        }
    }
    if (xml.hasError())
        out.error = QStringLiteral("%1 (line %2)").arg(xml.errorString()).arg(xml.lineNumber());
    else if (out.language.isEmpty())
        out.error = QStringLiteral("no <TS language=…> element");
    return out;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%(n|[1-9][0-9]?)"));
    QStringList out;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        out << it.next().captured(0);
    out.sort();
    return out;
}

} // namespace nb::test
