#pragma once
// Laying out help text in a terminal: Chinese characters take two columns and
// a line may break between them, Latin words break only at spaces.
#include <QString>
#include <QStringList>

namespace nb::app {

// True for characters a terminal draws two columns wide (CJK, full-width forms).
bool isWide(char32_t c);
int displayWidth(QStringView text);
// Punctuation that never starts a line (，。）…) and that never ends one (（“《…).
bool closesLine(char32_t c);
bool opensLine(char32_t c);
// Breaks one paragraph into lines of at most `width` columns (a longer word
// stays whole); closing punctuation never starts a line.
QStringList wrapText(const QString &paragraph, int width);

} // namespace nb::app
