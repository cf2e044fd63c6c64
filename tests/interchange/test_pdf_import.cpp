// A PDF is read directly (poppler's library, physical layout): our own PDF in
// both page styles comes back whole, a table whose cells wrap over several
// lines is read, a scan without a text layer and a damaged file are refused
// with a message that says so.
#include "core/interchange/pdf_text.h"
#include "core/interchange/published_report_importer.h"
#include "core/render/report_renderer.h"
#include "tests/interchange/round_trip_support.h"
#include "tests/support/fixtures.h"

#include <QFile>
#include <QFont>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <catch2/catch.hpp>

#include "tests/support/catch_qt.h"

using namespace nb::report;
using namespace nb::interchange;
using nb::render::OutputFormat;
using nb::render::PageStyle;

namespace {

QByteArray renderedPdf(const Report &report, PageStyle style, const QString &name)
{
    const QString path = nb::test::tempPath(name);
    const auto written = nb::render::renderToFile(report, *Definition::builtin(), OutputFormat::Pdf, style, path);
    REQUIRE(written.ok());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// A page "scanned": the report's title and a table drawn into an image, no text layer.
QByteArray scannedPdf()
{
    const QString path = nb::test::tempPath(QStringLiteral("scan.pdf"));
    {
        QPdfWriter writer(path);
        QPainter painter(&writer);
        QImage image(800, 1100, QImage::Format_Grayscale8);
        image.fill(Qt::white);
        QPainter ip(&image);
        ip.drawText(QRect(0, 40, 800, 40), Qt::AlignCenter, QStringLiteral("示范市人民政府2023年政府信息公开工作年度报告"));
        for (int r = 0; r < 10; ++r)
            ip.drawRect(60, 120 + r * 40, 680, 40);
        ip.end();
        painter.drawImage(QRect(0, 0, writer.width(), writer.height()), image);
    }
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// 二's first table printed with columns so narrow that every label and header wraps.
QByteArray narrowTablePdf(const Report &report)
{
    const auto def = Definition::builtin();
    QTextDocument doc;
    doc.setDefaultFont(QFont(QStringLiteral("Noto Serif CJK SC"), 10));
    QTextCursor cursor(&doc);
    cursor.insertText(report.agencyName + QStringLiteral("2023年政府信息公开工作年度报告\n一、总体情况\n")
                      + report.texts.value(QStringLiteral("overview")) + QStringLiteral("\n二、主动公开政府信息情况\n第二十条第（一）项\n"));
    QTextTableFormat format;
    format.setBorder(1);
    format.setCellPadding(2);
    format.setWidth(QTextLength(QTextLength::FixedLength, 160));
    QTextTable *table = cursor.insertTable(3, 4, format);
    const QStringList header{QStringLiteral("信息内容"), QStringLiteral("本年制发件数"), QStringLiteral("本年废止件数"),
                             QStringLiteral("现行有效件数")};
    for (int c = 0; c < 4; ++c)
        table->cellAt(0, c).firstCursorPosition().insertText(header[c]);
    const QStringList rows{QStringLiteral("active.regulations"), QStringLiteral("active.normative_documents")};
    const QStringList labels{QStringLiteral("规章"), QStringLiteral("行政规范性文件")};
    const QStringList columns{QStringLiteral("issued"), QStringLiteral("repealed"), QStringLiteral("in_force")};
    for (int r = 0; r < 2; ++r) {
        table->cellAt(r + 1, 0).firstCursorPosition().insertText(labels[r]);
        for (int c = 0; c < 3; ++c)
            table->cellAt(r + 1, c + 1).firstCursorPosition().insertText(
                report.cells.value(rows[r] + u'.' + columns[c]).toString());
    }
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(QStringLiteral("\n三、收到和处理政府信息公开申请情况\n四、政府信息公开行政复议、行政诉讼情况\n"
                                     "五、存在的主要问题及改进情况\n无。\n六、其他需要报告的事项\n本年度未收取信息处理费。"));
    const QString path = nb::test::tempPath(QStringLiteral("narrow.pdf"));
    {
        QPdfWriter writer(path);
        doc.print(&writer);
    }
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("our own PDF, both page styles, is read directly with every cell and stated total", "[import][pdf]")
{
    for (const Report &report : {nb::test::full2023(), nb::test::everyCellReport()})
        for (PageStyle style : {PageStyle::Official, PageStyle::Gongwen}) {
            const QString file = QStringLiteral("%1-%2.pdf").arg(report.agencyName, nb::render::pageStyleKey(style));
            DYNAMIC_SECTION(file.toStdString())
            {
                auto read = importPublishedReport(renderedPdf(report, style, QStringLiteral("direct.pdf")), file);
                INFO((read ? QString() : read.error().message).toStdString());
                REQUIRE(read.ok());
                CHECK(read->encoding == QLatin1String("PDF"));
                CHECK(nb::test::roundTripDifferences(report, read.value(), *Definition::builtin()) == QStringList());
            }
        }
}

TEST_CASE("poppler's physical layout gives the text pdftotext -layout gives", "[import][pdf]")
{
    const QByteArray pdf = renderedPdf(nb::test::full2023(), PageStyle::Gongwen, QStringLiteral("layout.pdf"));
    const auto text = pdfLayoutText(pdf, QStringLiteral("layout.pdf"));
    REQUIRE(text.ok());
    QString tool = QString::fromUtf8(nb::test::runProgram(QStringLiteral("pdftotext"),
                                                          {QStringLiteral("-layout"), nb::test::tempPath(QStringLiteral("layout.pdf")),
                                                           QStringLiteral("-")}));
    // pdftotext ends each page with a form feed; the library separates pages with one.
    auto lines = [](QString t) {
        QStringList out;
        for (QString line : t.remove(u'\f').split(u'\n'))
            if (!line.trimmed().isEmpty())
                out << line.trimmed().normalized(QString::NormalizationForm_KC);
        return out;
    };
    CHECK(lines(*text) == lines(tool));
}

TEST_CASE("a table whose cells wrap over several lines is read from the PDF", "[import][pdf]")
{
    const Report report = nb::test::everyCellReport();
    auto read = importPublishedReport(narrowTablePdf(report), QStringLiteral("narrow.pdf"));
    INFO((read ? QString() : read.error().message).toStdString());
    REQUIRE(read.ok());
    CHECK(read->report.agencyName == report.agencyName);
    for (const char *key : {"active.regulations.issued", "active.regulations.repealed", "active.regulations.in_force",
                            "active.normative_documents.issued", "active.normative_documents.repealed",
                            "active.normative_documents.in_force"}) {
        INFO(key);
        CHECK(read->report.cells.value(QString::fromLatin1(key)) == report.cells.value(QString::fromLatin1(key)));
    }
    // The cells did wrap: in the text layer the header labels are broken over lines.
    const auto text = pdfLayoutText(narrowTablePdf(report), QStringLiteral("narrow.pdf"));
    REQUIRE(text.ok());
    CHECK_FALSE(text->contains(QStringLiteral("本年制发件数")));
    CHECK_FALSE(text->contains(QStringLiteral("现行有效件数")));
}

TEST_CASE("a scanned PDF without a text layer is refused with a message saying so", "[import][pdf]")
{
    auto read = importPublishedReport(scannedPdf(), QStringLiteral("scan.pdf"));
    REQUIRE_FALSE(read.ok());
    CHECK(read.error().code == QLatin1String("import.pdf-scan"));
    CHECK(read.error().message.contains(QStringLiteral("scan.pdf")));
    CHECK(read.error().message.contains(QStringLiteral("扫描件")));
    CHECK(read.error().message.contains(QStringLiteral("文字识别")));
}

TEST_CASE("a damaged PDF is refused, named, and nothing is read", "[import][pdf]")
{
    QByteArray pdf = renderedPdf(nb::test::full2023(), PageStyle::Official, QStringLiteral("damaged.pdf"));
    pdf.truncate(pdf.size() / 3);
    pdf.replace(200, 400, QByteArray(400, '\0'));
    auto read = importPublishedReport(pdf, QStringLiteral("damaged.pdf"));
    REQUIRE_FALSE(read.ok());
    CHECK(read.error().message.contains(QStringLiteral("damaged.pdf")));
    // A .txt that is in fact a PDF is read as the PDF it is.
    auto misnamed = importPublishedReport(renderedPdf(nb::test::full2023(), PageStyle::Official, QStringLiteral("m.pdf")),
                                          QStringLiteral("report.txt"));
    REQUIRE(misnamed.ok());
    CHECK(misnamed->encoding == QLatin1String("PDF"));
}
