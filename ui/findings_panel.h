#pragma once
// Every finding of the open report, grouped by section in the official order,
// updated live. Selecting one asks the window to show its cell or text;
// warnings can be given an explanation (说明) here. Each finding's "?" (or F1
// on the selected one, or 规则说明) opens its rule's entry in the manual.
#include "core/session/draft_session.h"

#include <QWidget>

class QTreeWidget;
class QTreeWidgetItem;
class QPushButton;
class QLabel;

namespace nb::ui {

class FindingsPanel : public QWidget {
    Q_OBJECT
public:
    explicit FindingsPanel(session::DraftSession *session, QWidget *parent = nullptr);
    QTreeWidget *tree() const { return m_tree; }
    // Asks for the 说明 of the selected warning (a dialog).
    void explainSelected();
    // The rule of the selected finding; "" when none is selected.
    QString currentRule() const;
    // Opens the manual at the selected finding's rule.
    void helpForSelected();

signals:
    void findingSelected(const nb::report::Finding &finding);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    void onItemClicked(QTreeWidgetItem *item);
    std::optional<report::Finding> findingOf(QTreeWidgetItem *item) const;
    void updateButtons();

    session::DraftSession *m_session;
    QTreeWidget *m_tree;
    QPushButton *m_explain;
    QPushButton *m_help;
    QLabel *m_detail; // the whole message of the selected finding
    std::vector<report::Finding> m_shown;
};

} // namespace nb::ui
