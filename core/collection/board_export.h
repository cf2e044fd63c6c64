#pragma once
// The board as a file: CSV for a spreadsheet, and a one-page web page (also
// what the window prints) that an office head can sign off.
#include "core/collection/board.h"

namespace nb::collection {

// Column headings, the same in the window, CSV, HTML and on the command line.
QStringList boardHeader();
// One row's fields as shown (status named, time as yyyy-MM-dd HH:mm).
QStringList boardFields(const BoardRow &row);
QByteArray boardCsv(const Board &board, const QList<BoardRow> &rows);
QString boardHtml(const Board &board, const QList<BoardRow> &rows);
QString boardTitle(const Board &board);
// 共 N 个机关：已报送 a，已定稿 b …；有错误 e
QString boardSummary(const Board &board);

} // namespace nb::collection
