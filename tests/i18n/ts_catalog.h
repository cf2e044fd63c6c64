#pragma once
// Reads a Qt Linguist .ts file into plain entries, so tests can judge whether
// a translation is complete without Qt's tools.
#include <QString>
#include <QStringList>
#include <vector>

namespace nb::test {

struct TsMessage {
    QString context;
    QString source;
    QString type;             // the translation's type attribute: "", "unfinished", "vanished", "obsolete"
    QStringList translations; // one, or one per numerus form
    bool numerus = false;
};

struct TsCatalog {
    QString language;
    QString sourceLanguage;
    std::vector<TsMessage> messages;
    QString error; // XML error, empty when the file was read
};

TsCatalog readTsFile(const QString &path);

// The %1…%99 and %n placeholders of a message, sorted: a translation must keep
// exactly the source's, or .arg() would fill the wrong place or drop a value.
QStringList placeholders(const QString &text);

} // namespace nb::test
