#include "core/render/page_style.h"

#include <QFontDatabase>

namespace nb::render {

namespace {

// Installed Chinese office fonts, best first; the Noto CJK fallback last.
QStringList preferred(PageStyles::Face face)
{
    using F = PageStyles::Face;
    switch (face) {
    case F::FangSong:
        return {QStringLiteral("FangSong"), QStringLiteral("仿宋"), QStringLiteral("仿宋_GB2312"),
                QStringLiteral("FangSong_GB2312"), QStringLiteral("FZFangSong-Z02S"), QStringLiteral("方正仿宋_GBK"),
                QStringLiteral("AR PL UMing CN"), QStringLiteral("Noto Serif CJK SC")};
    case F::XiaoBiaoSong:
        return {QStringLiteral("方正小标宋简体"), QStringLiteral("方正小标宋_GBK"), QStringLiteral("FZXiaoBiaoSong-B05S"),
                QStringLiteral("FZXiaoBiaoSong-B05"), QStringLiteral("AR PL UMing CN"), QStringLiteral("Noto Serif CJK SC")};
    case F::Hei:
        return {QStringLiteral("SimHei"), QStringLiteral("黑体"), QStringLiteral("FZHei-B01S"),
                QStringLiteral("WenQuanYi Zen Hei"), QStringLiteral("Noto Sans CJK SC")};
    case F::Kai:
        return {QStringLiteral("KaiTi"), QStringLiteral("楷体"), QStringLiteral("楷体_GB2312"),
                QStringLiteral("AR PL UKai CN"), QStringLiteral("AR PL UMing CN"), QStringLiteral("Noto Serif CJK SC")};
    case F::Serif:
        break;
    }
    return {QStringLiteral("SimSun"), QStringLiteral("宋体"), QStringLiteral("AR PL UMing CN"),
            QStringLiteral("Noto Serif CJK SC")};
}

QString latinFor(PageStyles::Face face)
{
    return face == PageStyles::Face::Hei ? QStringLiteral("DejaVu Sans") : QStringLiteral("DejaVu Serif");
}

bool installed(const QString &family)
{
    static const QStringList all = QFontDatabase::families();
    return all.contains(family, Qt::CaseInsensitive);
}

QFont makeFont(PageStyles::Face face, qreal pointSize, bool bold = false)
{
    QFont f;
    f.setFamilies(PageStyles::families(face));
    f.setPointSizeF(pointSize);
    // 小标宋 is a heavy face by design; the Noto fallback needs bold to look like it.
    const bool heavyFallback = face == PageStyles::Face::XiaoBiaoSong && !installed(preferred(face).first()) &&
                               !installed(preferred(face).at(1));
    f.setBold(bold || heavyFallback);
    f.setKerning(false); // keeps CJK text on its grid
    return f;
}

// The name an office program should look for (the document travels to
// machines with the usual Chinese office fonts).
QString officeFamily(PageStyles::Face face)
{
    using F = PageStyles::Face;
    switch (face) {
    case F::FangSong: return QStringLiteral("仿宋");
    case F::XiaoBiaoSong: return QStringLiteral("方正小标宋简体");
    case F::Hei: return QStringLiteral("黑体");
    case F::Kai: return QStringLiteral("楷体");
    case F::Serif: break;
    }
    return QStringLiteral("宋体");
}

TextStyle style(PageStyles::Face face, qreal pointSize, qreal lineHeightPt, Qt::Alignment align = Qt::AlignLeft,
                qreal indentEm = 0)
{
    TextStyle s;
    s.font = makeFont(face, pointSize);
    s.officeFamily = officeFamily(face);
    s.lineHeightPt = lineHeightPt;
    s.align = align;
    s.firstIndentEm = indentEm;
    return s;
}

PageSpec officialSpec()
{
    using F = PageStyles::Face;
    PageSpec s;
    s.style = PageStyle::Official;
    s.marginsMm = QMarginsF(25, 25, 25, 25);
    s.title = style(F::XiaoBiaoSong, 18, 28, Qt::AlignHCenter);
    s.title.spaceAfterPt = 6;
    s.documentNumber = style(F::Serif, 12, 20, Qt::AlignHCenter);
    s.documentNumber.spaceAfterPt = 8;
    s.heading = style(F::Hei, 12, 22);
    s.heading.spaceBeforePt = 8;
    s.heading.spaceAfterPt = 2;
    s.body = style(F::Serif, 12, 21, Qt::AlignJustify, 2);
    s.tableText = style(F::Serif, 9, 12);
    s.tableNote = style(F::Serif, 9, 13);
    s.tableNote.spaceAfterPt = 6;
    s.date = style(F::Serif, 12, 21, Qt::AlignRight);
    s.date.spaceBeforePt = 21;
    s.pageNumber = style(F::Serif, 9, 12, Qt::AlignHCenter);
    s.pageNumberGapMm = 10;
    return s;
}

PageSpec gongwenSpec()
{
    using F = PageStyles::Face;
    PageSpec s;
    s.style = PageStyle::Gongwen;
    // 156 x 225 mm text block on A4 (210 x 297 mm).
    s.marginsMm = QMarginsF(28, 37, 210 - 28 - 156, 297 - 37 - 225);
    const qreal pitch = 225.0 / 22 * 72 / 25.4; // 22 lines per page
    s.charsPerLine = 28;
    s.title = style(F::XiaoBiaoSong, 22, pitch * 1.25, Qt::AlignHCenter);
    s.title.spaceAfterPt = pitch;
    s.documentNumber = style(F::FangSong, 16, pitch, Qt::AlignHCenter);
    s.heading = style(F::Hei, 16, pitch, Qt::AlignLeft, 2);
    s.body = style(F::FangSong, 16, pitch, Qt::AlignJustify, 2);
    s.tableText = style(F::FangSong, 10.5, 13.5);
    s.tableNote = style(F::FangSong, 12, 18, Qt::AlignJustify);
    s.tableNote.spaceAfterPt = pitch / 2;
    s.date = style(F::FangSong, 16, pitch, Qt::AlignRight);
    s.date.spaceBeforePt = pitch;
    s.pageNumber = style(F::Serif, 14, 18);
    s.cellPaddingPt = 2.5;
    s.tableGapPt = pitch / 2;
    return s;
}

} // namespace

QStringList PageStyles::families(Face face)
{
    QStringList cjk;
    for (const auto &name : preferred(face))
        if (installed(name) && !cjk.contains(name))
            cjk << name;
    // The title's year drawn in the Latin font stood out of a title of
    // ideographs, heavier and larger: the title's face draws its own digits,
    // unless that face is Noto CJK (whose digits Qt writes unreliably into the
    // PDF text layer; the Latin font first then, as for the other roles).
    const bool ownDigits = face == Face::XiaoBiaoSong && !cjk.isEmpty() && !cjk.first().startsWith(QLatin1String("Noto"));
    QStringList out;
    if (!ownDigits)
        out << latinFor(face);
    out << cjk;
    if (ownDigits)
        out << latinFor(face); // for any glyph the face lacks
    return out;
}

PageSpec PageStyles::spec(PageStyle style)
{
    return style == PageStyle::Gongwen ? gongwenSpec() : officialSpec();
}

QString PageSpec::pageNumberText(const QString &pattern, int page, int total) const
{
    if (style == PageStyle::Gongwen)
        return QStringLiteral("— %1 —").arg(page); // GB/T 9704 7.5: a dash each side
    return QString(pattern).arg(page).arg(total);
}

Qt::Alignment PageSpec::pageNumberAlignment(int page) const
{
    if (style != PageStyle::Gongwen)
        return Qt::AlignHCenter;
    return page % 2 ? Qt::AlignRight : Qt::AlignLeft;
}

} // namespace nb::render
