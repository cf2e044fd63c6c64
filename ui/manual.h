#pragma once
// The manual built into the application (帮助 → 使用说明). Its text is kept as
// Markdown in resources/help/<language>/ so that writers edit it without
// touching code: numbered chapters (10-overview.md …), rules.md with one entry
// per rule, keys.md (keys in tables and texts) and labels.txt (the words of the
// generated parts). What can drift is generated here instead of written:
// - every rule of the report definition gets a topic, with its ID, severity
//   and parameters taken from the definition and its meaning and example from
//   rules.md (a rule without an entry still gets a topic, and a test fails);
// - {{shortcuts}} is the table of the window's real shortcuts (ShortcutEntry);
// - {{rules}}, {{keys}} and {{database}} likewise.
// Links between topics are written [text](topic:ID) and [text](rule:RULE-ID).
#include "core/report/definition.h"
#include "ui/shortcut_list.h"

#include <QHash>
#include <QList>
#include <QString>

namespace nb::ui {

struct ManualTopic {
    QString id;     // "overview", "family:tables", "rule:R3-BALANCE"
    QString parent; // "" for a chapter
    QString title;
    QString markdown;
};

// One rule's entry as a language's rules.md has it.
struct RuleEntry {
    QString id;
    QString title; // after " — " in the heading; the English manual needs one
    QString body;
    QString family;
};

// A family of rules in rules.md: "## 表格内的检查 {#tables}" and its introduction.
struct RuleFamily {
    QString id;
    QString title;
    QString intro;
};

class Manual {
public:
    struct Context {
        QList<ShortcutEntry> shortcuts;
        QString databasePath; // the database the window uses; "" when not known
    };

    // "zh_CN" or "en": the interface's language (QLocale's default).
    static QString interfaceLanguage();
    static QStringList languages() { return {QStringLiteral("zh_CN"), QStringLiteral("en")}; }

    Manual(const report::Definition &definition, const QString &language, const Context &context);

    QString language() const { return m_language; }
    const QList<ManualTopic> &topics() const { return m_topics; }
    const ManualTopic *topic(const QString &id) const;
    static QString ruleTopic(const QString &ruleId) { return QStringLiteral("rule:") + ruleId; }
    // The topic a link leads to ("topic:create" → "create", "rule:X" → "rule:X"); "" for other links.
    static QString topicOfLink(const QString &href);

    // What the resources of a language hold, for the tests.
    static QList<RuleEntry> ruleEntries(const QString &language);
    static QStringList chapterIds(const QString &language);
    static QHash<QString, QString> labels(const QString &language);
    // The rows of keys.md: the keys of tables and texts, which no action carries.
    static QList<std::pair<QString, QString>> keyRows(const QString &language);

private:
    void addChapters();
    void addRules();
    QString expand(QString markdown) const;
    // The definition's rules described in a family, in the definition's order;
    // "" gives those that no family describes.
    QList<const report::RuleDef *> members(const QString &family) const;
    const RuleEntry *entry(const QString &ruleId) const;
    QString rulesTable(const QList<const report::RuleDef *> &rules) const;
    QString allRulesTables() const;
    QString shortcutsTable() const;
    QString databaseText() const;
    QString ruleMarkdown(const report::RuleDef &rule) const;
    QString parameters(const report::RuleDef &rule) const;
    QString describeValue(const QJsonValue &value) const;
    QString label(const QString &key) const;
    bool chinese() const;
    QString ruleTitle(const report::RuleDef &rule) const;

    const report::Definition &m_def;
    QString m_language;
    Context m_context;
    QHash<QString, QString> m_labels;
    QString m_rulesTitle;
    QString m_rulesIntro;
    QList<RuleFamily> m_families;
    QList<RuleEntry> m_entries;
    QList<ManualTopic> m_topics;
};

} // namespace nb::ui
