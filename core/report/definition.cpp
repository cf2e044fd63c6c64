#include "core/report/definition.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace nb::report {

QString severityKey(Severity s)
{
    switch (s) {
    case Severity::Error: return QStringLiteral("error");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Info: return QStringLiteral("info");
    }
    return {};
}

std::optional<Severity> severityFromKey(const QString &key)
{
    for (Severity s : {Severity::Error, Severity::Warning, Severity::Info})
        if (severityKey(s) == key)
            return s;
    return std::nullopt;
}

// Reads and validates a definition; every error names where in the file it is.
class DefinitionLoader {
public:
    Result<std::shared_ptr<const Definition>> load(const QByteArray &json);

private:
    bool fail(const QString &where, const QString &what)
    {
        m_error = Error{QStringLiteral("definition.invalid"), where + QStringLiteral(": ") + what};
        return false;
    }
    bool readSection(const QJsonObject &o, int number, const QString &where);
    bool readTable(const QJsonObject &o, const QString &section, const QString &where);
    bool readGrid(const QJsonArray &a, QList<GridCell> &out, const QString &where);
    bool buildCells();
    bool resolveFormulas();
    bool orderDerived();
    bool checkHeader(const Table &t, const QString &where);
    bool readRules(const QJsonArray &a);

    std::shared_ptr<Definition> m_def = std::make_shared<Definition>();
    std::optional<Error> m_error;
};

namespace {
QList<Topic> readTopics(const QJsonArray &a)
{
    QList<Topic> out;
    for (const auto &v : a) {
        Topic t{v[QLatin1String("name")].toString(), {}};
        for (const auto &k : v[QLatin1String("keywords")].toArray())
            t.keywords << k.toString();
        out << t;
    }
    return out;
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const auto &s : v.toArray())
        out << s.toString();
    return out;
}
} // namespace

bool DefinitionLoader::readGrid(const QJsonArray &a, QList<GridCell> &out, const QString &where)
{
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QJsonObject o = a.at(i).toObject();
        GridCell c{o[QLatin1String("row")].toInt(), o[QLatin1String("col")].toInt(),
                   o[QLatin1String("rowSpan")].toInt(1), o[QLatin1String("colSpan")].toInt(1),
                   o[QLatin1String("text")].toString(), o[QLatin1String("role")].toString()};
        if (c.rowSpan < 1 || c.colSpan < 1 || c.row < 0 || c.col < 0 || c.text.isEmpty())
            return fail(QStringLiteral("%1[%2]").arg(where).arg(i), QStringLiteral("bad grid cell"));
        out << c;
    }
    return true;
}

bool DefinitionLoader::readTable(const QJsonObject &o, const QString &section, const QString &where)
{
    Table t;
    t.key = o[QLatin1String("key")].toString();
    t.caption = o[QLatin1String("caption")].toString();
    t.section = section;
    t.stubWidth = o[QLatin1String("stubWidth")].toInt();
    t.headerHeight = o[QLatin1String("headerHeight")].toInt();
    t.note = o[QLatin1String("note")].toString();
    if (t.key.isEmpty())
        return fail(where, QStringLiteral("table without key"));
    if (!readGrid(o[QLatin1String("header")].toArray(), t.header, where + QStringLiteral(".header")))
        return false;
    for (const auto &v : o[QLatin1String("columns")].toArray()) {
        const QJsonObject c = v.toObject();
        Column col{c[QLatin1String("key")].toString(), c[QLatin1String("label")].toString(),
                   c[QLatin1String("short")].toString(), c[QLatin1String("group")].toString(),
                   c[QLatin1String("type")].toString() == QLatin1String("money") ? ValueType::Money : ValueType::Count,
                   c[QLatin1String("unit")].toString(), strings(c[QLatin1String("sum")])};
        if (col.shortLabel.isEmpty())
            col.shortLabel = col.label;
        t.columns << col;
    }
    const auto rows = o[QLatin1String("rows")].toArray();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonObject r = rows.at(i).toObject();
        Row row{r[QLatin1String("key")].toString(), r[QLatin1String("label")].toString(),
                r[QLatin1String("short")].toString(), r[QLatin1String("group")].toString(),
                r[QLatin1String("subgroup")].toString(), {}, strings(r[QLatin1String("sum")])};
        const QString rowWhere = QStringLiteral("%1.rows[%2]").arg(where).arg(i);
        if (r.contains(QLatin1String("stub"))) {
            if (!readGrid(r[QLatin1String("stub")].toArray(), row.stub, rowWhere + QStringLiteral(".stub")))
                return false;
        } else if (t.stubWidth > 0) {
            row.stub << GridCell{0, 0, 1, t.stubWidth, row.label, {}};
        }
        for (auto &s : row.stub)
            s.row = int(i); // stub cells start on their own row
        t.rows << row;
    }
    if (t.columns.isEmpty() || t.rows.isEmpty())
        return fail(where, QStringLiteral("table %1 has no columns or rows").arg(t.key));
    if (!checkHeader(t, where))
        return false;
    m_def->m_tables << t;
    return true;
}

