#pragma once
// Lines of a published report's web page. Each <tr> becomes one line with one
// cell per <td>/<th> (like the web copy; a spanning cell is not repeated), every
// block element outside a table ends a line. A layout table that wraps the
// whole report (one cell holding paragraphs and nested tables) is read as the
// paragraphs and tables inside it. Scripts, styles and the <head> are skipped.
#include "core/interchange/layout_line.h"

namespace nb::interchange {

// The lines of the page, plus where a saved page that holds only the article
// body keeps its title: <title> (usually followed by the site's name) and
// <meta name="ArticleTitle" content="…"> (also "title" / og:title).
struct HtmlPage {
    LayoutLines lines;
    QString headTitle;
    QStringList metaTitles;
};

HtmlPage readHtmlPage(const QString &html);
LayoutLines readHtmlLayout(const QString &html);

} // namespace nb::interchange
