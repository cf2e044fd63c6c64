#pragma once
// 帮助 → 使用说明: the manual (ui/manual.h) in a window of its own beside the
// report: its topics on the left (chapters, the rules by family), the page on
// the right, a search field over titles and text, back and forward. Links
// between topics stay in the window; a finding's "?" opens its rule's topic.
#include "ui/manual.h"

#include <QWidget>
#include <memory>

class QLineEdit;
class QTextBrowser;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace nb::ui {

class ManualWindow : public QWidget {
    Q_OBJECT
public:
    ManualWindow(std::shared_ptr<const report::Definition> definition, const Manual::Context &context,
                 QWidget *parent = nullptr);

    // Rebuilds the topics (the window's shortcuts may have changed), keeping the page shown.
    void refresh(const Manual::Context &context);
    // False when there is no such topic (the page stays).
    bool showTopic(const QString &id);
    QString currentTopic() const { return m_current; }
    const Manual &manual() const { return *m_manual; }
    QTreeWidget *topicTree() const { return m_tree; }
    QTextBrowser *page() const { return m_page; }
    QLineEdit *searchField() const { return m_search; }

private:
    void rebuildTree();
    void filter(const QString &text);
    void display(const QString &id);
    void onLink(const QUrl &url);
    void goBack();
    void goForward();
    void updateButtons();

    std::shared_ptr<const report::Definition> m_definition;
    std::unique_ptr<Manual> m_manual;
    QLineEdit *m_search;
    QTreeWidget *m_tree;
    QTextBrowser *m_page;
    QToolButton *m_back;
    QToolButton *m_forward;
    QString m_current;
    QStringList m_history; // topics shown, oldest first
    int m_position = -1;   // index of m_current in m_history
    bool m_syncingTree = false;
};

} // namespace nb::ui
