#pragma once
// How a widget deep in the window (a finding's "?", F1 on a finding) asks for
// the manual without knowing who shows it: the main window holding `from`
// (or the one a dialog belongs to) opens its manual at the rule's entry.
#include <QString>

class QWidget;

namespace nb::ui::help {

void showRule(QWidget *from, const QString &ruleId);

} // namespace nb::ui::help
