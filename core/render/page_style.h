#pragma once
// What a page style fixes: paper, margins, fonts, sizes and line pitch.
// Gongwen follows GB/T 9704-2012: A4, top margin 37 mm, left 28 mm, a text
// block of 156 x 225 mm, title in 2号 小标宋, body in 3号 仿宋, 22 lines of
// 28 characters. Official is a plainer style for web publication.
//
// Font families list a Latin font first: Qt 6.4 writes digits drawn with a
// Noto CJK font unreliably into the PDF text layer, so digits and Latin text
// come from the Latin font and only ideographs from the CJK one. The title is
// the exception when its face is not Noto: its year is drawn in the same face,
// weight and size as the rest of it. The user's 仿宋 / 方正小标宋 / 黑体 are used
// when installed, Noto CJK otherwise.
#include "core/render/report_renderer.h"

#include <QCoreApplication>
#include <QFont>
#include <QMarginsF>
#include <QPageSize>

namespace nb::render {

struct TextStyle {
    QFont font;
    QString officeFamily;    // the family named in ODT files (宋体, 仿宋 …)
    qreal lineHeightPt = 0;  // fixed line pitch
    Qt::Alignment align = Qt::AlignLeft;
    qreal firstIndentEm = 0; // first-line indent in characters
    qreal spaceBeforePt = 0;
    qreal spaceAfterPt = 0;
};

struct PageSpec {
    PageStyle style = PageStyle::Official;
    QPageSize pageSize{QPageSize::A4};
    QMarginsF marginsMm;
    TextStyle title, documentNumber, heading, body, tableText, tableNote, date, pageNumber;
    qreal cellPaddingPt = 3;
    qreal borderPt = 0.6;
    qreal tableGapPt = 6;        // space after a table (and its notes)
    qreal pageNumberGapMm = 7;   // from the text block's bottom edge to the page number
    int charsPerLine = 0;        // gongwen: body letter spacing makes exactly this many fit
    // The page number as printed on page `page` (1-based) of `total`; the
    // official style fills `pattern` ("第 %1 页 共 %2 页" from the definition).
    QString pageNumberText(const QString &pattern, int page, int total) const;
    // Odd pages right, even pages left (gongwen); centred otherwise.
    Qt::Alignment pageNumberAlignment(int page) const;
};

class PageStyles {
public:
    static PageSpec spec(PageStyle style);
    // The family list a role resolves to, installed preferences first.
    enum class Face { Serif, FangSong, XiaoBiaoSong, Hei, Kai };
    static QStringList families(Face face);
};

} // namespace nb::render