// Every grid position of the header and stub is covered exactly once, and each
// data column's label stands above it in the header.
bool DefinitionLoader::checkHeader(const Table &t, const QString &where)
{
    const int width = t.gridColumns();
    QSet<int> covered;
    auto cover = [&](const GridCell &c, int rowOffset, int rows, int cols) {
        for (int r = c.row; r < c.row + c.rowSpan; ++r)
            for (int k = c.col; k < c.col + c.colSpan; ++k) {
                if (r >= rows || k >= cols || covered.contains((r + rowOffset) * 1000 + k))
                    return false;
                covered.insert((r + rowOffset) * 1000 + k);
            }
        return true;
    };
    for (const auto &c : t.header)
        if (!cover(c, 0, t.headerHeight, width))
            return fail(where, QStringLiteral("header cell “%1” overlaps or leaves the grid").arg(c.text));
    for (const auto &row : t.rows)
        for (const auto &c : row.stub)
            if (!cover(c, t.headerHeight, int(t.rows.size()), t.stubWidth))
                return fail(where, QStringLiteral("stub cell “%1” overlaps or leaves the grid").arg(c.text));
    if (covered.size() != t.headerHeight * width + int(t.rows.size()) * t.stubWidth)
        return fail(where, QStringLiteral("table %1: header or stub has gaps").arg(t.key));
    for (int i = 0; i < t.columns.size(); ++i) {
        const int col = t.stubWidth + i;
        bool labelled = false;
        for (const auto &c : t.header)
            if (c.col <= col && col < c.col + c.colSpan && c.row + c.rowSpan == t.headerHeight)
                labelled = c.text == t.columns[i].label;
        if (!labelled)
            return fail(where, QStringLiteral("column %1 has no header cell with its label").arg(t.columns[i].key));
    }
    return true;
}

bool DefinitionLoader::readSection(const QJsonObject &o, int number, const QString &where)
{
    Section s;
    s.key = o[QLatin1String("key")].toString();
    s.heading = o[QLatin1String("heading")].toString();
    s.guidance = o[QLatin1String("guidance")].toString();
    s.number = number;
    s.kind = o[QLatin1String("kind")].toString() == QLatin1String("tables") ? SectionKind::Tables : SectionKind::Text;
    s.topics = readTopics(o[QLatin1String("topics")].toArray());
    s.governmentTopics = readTopics(o[QLatin1String("governmentTopics")].toArray());
    if (s.key.isEmpty() || s.heading.isEmpty())
        return fail(where, QStringLiteral("section without key or heading"));
    const auto tables = o[QLatin1String("tables")].toArray();
    for (qsizetype i = 0; i < tables.size(); ++i) {
        s.tables << int(m_def->m_tables.size());
        if (!readTable(tables.at(i).toObject(), s.key, QStringLiteral("%1.tables[%2]").arg(where).arg(i)))
            return false;
    }
    if ((s.kind == SectionKind::Tables) == s.tables.isEmpty())
        return fail(where, QStringLiteral("section kind does not match its tables"));
    m_def->m_sections << s;
    return true;
}

