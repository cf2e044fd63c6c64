#pragma once
// The self-contained web pages of the board and the comparison: no scripts,
// no external resources, one style sheet that also prints on one A4 page
// width. Text is escaped here, once.
#include <QString>
#include <QStringList>

namespace nb::collection::html {

QString escape(const QString &text);
// A <table> with a header row; `cells` are already escaped HTML; `classes`
// (optional) gives each row a class.
QString table(const QStringList &header, const QList<QStringList> &cells, const QStringList &classes = {});
// A complete page: title in <title> and <h1>, `body` (already HTML) after it.
QString page(const QString &title, const QString &body);
// A CSV field: quoted when it holds a separator, quote or line break.
QString csvField(const QString &text);
QByteArray csvDocument(const QList<QStringList> &rows); // UTF-8 with BOM for Excel and WPS

} // namespace nb::collection::html
