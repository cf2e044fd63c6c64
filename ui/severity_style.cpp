#include "ui/severity_style.h"

#include <QApplication>
#include <QCoreApplication>
#include <QStyle>

namespace nb::ui::severity_style {

using report::Severity;

namespace {
struct SeverityStyle {
    Q_DECLARE_TR_FUNCTIONS(SeverityStyle)
};
} // namespace

QColor background(Severity s)
{
    switch (s) {
    case Severity::Error: return QColor(0xf8, 0xc9, 0xc4);
    case Severity::Warning: return QColor(0xfc, 0xe9, 0xa8);
    case Severity::Info: return QColor(0xd6, 0xe8, 0xf7);
    }
    return {};
}

QColor formBackground() { return QColor(0xf1, 0xf1, 0xec); }
QColor derivedBackground() { return QColor(0xe4, 0xea, 0xf0); }

QIcon icon(Severity s)
{
    QStyle *style = QApplication::style();
    switch (s) {
    case Severity::Error: return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case Severity::Warning: return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case Severity::Info: return style->standardIcon(QStyle::SP_MessageBoxInformation);
    }
    return {};
}

bool explained(const report::Finding &f, const report::Report &meta)
{
    return f.severity == Severity::Warning && !meta.explanations.value(f.rule).trimmed().isEmpty();
}

Severity effective(const report::Finding &f, const report::Report &meta)
{
    return explained(f, meta) ? Severity::Info : f.severity;
}

QString label(const report::Finding &f, const report::Report &meta)
{
    if (explained(f, meta))
        return SeverityStyle::tr("已说明");
    switch (f.severity) {
    case Severity::Error: return SeverityStyle::tr("错误");
    case Severity::Warning: return SeverityStyle::tr("警告");
    case Severity::Info: return SeverityStyle::tr("提示");
    }
    return {};
}

} // namespace nb::ui::severity_style
