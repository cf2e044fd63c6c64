#include "ui/manual_window.h"

#include "ui/screen_fit.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QSplitter>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace nb::ui {

namespace {
constexpr int kTopicRole = Qt::UserRole + 1;
}

ManualWindow::ManualWindow(std::shared_ptr<const report::Definition> definition, const Manual::Context &context,
                           QWidget *parent)
    : QWidget(parent, Qt::Window), m_definition(std::move(definition))
{
    setObjectName(QStringLiteral("manualWindow"));
    setWindowTitle(tr("使用说明 — 年报"));
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("manualSearch"));
    m_search->setPlaceholderText(tr("搜索说明，例如 R3-BALANCE、结转、备份"));
    m_search->setClearButtonEnabled(true);
    m_back = new QToolButton;
    m_back->setText(tr("后退"));
    m_back->setShortcut(QKeySequence::Back);
    m_back->setToolTip(tr("后退（%1）").arg(QKeySequence(QKeySequence::Back).toString(QKeySequence::NativeText)));
    m_forward = new QToolButton;
    m_forward->setText(tr("前进"));
    m_forward->setShortcut(QKeySequence::Forward);
    m_forward->setToolTip(tr("前进（%1）").arg(QKeySequence(QKeySequence::Forward).toString(QKeySequence::NativeText)));
    m_tree = new QTreeWidget;
    m_tree->setObjectName(QStringLiteral("manualTopics"));
    m_tree->setHeaderHidden(true);
    m_page = new QTextBrowser;
    m_page->setObjectName(QStringLiteral("manualPage"));
    m_page->setOpenLinks(false);
    m_page->document()->setDocumentMargin(16);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_back);
    bar->addWidget(m_forward);
    bar->addWidget(m_search, 1);
    auto *split = new QSplitter;
    split->addWidget(m_tree);
    split->addWidget(m_page);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
    const int unit = fontMetrics().horizontalAdvance(QChar(0x4e00));
    m_tree->setMinimumWidth(unit * 16);
    screen_fit::resizeToFit(this, QSize(unit * 80, unit * 56));

    connect(m_search, &QLineEdit::textChanged, this, &ManualWindow::filter);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item && !m_syncingTree)
            showTopic(item->data(0, kTopicRole).toString());
    });
    connect(m_page, &QTextBrowser::anchorClicked, this, &ManualWindow::onLink);
    connect(m_back, &QToolButton::clicked, this, &ManualWindow::goBack);
    connect(m_forward, &QToolButton::clicked, this, &ManualWindow::goForward);
    refresh(context);
    if (!m_manual->topics().isEmpty())
        showTopic(m_manual->topics().first().id);
}

void ManualWindow::refresh(const Manual::Context &context)
{
    m_manual = std::make_unique<Manual>(*m_definition, Manual::interfaceLanguage(), context);
    rebuildTree();
    filter(m_search->text());
    if (!m_current.isEmpty())
        display(m_current);
}

void ManualWindow::rebuildTree()
{
    m_syncingTree = true;
    m_tree->clear();
    QHash<QString, QTreeWidgetItem *> items;
    for (const ManualTopic &t : m_manual->topics()) {
        QTreeWidgetItem *parent = items.value(t.parent);
        auto *item = parent ? new QTreeWidgetItem(parent, {t.title}) : new QTreeWidgetItem(m_tree, {t.title});
        item->setData(0, kTopicRole, t.id);
        item->setToolTip(0, t.title);
        items.insert(t.id, item);
    }
    // Chapters and the families of rules open; the rules themselves one click away.
    for (auto it = items.constBegin(); it != items.constEnd(); ++it)
        it.value()->setExpanded(!it.key().startsWith(QLatin1String("family:")));
    m_syncingTree = false;
}

// Titles and text both count; a topic stays visible while one of its children matches.
void ManualWindow::filter(const QString &text)
{
    const QString wanted = text.trimmed();
    std::function<bool(QTreeWidgetItem *)> apply = [&](QTreeWidgetItem *item) {
        bool childShown = false;
        for (int i = 0; i < item->childCount(); ++i)
            childShown = apply(item->child(i)) || childShown;
        const ManualTopic *t = m_manual->topic(item->data(0, kTopicRole).toString());
        const bool match = wanted.isEmpty()
            || (t && (t->title.contains(wanted, Qt::CaseInsensitive) || t->markdown.contains(wanted, Qt::CaseInsensitive)));
        item->setHidden(!match && !childShown);
        if (!wanted.isEmpty() && childShown)
            item->setExpanded(true);
        return match || childShown;
    };
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        apply(m_tree->topLevelItem(i));
}

bool ManualWindow::showTopic(const QString &id)
{
    if (!m_manual->topic(id))
        return false;
    if (id == m_current)
        return true;
    m_history = m_history.mid(0, m_position + 1);
    m_history << id;
    m_position = int(m_history.size()) - 1;
    display(id);
    return true;
}

void ManualWindow::display(const QString &id)
{
    const ManualTopic *t = m_manual->topic(id);
    if (!t)
        return;
    m_current = id;
    m_page->setMarkdown(t->markdown);
    m_syncingTree = true;
    const auto found = m_tree->findItems(QStringLiteral("*"), Qt::MatchWildcard | Qt::MatchRecursive);
    for (QTreeWidgetItem *item : found)
        if (item->data(0, kTopicRole).toString() == id) {
            for (QTreeWidgetItem *p = item->parent(); p; p = p->parent())
                p->setExpanded(true);
            m_tree->setCurrentItem(item);
            m_tree->scrollToItem(item);
        }
    m_syncingTree = false;
    updateButtons();
}

void ManualWindow::onLink(const QUrl &url)
{
    const QString topic = Manual::topicOfLink(url.toString());
    if (!topic.isEmpty())
        showTopic(topic);
    else if (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
        QDesktopServices::openUrl(url);
}

void ManualWindow::goBack()
{
    if (m_position <= 0)
        return;
    display(m_history.at(--m_position));
}

void ManualWindow::goForward()
{
    if (m_position + 1 >= m_history.size())
        return;
    display(m_history.at(++m_position));
}

void ManualWindow::updateButtons()
{
    m_back->setEnabled(m_position > 0);
    m_forward->setEnabled(m_position + 1 < m_history.size());
}

} // namespace nb::ui
