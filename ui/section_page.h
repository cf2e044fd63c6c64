#pragma once
// Every page of the report (二、三、四 with tables; 一、五、六 with text; the
// metadata page) shares this small interface so the window can navigate to a
// finding without knowing what kind of page holds it.
#include "core/report/finding.h"

#include <QWidget>

namespace nb::ui {

class SectionPage : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;
    virtual QString sectionKey() const = 0;
    // Selects the finding's cell (or its text) and gives it the keyboard.
    virtual void showFinding(const report::Finding &finding) = 0;
    // Gives the page the keyboard where work goes on: the cell the cursor was
    // on (a table's first input cell at first), the text, the first field.
    virtual void enter() = 0;
    // Before the page is left by the keyboard: commits what is being typed
    // into a cell; false (with the reason shown) when it is refused.
    virtual bool commitPending() { return true; }

signals:
    void message(const QString &text);
};

} // namespace nb::ui
