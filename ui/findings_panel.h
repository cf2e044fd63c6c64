#pragma once
// Every finding of the open report, grouped by section in the official order,
// updated live. Selecting one asks the window to show its cell or text;
// warnings can be given an explanation (说明) here.
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

signals:
    void findingSelected(const nb::report::Finding &finding);

private:
    void rebuild();
    void onItemClicked(QTreeWidgetItem *item);
    std::optional<report::Finding> findingOf(QTreeWidgetItem *item) const;
    void updateButtons();

    session::DraftSession *m_session;
    QTreeWidget *m_tree;
    QPushButton *m_explain;
    QLabel *m_detail; // the whole message of the selected finding
    std::vector<report::Finding> m_shown;
};

} // namespace nb::ui