bool DefinitionLoader::buildCells()
{
    for (int ti = 0; ti < m_def->m_tables.size(); ++ti) {
        Table &t = m_def->m_tables[ti];
        t.firstCell = int(m_def->m_cells.size());
        for (int r = 0; r < t.rows.size(); ++r)
            for (int c = 0; c < t.columns.size(); ++c) {
                Cell cell;
                cell.key = t.rows[r].key + u'.' + t.columns[c].key;
                cell.table = ti;
                cell.row = r;
                cell.col = c;
                cell.type = t.columns[c].type;
                cell.derived = t.rows[r].derived() || t.columns[c].derived();
                if (m_def->m_cellIndex.contains(cell.key))
                    return fail(t.key, QStringLiteral("duplicate cell key %1").arg(cell.key));
                m_def->m_cellIndex.insert(cell.key, int(m_def->m_cells.size()));
                m_def->m_cells.push_back(cell);
            }
    }
    return true;
}

bool DefinitionLoader::resolveFormulas()
{
    for (auto &cell : m_def->m_cells) {
        const Table &t = m_def->m_tables[cell.table];
        for (const auto &colKey : t.columns[cell.col].sum) {
            auto it = std::find_if(t.columns.begin(), t.columns.end(), [&](const Column &c) { return c.key == colKey; });
            if (it == t.columns.end())
                return fail(t.key, QStringLiteral("column %1 sums unknown column %2").arg(t.columns[cell.col].key, colKey));
            cell.across.push_back(t.cellIndex(cell.row, int(it - t.columns.begin())));
        }
        for (const auto &rowKey : t.rows[cell.row].sum) {
            auto it = std::find_if(t.rows.begin(), t.rows.end(), [&](const Row &r) { return r.key == rowKey; });
            if (it == t.rows.end())
                return fail(t.key, QStringLiteral("row %1 sums unknown row %2").arg(t.rows[cell.row].key, rowKey));
            cell.down.push_back(t.cellIndex(int(it - t.rows.begin()), cell.col));
        }
    }
    return true;
}

// Depth-first topological sort of derived cells; a cycle is an error.
bool DefinitionLoader::orderDerived()
{
    const auto &cells = m_def->m_cells;
    std::vector<int> state(cells.size(), 0); // 0 new, 1 visiting, 2 done
    std::function<bool(int)> visit = [&](int i) {
        if (state[i] == 2 || !cells[i].derived)
            return true;
        if (state[i] == 1)
            return fail(cells[i].key, QStringLiteral("formula cycle"));
        state[i] = 1;
        for (int d : cells[i].operands())
            if (!visit(d))
                return false;
        state[i] = 2;
        m_def->m_order.push_back(i);
        return true;
    };
    for (int i = 0; i < int(cells.size()); ++i)
        if (!visit(i))
            return false;
    return true;
}

bool DefinitionLoader::readRules(const QJsonArray &a)
{
    QSet<QString> ids;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QJsonObject o = a.at(i).toObject();
        RuleDef r{o[QLatin1String("id")].toString(), Severity::Error, o[QLatin1String("title")].toString(),
                  o[QLatin1String("check")].toString(), o};
        const auto severity = severityFromKey(o[QLatin1String("severity")].toString());
        const QString where = QStringLiteral("rules[%1]").arg(i);
        if (r.id.isEmpty() || r.check.isEmpty() || !severity)
            return fail(where, QStringLiteral("rule needs id, check and severity error/warning/info"));
        if (ids.contains(r.id))
            return fail(where, QStringLiteral("duplicate rule id %1").arg(r.id));
        const QString scope = o[QLatin1String("appliesTo")].toString();
        if (scope == QLatin1String("reports"))
            r.scope = RuleScope::Reports;
        else if (scope == QLatin1String("aggregates"))
            r.scope = RuleScope::Aggregates;
        else if (!scope.isEmpty())
            return fail(where, QStringLiteral("appliesTo must be reports or aggregates, not %1").arg(scope));
        ids.insert(r.id);
        r.severity = *severity;
        m_def->m_rules << r;
    }
    return true;
}

