#pragma once
// The words of a PDF with their boxes, read with poppler's `pdftotext -bbox`:
// what the tests use to check that printed text has a real size and fills
// the page (in points, origin top left).
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

namespace nb::test {

struct PdfWord {
    QString text;
    QRectF box;
};

struct PdfPage {
    QSizeF size;
    QList<PdfWord> words;
    // The first word whose text contains `part` (NFKC on both sides), or null.
    const PdfWord *find(const QString &part) const;
    double rightmost() const; // largest xMax of any word; 0 when the page is empty
    double lowest() const;    // largest yMax of any word
};

// Every page of `pdf`; fails the test when pdftotext is missing or fails.
QList<PdfPage> pdfWords(const QString &pdf);

} // namespace nb::test
