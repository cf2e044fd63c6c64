#include "ui/print_settings.h"

#include <QPageLayout>
#include <QPrinter>
#include <QSettings>

namespace nb::ui::print_settings {

namespace {
const char *const kStyle = "print/style";
const char *const kPaper = "print/paper";     // QPageSize::PageSizeId
const char *const kPaperMm = "print/paperMm"; // width, height: for custom paper
const char *const kOrientation = "print/orientation";
const char *const kMargins = "print/marginsMm"; // left, top, right, bottom
} // namespace

render::PageStyle style()
{
    return render::pageStyleFromKey(QSettings().value(QLatin1String(kStyle)).toString())
        .value_or(render::PageStyle::Official);
}

void setStyle(render::PageStyle style)
{
    QSettings().setValue(QLatin1String(kStyle), render::pageStyleKey(style));
}

void apply(QPrinter &printer)
{
    QSettings settings;
    const QList<QVariant> margins = settings.value(QLatin1String(kMargins)).toList();
    const QList<QVariant> paperMm = settings.value(QLatin1String(kPaperMm)).toList();
    if (!settings.contains(QLatin1String(kPaper)) || margins.size() != 4 || paperMm.size() != 2) {
        // Nothing chosen yet: the page setup starts from the style's own margins.
        printer.setPageMargins(render::defaultMarginsMm(style()), QPageLayout::Millimeter);
        return;
    }
    const auto id = QPageSize::PageSizeId(settings.value(QLatin1String(kPaper)).toInt());
    // The settings file is input: an id outside the enumeration is a custom size, never an index.
    const QPageSize size = id < 0 || id == QPageSize::Custom || id > QPageSize::LastPageSize
                               ? QPageSize(QSizeF(paperMm[0].toDouble(), paperMm[1].toDouble()), QPageSize::Millimeter)
                               : QPageSize(id);
    if (!size.isValid())
        return;
    const auto orientation = settings.value(QLatin1String(kOrientation)).toInt() == int(QPageLayout::Landscape)
                                 ? QPageLayout::Landscape
                                 : QPageLayout::Portrait;
    const QMarginsF mm(margins[0].toDouble(), margins[1].toDouble(), margins[2].toDouble(), margins[3].toDouble());
    printer.setPageLayout(QPageLayout(size, orientation, mm, QPageLayout::Millimeter));
}

void remember(const QPrinter &printer)
{
    const QPageLayout layout = printer.pageLayout();
    const QMarginsF mm = layout.margins(QPageLayout::Millimeter);
    QSettings settings;
    const QSizeF paper = layout.pageSize().size(QPageSize::Millimeter);
    settings.setValue(QLatin1String(kPaper), int(layout.pageSize().id()));
    settings.setValue(QLatin1String(kPaperMm), QList<QVariant>{paper.width(), paper.height()});
    settings.setValue(QLatin1String(kOrientation), int(layout.orientation()));
    settings.setValue(QLatin1String(kMargins), QList<QVariant>{mm.left(), mm.top(), mm.right(), mm.bottom()});
}

} // namespace nb::ui::print_settings