Result<std::shared_ptr<const Definition>> DefinitionLoader::load(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull())
        return Error{QStringLiteral("definition.json"),
                     QStringLiteral("definition is not valid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString())};
    const QJsonObject root = doc.object();
    m_def->m_format = root[QLatin1String("format")].toString();
    m_def->m_formatVersion = root[QLatin1String("formatVersion")].toString();
    m_def->m_basis = root[QLatin1String("basis")].toString();
    m_def->m_titleSuffix = root[QLatin1String("titleSuffix")].toString();
    const QJsonObject documentText = root[QLatin1String("documentText")].toObject();
    for (auto it = documentText.begin(); it != documentText.end(); ++it)
        m_def->m_documentText.insert(it.key(), it.value().toString());
    const auto sections = root[QLatin1String("sections")].toArray();
    bool ok = !m_def->m_format.isEmpty() || fail(QStringLiteral("format"), QStringLiteral("missing"));
    for (qsizetype i = 0; ok && i < sections.size(); ++i)
        ok = readSection(sections.at(i).toObject(), int(i) + 1, QStringLiteral("sections[%1]").arg(i));
    ok = ok && buildCells() && resolveFormulas() && orderDerived() && readRules(root[QLatin1String("rules")].toArray());
    if (!ok)
        return *m_error;
    return std::shared_ptr<const Definition>(m_def);
}

Result<std::shared_ptr<const Definition>> Definition::fromJson(const QByteArray &json)
{
    return DefinitionLoader().load(json);
}

Result<std::shared_ptr<const Definition>> Definition::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("definition.open"), QStringLiteral("%1: %2").arg(path, file.errorString())};
    return fromJson(file.readAll());
}

QString Definition::builtinPath()
{
    return QStringLiteral(":/definitions/annual-report-2021.json");
}

std::shared_ptr<const Definition> Definition::builtin()
{
    // The shipped file is validated by the test suite; failing here is a build defect.
    static const std::shared_ptr<const Definition> def = [] {
        auto loaded = fromFile(builtinPath());
        if (!loaded)
            qFatal("built-in report definition is invalid: %s", qPrintable(loaded.error().message));
        return loaded.value();
    }();
    return def;
}

QString Definition::title(const QString &agency, int year) const
{
    return agency + QString::number(year) + m_titleSuffix;
}

const Section *Definition::section(const QString &key) const
{
    for (const auto &s : m_sections)
        if (s.key == key)
            return &s;
    return nullptr;
}

int Definition::tableIndex(const QString &key) const
{
    for (int i = 0; i < m_tables.size(); ++i)
        if (m_tables[i].key == key)
            return i;
    return -1;
}

const Table *Definition::table(const QString &key) const
{
    const int i = tableIndex(key);
    return i < 0 ? nullptr : &m_tables[i];
}

std::pair<int, int> Definition::rowPosition(const QString &rowKey) const
{
    for (int t = 0; t < m_tables.size(); ++t)
        for (int r = 0; r < m_tables[t].rows.size(); ++r)
            if (m_tables[t].rows[r].key == rowKey)
                return {t, r};
    return {-1, -1};
}

const RuleDef *Definition::rule(const QString &id) const
{
    for (const auto &r : m_rules)
        if (r.id == id)
            return &r;
    return nullptr;
}

int Definition::inputCellCount() const
{
    return int(std::count_if(m_cells.begin(), m_cells.end(), [](const Cell &c) { return !c.derived; }));
}

} // namespace nb::report
