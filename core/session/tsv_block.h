#pragma once
// Tab-separated blocks as spreadsheets (Excel, WPS) and web tables put them on
// the clipboard: rows end with a newline (the last one optionally), cells are
// separated by tabs. Parsing and writing are kept together so a copied block
// pastes back unchanged.
#include <QList>
#include <QString>
#include <QStringList>

namespace nb::session {

struct TsvBlock {
    QList<QStringList> rows;
    int rowCount() const { return int(rows.size()); }
    int columnCount() const;

    static TsvBlock parse(const QString &text);
    static QString write(const QList<QStringList> &rows);
};

} // namespace nb::session
