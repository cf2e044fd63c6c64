#include "tests/support/pdf_words.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <catch2/catch.hpp>

#include <algorithm>

namespace nb::test {

namespace {
QString nfkc(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC);
}

QString unescape(QString text)
{
    text.replace(QStringLiteral("&lt;"), QStringLiteral("<")).replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    text.replace(QStringLiteral("&quot;"), QStringLiteral("\"")).replace(QStringLiteral("&apos;"), QStringLiteral("'"));
    return text.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
}
} // namespace

const PdfWord *PdfPage::find(const QString &part) const
{
    const QString wanted = nfkc(part);
    for (const PdfWord &w : words)
        if (nfkc(w.text).contains(wanted))
            return &w;
    return nullptr;
}

double PdfPage::rightmost() const
{
    double most = 0;
    for (const PdfWord &w : words)
        most = std::max(most, w.box.right());
    return most;
}

double PdfPage::lowest() const
{
    double most = 0;
    for (const PdfWord &w : words)
        most = std::max(most, w.box.bottom());
    return most;
}

QList<PdfPage> pdfWords(const QString &pdf)
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    REQUIRE_FALSE(pdftotext.isEmpty()); // poppler-utils
    QProcess p;
    p.start(pdftotext, {QStringLiteral("-bbox"), pdf, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    const QString html = QString::fromUtf8(p.readAllStandardOutput());

    static const QRegularExpression page(QStringLiteral("<page width=\"([0-9.]+)\" height=\"([0-9.]+)\">"));
    static const QRegularExpression word(QStringLiteral(
        "<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">([^<]*)</word>"));
    QList<PdfPage> pages;
    qsizetype at = 0;
    for (auto m = page.match(html); m.hasMatch(); m = page.match(html, at)) {
        at = m.capturedEnd();
        const qsizetype end = html.indexOf(QStringLiteral("</page>"), at);
        REQUIRE(end >= 0);
        PdfPage out;
        out.size = QSizeF(m.captured(1).toDouble(), m.captured(2).toDouble());
        auto words = word.globalMatch(html.mid(at, end - at));
        while (words.hasNext()) {
            const auto w = words.next();
            const QPointF topLeft(w.captured(1).toDouble(), w.captured(2).toDouble());
            const QPointF bottomRight(w.captured(3).toDouble(), w.captured(4).toDouble());
            out.words.append({unescape(w.captured(5)), QRectF(topLeft, bottomRight)});
        }
        pages.append(out);
        at = end;
    }
    return pages;
}

} // namespace nb::test
