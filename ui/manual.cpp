#include "ui/manual.h"

#include "core/report/check.h"
#include "ui/date_text.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>

namespace nb::ui {

namespace {

QString resourceDir(const QString &language)
{
    return QStringLiteral(":/help/") + language;
}

QString readResource(const QString &language, const QString &name)
{
    QFile file(resourceDir(language) + u'/' + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// A chapter file: "10-overview.md" → "overview".
const QRegularExpression &chapterName()
{
    static const QRegularExpression re(QStringLiteral(R"(^\d+-([a-z-]+)\.md$)"));
    return re;
}

// The first "# " line is the title.
QString titleOf(const QString &markdown)
{
    for (const QString &line : markdown.split(u'\n'))
        if (line.startsWith(QLatin1String("# ")))
            return line.mid(2).trimmed();
    return {};
}

// rules.md: "# title", an introduction, then "## family {#id}" sections, each
// with an introduction and "### RULE-ID[ — title]" entries.
struct RulesFile {
    QString title;
    QString intro;
    QList<RuleFamily> families;
    QList<RuleEntry> entries;
};

RulesFile parseRules(const QString &text)
{
    static const QRegularExpression familyHeading(QStringLiteral(R"(^## (.+?)\s*\{#([a-z-]+)\}\s*$)"));
    static const QRegularExpression entryHeading(QStringLiteral(R"(^### ([A-Z0-9-]+)(?:\s+—\s+(.+))?\s*$)"));
    RulesFile out;
    QString *body = &out.intro;
    for (const QString &line : text.split(u'\n')) {
        if (line.startsWith(QLatin1String("# ")) && out.title.isEmpty()) {
            out.title = line.mid(2).trimmed();
            continue;
        }
        if (const auto m = familyHeading.match(line); m.hasMatch()) {
            out.families << RuleFamily{m.captured(2), m.captured(1), QString()};
            body = &out.families.last().intro;
            continue;
        }
        if (const auto m = entryHeading.match(line); m.hasMatch()) {
            out.entries << RuleEntry{m.captured(1), m.captured(2).trimmed(), QString(),
                                     out.families.isEmpty() ? QString() : out.families.last().id};
            body = &out.entries.last().body;
            continue;
        }
        *body += line + u'\n';
    }
    for (RuleEntry &e : out.entries)
        e.body = e.body.trimmed();
    for (RuleFamily &f : out.families)
        f.intro = f.intro.trimmed();
    out.intro = out.intro.trimmed();
    return out;
}

QString severityKeyOf(report::Severity s)
{
    return QStringLiteral("severity.") + report::severityKey(s);
}

bool looksLikeKey(const QString &s)
{
    static const QRegularExpression key(QStringLiteral(R"(^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$)"));
    return key.match(s).hasMatch();
}

} // namespace

QString Manual::interfaceLanguage()
{
    return date_text::chineseInterface() ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

QHash<QString, QString> Manual::labels(const QString &language)
{
    QHash<QString, QString> out;
    for (const QString &raw : readResource(language, QStringLiteral("labels.txt")).split(u'\n')) {
        const QString line = raw.trimmed();
        const qsizetype eq = line.indexOf(QLatin1String(" = "));
        if (line.startsWith(u'#') || eq < 0)
            continue;
        QString value = line.mid(eq + 3);
        if (value.size() >= 2 && value.startsWith(u'"') && value.endsWith(u'"'))
            value = value.mid(1, value.size() - 2);
        out.insert(line.left(eq).trimmed(), value);
    }
    return out;
}

QStringList Manual::chapterIds(const QString &language)
{
    QStringList files = QDir(resourceDir(language)).entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
    QStringList ids;
    for (const QString &f : files)
        if (const auto m = chapterName().match(f); m.hasMatch())
            ids << m.captured(1);
    return ids;
}

QList<std::pair<QString, QString>> Manual::keyRows(const QString &language)
{
    QList<std::pair<QString, QString>> rows;
    bool header = true;
    for (const QString &line : readResource(language, QStringLiteral("keys.md")).split(u'\n')) {
        if (!line.startsWith(u'|'))
            continue;
        QStringList cells = line.split(u'|');
        if (cells.size() < 4 || line.startsWith(QLatin1String("|---")))
            continue;
        if (header) { // the first row names the columns
            header = false;
            continue;
        }
        rows.append({cells[1].trimmed(), cells[2].trimmed()});
    }
    return rows;
}

QList<RuleEntry> Manual::ruleEntries(const QString &language)
{
    return parseRules(readResource(language, QStringLiteral("rules.md"))).entries;
}

QString Manual::topicOfLink(const QString &href)
{
    if (href.startsWith(QLatin1String("topic:")))
        return href.mid(6);
    if (href.startsWith(QLatin1String("rule:")))
        return href;
    return {};
}

Manual::Manual(const report::Definition &definition, const QString &language, const Context &context)
    : m_def(definition), m_language(languages().contains(language) ? language : QStringLiteral("zh_CN")),
      m_context(context), m_labels(labels(m_language))
{
    RulesFile rules = parseRules(readResource(m_language, QStringLiteral("rules.md")));
    m_rulesTitle = rules.title;
    m_rulesIntro = rules.intro;
    m_families = rules.families;
    m_entries = rules.entries;
    addChapters();
}

const ManualTopic *Manual::topic(const QString &id) const
{
    for (const ManualTopic &t : m_topics)
        if (t.id == id)
            return &t;
    return nullptr;
}

QString Manual::label(const QString &key) const
{
    return m_labels.value(key, key);
}

bool Manual::chinese() const
{
    return m_language == QLatin1String("zh_CN");
}

// The rules' topics come right after the chapter that lists them (检查和说明).
void Manual::addChapters()
{
    const QStringList files = QDir(resourceDir(m_language)).entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
    bool rulesAdded = false;
    for (const QString &file : files) {
        const auto m = chapterName().match(file);
        if (!m.hasMatch())
            continue;
        const QString text = readResource(m_language, file);
        m_topics << ManualTopic{m.captured(1), QString(), titleOf(text), expand(text)};
        if (text.contains(QLatin1String("{{rules}}")) && !rulesAdded) {
            addRules();
            rulesAdded = true;
        }
    }
    if (!rulesAdded)
        addRules();
}

const RuleEntry *Manual::entry(const QString &ruleId) const
{
    for (const RuleEntry &e : m_entries)
        if (e.id == ruleId)
            return &e;
    return nullptr;
}

QList<const report::RuleDef *> Manual::members(const QString &family) const
{
    QList<const report::RuleDef *> out;
    for (const report::RuleDef &rule : m_def.rules()) {
        const RuleEntry *e = entry(rule.id);
        if (family.isEmpty() ? !e || !std::any_of(m_families.begin(), m_families.end(),
                                                  [e](const RuleFamily &f) { return f.id == e->family; })
                             : e && e->family == family)
            out << &rule;
    }
    return out;
}

QString Manual::ruleTitle(const report::RuleDef &rule) const
{
    // The definition's title is Chinese (data); another language takes its own from rules.md.
    if (!chinese())
        if (const RuleEntry *e = entry(rule.id); e && !e->title.isEmpty())
            return e->title;
    return rule.title;
}

void Manual::addRules()
{
    const QString rulesId = QStringLiteral("rules");
    m_topics << ManualTopic{rulesId, QString(), m_rulesTitle,
                            QStringLiteral("# %1\n\n%2\n\n%3").arg(m_rulesTitle, m_rulesIntro, allRulesTables())};
    QList<ManualTopic> rules;
    for (const RuleFamily &family : m_families) {
        const QString id = QStringLiteral("family:") + family.id;
        m_topics << ManualTopic{id, rulesId, family.title,
                                QStringLiteral("# %1\n\n%2\n\n%3").arg(family.title, family.intro, rulesTable(members(family.id)))};
        for (const report::RuleDef *rule : members(family.id))
            rules << ManualTopic{ruleTopic(rule->id), id, rule->id + u' ' + ruleTitle(*rule), ruleMarkdown(*rule)};
    }
    // A rule of the definition that rules.md does not describe still has its topic.
    for (const report::RuleDef *rule : members(QString()))
        rules << ManualTopic{ruleTopic(rule->id), rulesId, rule->id + u' ' + ruleTitle(*rule), ruleMarkdown(*rule)};
    m_topics << rules;
}

QString Manual::rulesTable(const QList<const report::RuleDef *> &rules) const
{
    QString out = QStringLiteral("| %1 | %2 | %3 |\n|---|---|---|\n")
                      .arg(label(QStringLiteral("table.id")), label(QStringLiteral("table.severity")),
                           label(QStringLiteral("table.rule")));
    for (const report::RuleDef *rule : rules)
        out += QStringLiteral("| [%1](rule:%1) | %2 | %3 |\n")
                   .arg(rule->id, label(severityKeyOf(rule->severity)), ruleTitle(*rule));
    return out;
}

QString Manual::allRulesTables() const
{
    QString out;
    for (const RuleFamily &family : m_families)
        out += QStringLiteral("## [%1](topic:family:%2)\n\n%3\n").arg(family.title, family.id, rulesTable(members(family.id)));
    if (const auto rest = members(QString()); !rest.isEmpty())
        out += QStringLiteral("## %1\n\n%2\n").arg(label(QStringLiteral("rule.undocumented")), rulesTable(rest));
    return out;
}

QString Manual::ruleMarkdown(const report::RuleDef &rule) const
{
    // "**级别**：错误" / "**Severity:** Error" (Markdown closes "**" after "：" only before a space).
    const QString colon = chinese() ? QStringLiteral("**：") : QStringLiteral(":** ");
    QString out = QStringLiteral("# %1 %2\n\n**%3%4%5").arg(rule.id, ruleTitle(rule), label(QStringLiteral("rule.severity")),
                                                          colon, label(severityKeyOf(rule.severity)));
    const RuleEntry *e = entry(rule.id);
    for (const RuleFamily &family : m_families)
        if (e && e->family == family.id)
            out += QStringLiteral(" · **%1%2[%3](topic:family:%4)")
                       .arg(label(QStringLiteral("rule.family")), colon, family.title, family.id);
    out += QStringLiteral("\n\n");
    out += e && !e->body.isEmpty() ? e->body : label(QStringLiteral("rule.undocumented"));
    return out + QStringLiteral("\n\n") + parameters(rule);
}

QString Manual::parameters(const report::RuleDef &rule) const
{
    QString out; // one list item per parameter
    const QString colon = chinese() ? QStringLiteral("：") : QStringLiteral(": ");
    for (auto it = rule.params.constBegin(); it != rule.params.constEnd(); ++it) {
        const QString key = it.key();
        if (key == QLatin1String("id") || key == QLatin1String("severity") || key == QLatin1String("title")
            || key == QLatin1String("check"))
            continue; // shown above, or how the program does it
        if (key == QLatin1String("quotes")) {
            out += QStringLiteral("- %1%2\n").arg(label(QStringLiteral("param.quotes")), colon);
            for (const QJsonValue &q : it.value().toArray()) {
                const QJsonObject quote = q.toObject();
                QStringList sums;
                for (const QJsonValue &alternative : quote.value(QLatin1String("sums")).toArray()) {
                    QStringList cells;
                    for (const QJsonValue &cell : alternative.toArray())
                        cells << describeValue(cell);
                    sums << cells.join(QStringLiteral(" + "));
                }
                out += QStringLiteral("    - %1%2``%3``；%4%2%5\n")
                           .arg(label(QStringLiteral("param.pattern")), colon,
                                quote.value(QLatin1String("pattern")).toString(), label(QStringLiteral("param.sums")),
                                sums.join(label(QStringLiteral("list.or"))));
                if (!chinese())
                    out.replace(QStringLiteral("``；"), QStringLiteral("``; "));
            }
            continue;
        }
        QString value;
        if (key == QLatin1String("pattern"))
            value = QStringLiteral("``%1``").arg(it.value().toString());
        else if (key == QLatin1String("formula") || key == QLatin1String("appliesTo"))
            value = label(QStringLiteral("param.%1.%2").arg(key, it.value().toString()));
        else
            value = describeValue(it.value());
        out += QStringLiteral("- %1%2%3\n").arg(label(QStringLiteral("param.") + key), colon, value);
    }
    if (out.isEmpty())
        return {};
    return QStringLiteral("## %1\n\n%2\n\n").arg(label(QStringLiteral("rule.parameters")),
                                                   label(QStringLiteral("rule.parameters-note")))
        + out;
}

// Keys of the definition become what the form prints (sections, rows, cells);
// words are quoted; anything else is shown as written.
QString Manual::describeValue(const QJsonValue &value) const
{
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue &v : value.toArray())
            parts << describeValue(v);
        return parts.join(label(QStringLiteral("list.separator")));
    }
    if (value.isDouble())
        return QString::number(value.toDouble());
    const QString s = value.toString();
    if (const report::Section *section = m_def.section(s))
        return section->heading;
    if (const int cell = m_def.cellIndex(s); cell >= 0)
        return report::checks::cellName(m_def, cell);
    if (const auto [t, r] = m_def.rowPosition(s); t >= 0)
        return m_def.tables()[t].rows[r].label;
    if (const report::Table *table = m_def.table(s)) {
        const report::Section *section = m_def.section(table->section);
        return section ? section->heading : s;
    }
    static const QRegularExpression number(QStringLiteral(R"(^\d+(\.\d+)?$)"));
    if (number.match(s).hasMatch())
        return s;
    if (looksLikeKey(s))
        return QStringLiteral("`%1`").arg(s);
    return QStringLiteral("“%1”").arg(s);
}

QString Manual::shortcutsTable() const
{
    QString out = QStringLiteral("| %1 | %2 | %3 |\n|---|---|---|\n")
                      .arg(label(QStringLiteral("table.menu")), label(QStringLiteral("table.command")),
                           label(QStringLiteral("table.keys")));
    for (const ShortcutEntry &s : m_context.shortcuts)
        out += QStringLiteral("| %1 | %2 | %3 |\n")
                   .arg(s.menu.isEmpty() ? label(QStringLiteral("table.outside-menus")) : s.menu, s.command,
                        keysText(s.keys, label(QStringLiteral("keys.or"))));
    return out;
}

QString Manual::databaseText() const
{
    QString out;
    if (!m_context.databasePath.isEmpty())
        out += QStringLiteral("%1\n\n`%2`\n\n").arg(label(QStringLiteral("database.current")), m_context.databasePath);
    return out + label(QStringLiteral("database.default"));
}

QString Manual::expand(QString markdown) const
{
    markdown.replace(QLatin1String("{{rules}}"), allRulesTables());
    markdown.replace(QLatin1String("{{shortcuts}}"), shortcutsTable());
    markdown.replace(QLatin1String("{{keys}}"), readResource(m_language, QStringLiteral("keys.md")).trimmed());
    markdown.replace(QLatin1String("{{database}}"), databaseText());
    return markdown;
}

} // namespace nb::ui
