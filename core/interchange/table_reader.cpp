#include "core/interchange/table_reader.h"

#include "core/report/label_text.h"
#include "core/report/number_parser.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace nb::interchange {

using namespace nb::report;
namespace lbl = nb::report::labels;

namespace {

struct TableReader {
    Q_DECLARE_TR_FUNCTIONS(TableReader)
};

constexpr double kRowMatch = 0.75;    // label similarity that identifies a row
constexpr double kHeaderMatch = 0.75; // header cell similarity that confirms a column

const QRegularExpression &valuePattern()
{
    static const QRegularExpression re(QStringLiteral(
        R"(^([0-9\x{FF10}-\x{FF19}][0-9\x{FF10}-\x{FF19},\x{FF0C}.\x{FF0E}]*)\s*(?:件|万元)?\s*(?:[（(](.*)[）)])?\s*$)"));
    return re;
}

bool isBlankMark(const QString &t)
{
    static const QSet<QString> marks{"", "—", "-", "－", "/", "／", "——", "–", "―", "\\"};
    return marks.contains(t);
}

bool isValueToken(const QString &t, bool separated)
{
    return isBlankMark(t) || (separated && t == QLatin1String("无")) || valuePattern().match(t).hasMatch();
}

// A line as a label (normalised) and the printed values that follow it.
struct Entry {
    QString label;
    QString printedLabel;
    QStringList parts; // the label's cells (or tokens), normalised: header cells are compared one by one
    QStringList values;
    QList<double> centers; // layout text: where each value stands on the line (empty otherwise)
    bool separated = false;
    bool consumed = false;
};

Entry toEntry(const LayoutLine &line)
{
    Entry e;
    e.separated = line.separated;
    qsizetype last = -1;
    if (line.separated) {
        // The label ends before the first figure; a word after it ("六") is a cell that is not a number.
        qsizetype firstFigure = line.cells.size();
        for (qsizetype i = 0; i < line.cells.size() && firstFigure == line.cells.size(); ++i)
            if (!line.cells[i].isEmpty() && isValueToken(line.cells[i], true))
                firstFigure = i;
        for (qsizetype i = 0; i < firstFigure; ++i)
            if (!isValueToken(line.cells[i], true))
                last = i;
    } else {
        last = line.cells.size() - 1;
        while (last >= 0 && isValueToken(line.cells[last], false))
            --last;
    }
    e.printedLabel = line.cells.mid(0, last + 1).join(line.separated ? QStringLiteral(" ") : QString());
    e.label = lbl::normalize(e.printedLabel);
    for (qsizetype i = 0; i <= last; ++i)
        if (const QString part = lbl::normalize(line.cells[i]); !part.isEmpty())
            e.parts << part;
    e.values = line.cells.mid(last + 1);
    if (line.centers.size() == line.cells.size())
        e.centers = line.centers.mid(last + 1);
    return e;
}

struct RowRef {
    int table = -1;
    int row = -1;
    QString leaf; // normalised label of the row's own stub cell
};

class SectionTables {
public:
    SectionTables(const Section &section, const Definition &def, ImportResult &out);
    void read(const LayoutLines &lines);

private:
    QString stripGroups(QString label) const;
    bool isGroupFragment(const QString &part) const;
    std::pair<int, double> bestRow(const QString &label) const;
    void readDataLine(int i);
    void place(const RowRef &row, const Entry &e, const std::vector<double> &columnCenters);
    std::vector<double> columnCenters(int table) const;
    void checkColumns();
    bool readBySums(int table);
    void reportMissingRows();
    int captionAt(const QString &label) const;
    bool isKnownHeader(const QString &label) const;

    const Section &m_section;
    const Definition &m_def;
    ImportResult &m_out;
    QList<RowRef> m_rows;
    QStringList m_groups;   // group labels spanning rows (三、本年度办理结果, （三）不予公开 …)
    QStringList m_known;    // header texts, captions and column labels of the section
    QList<Entry> m_entries;
    QList<int> m_entryTable; // the table each entry belongs to (-1: not known yet)
    QSet<int> m_matched;     // indices into m_rows
    QList<std::pair<int, int>> m_placed; // (row index, entry index), placed once the columns are confirmed
    int m_current = -1;
};

SectionTables::SectionTables(const Section &section, const Definition &def, ImportResult &out)
    : m_section(section), m_def(def), m_out(out)
{
    for (int t : section.tables) {
        const Table &table = def.tables()[t];
        if (!table.caption.isEmpty())
            m_known << lbl::normalize(table.caption);
        for (const GridCell &h : table.header)
            m_known << lbl::normalize(h.text);
        for (const Column &c : table.columns)
            m_known << lbl::normalize(c.label);
        for (int r = 0; r < table.rows.size(); ++r) {
            const Row &row = table.rows[r];
            const QString leaf = row.stub.isEmpty() ? row.label : row.stub.last().text;
            m_rows << RowRef{t, r, lbl::normalize(leaf)};
            for (qsizetype s = 0; s + 1 < row.stub.size(); ++s)
                m_groups << lbl::normalize(row.stub[s].text);
            for (const QString &g : {row.group, row.subgroup})
                if (!g.isEmpty())
                    m_groups << lbl::normalize(g);
        }
    }
    m_groups.removeDuplicates();
    m_groups.removeAll(QString());
    m_known.removeAll(QString());
    // Longest first, so that a group label is removed whole before a shorter one inside it.
    std::sort(m_groups.begin(), m_groups.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    if (section.tables.size() == 1)
        m_current = section.tables.first();
}

bool SectionTables::isGroupFragment(const QString &part) const
{
    return std::any_of(m_groups.begin(), m_groups.end(), [&](const QString &g) { return g.contains(part); });
}

QString SectionTables::stripGroups(QString label) const
{
    for (const QString &g : m_groups)
        label.remove(g);
    return label;
}

std::pair<int, double> SectionTables::bestRow(const QString &label) const
{
    auto eligible = [&](int i) {
        return !m_matched.contains(i) && (m_current < 0 || m_rows[i].table == m_current || m_section.tables.size() == 1);
    };
    for (int i = 0; i < m_rows.size(); ++i) // the common case, without the cost of a similarity
        if (eligible(i) && m_rows[i].leaf == label)
            return {i, 1.0};
    int best = -1;
    double score = 0;
    for (int i = 0; i < m_rows.size(); ++i) {
        // Lengths alone can rule a row out (2·min/(a+b) bounds the similarity), which
        // also keeps a runaway line of a damaged file from costing a full comparison.
        const auto a = label.size(), b = m_rows[i].leaf.size();
        if (!eligible(i) || 2.0 * double(std::min(a, b)) < kRowMatch * double(a + b))
            continue;
        const double s = lbl::similarity(label, m_rows[i].leaf);
        if (s > score + 1e-9) {
            score = s;
            best = i;
        }
    }
    return {best, score};
}

int SectionTables::captionAt(const QString &label) const
{
    for (int t : m_section.tables) {
        const QString caption = lbl::normalize(m_def.tables()[t].caption);
        if (!caption.isEmpty() && lbl::similarity(label, caption) >= 0.9)
            return t;
    }
    return -1;
}

bool SectionTables::isKnownHeader(const QString &label) const
{
    for (const QString &k : m_known)
        if (label.contains(k) || k.contains(label) || lbl::similarity(label, k) >= kHeaderMatch)
            return true;
    return m_groups.contains(label);
}

void SectionTables::read(const LayoutLines &lines)
{
    for (const LayoutLine &line : lines)
        if (!line.text.isEmpty() || !line.cells.isEmpty()) {
            Entry e = toEntry(line);
            if (!e.label.isEmpty() || !e.values.isEmpty())
                m_entries << e;
        }
    for (int i = 0; i < m_entries.size(); ++i) {
        Entry &e = m_entries[i];
        if (e.values.isEmpty() || std::all_of(e.values.begin(), e.values.end(), [](const QString &v) { return v.isEmpty(); })) {
            e.values.clear();
            if (const int t = captionAt(e.label); t >= 0) {
                m_current = t;
                e.consumed = true;
            }
            m_entryTable << m_current;
            continue;
        }
        m_entryTable << m_current;
        readDataLine(i);
    }
    checkColumns();
    reportMissingRows();
}

// A data line's label may be split over the lines around it (narrow columns
// wrap a label over up to five lines, the figures on the middle one): try its
// own label joined with up to two label-only lines before and two after.
// The candidate most like a row's label wins; an exact label ends the search.
void SectionTables::readDataLine(int i)
{
    auto labelOnly = [&](int j) { return j >= 0 && j < m_entries.size() && m_entries[j].values.isEmpty() && !m_entries[j].consumed; };
    struct Candidate { QString label; QList<int> uses; };
    QList<Candidate> candidates;
    for (int before = 0; before <= 2; ++before) {
        if (before > 0 && !labelOnly(i - before))
            break;
        for (int after = 0; after <= 2; ++after) {
            // Figures on a line without a label of their own stand after (or in the
            // middle of) their label, never before it: the lines below then belong to the next row.
            if (after > 0 && (!labelOnly(i + after) || (before == 0 && m_entries[i].label.isEmpty())))
                break;
            Candidate c, degrouped;
            for (int j = i - before; j <= i + after; ++j) {
                c.label += m_entries[j].label;
                for (const QString &part : std::as_const(m_entries[j].parts))
                    if (!isGroupFragment(part))
                        degrouped.label += part;
                if (j != i)
                    c.uses << j;
            }
            degrouped.uses = c.uses;
            candidates << c;
            // Across a page break the group labels (三、本年度办理结果, （六）其他处理) are scattered
            // in pieces among the rows' labels: the label without those pieces is tried too.
            if (degrouped.label != c.label && !degrouped.label.isEmpty())
                candidates << degrouped;
        }
    }
    int bestIndex = -1, bestCandidate = 0;
    double bestScore = 0;
    for (int c = 0; c < candidates.size() && bestScore < 1.0; ++c) { // nothing beats an exact label
        const QString stripped = stripGroups(candidates[c].label);
        if (stripped.isEmpty() && !candidates[c].label.isEmpty())
            continue; // only a group label: a 2019-style single row, handled below
        const auto [row, score] = bestRow(stripped);
        if (row >= 0 && score > bestScore + 1e-9) {
            bestScore = score;
            bestIndex = row;
            bestCandidate = c;
        }
    }
    Entry &e = m_entries[i];
    if (bestIndex < 0 || bestScore < kRowMatch) {
        // Not a row of the 2021 layout (a 2019 row such as a single （六）其他处理, or
        // 政府集中采购): reported for the structure rules, not forced into a row.
        m_out.report.imported.foreignLabels << (e.printedLabel.isEmpty() ? e.values.join(u' ') : e.printedLabel);
        return;
    }
    for (int j : candidates[bestCandidate].uses)
        m_entries[j].consumed = true;
    e.consumed = true;
    m_matched.insert(bestIndex);
    m_placed.append({bestIndex, i});
}

// Where each column's figures stand in layout text, learned from the rows of the
// table that have a figure in every column (the median of their positions).
std::vector<double> SectionTables::columnCenters(int table) const
{
    const int columns = int(m_def.tables()[table].columns.size());
    std::vector<std::vector<double>> seen(static_cast<size_t>(columns), std::vector<double>{});
    for (const auto &[row, entry] : m_placed) {
        const Entry &e = m_entries[entry];
        if (m_rows[row].table != table || e.separated || e.values.size() != columns || e.centers.size() != columns)
            continue;
        for (int c = 0; c < columns; ++c)
            seen[size_t(c)].push_back(e.centers[c]);
    }
    std::vector<double> out;
    for (auto &positions : seen) {
        if (positions.empty())
            return {};
        std::nth_element(positions.begin(), positions.begin() + qsizetype(positions.size() / 2), positions.end());
        out.push_back(positions[positions.size() / 2]);
    }
    return out;
}

namespace {
// A layout-text row with fewer figures than columns (pdftotext drops blank
// cells): each figure goes to the column it stands under, if every figure
// stands clearly under a different column, left to right. Empty otherwise.
std::optional<QStringList> alignByPosition(const QStringList &values, const QList<double> &centers, const std::vector<double> &columns)
{
    if (columns.size() < 2 || centers.size() != values.size())
        return std::nullopt;
    QStringList out(qsizetype(columns.size()), QString());
    qsizetype previous = -1;
    for (qsizetype v = 0; v < values.size(); ++v) {
        qsizetype best = 0;
        for (qsizetype c = 1; c < qsizetype(columns.size()); ++c)
            if (std::abs(columns[size_t(c)] - centers[v]) < std::abs(columns[size_t(best)] - centers[v]))
                best = c;
        const double left = best > 0 ? columns[size_t(best)] - columns[size_t(best) - 1] : 1e9;
        const double right = best + 1 < qsizetype(columns.size()) ? columns[size_t(best) + 1] - columns[size_t(best)] : 1e9;
        if (best <= previous || std::abs(columns[size_t(best)] - centers[v]) > std::min(left, right) / 2.0 - 0.5)
            return std::nullopt;
        out[best] = values[v];
        previous = best;
    }
    return out;
}
} // namespace

void SectionTables::place(const RowRef &ref, const Entry &e, const std::vector<double> &columnCenters)
{
    const Table &table = m_def.tables()[ref.table];
    const int columns = int(table.columns.size());
    QStringList values = e.values;
    while (e.separated && values.size() > columns && values.last().isEmpty())
        values.removeLast();
    if (!e.separated && values.size() < columns)
        if (auto aligned = alignByPosition(values, e.centers, columnCenters))
            values = *aligned; // the columns it leaves empty were printed blank
    for (int c = 0; c < columns; ++c) {
        const Cell &cell = m_def.cells()[table.cellIndex(ref.row, c)];
        if (values.size() != columns) {
            m_out.unreadable.append({cell.key, values.join(u' '),
                                     TableReader::tr("此行读到 %1 个数值，应有 %2 个，无法确定各数值属于哪一列").arg(values.size()).arg(columns)});
            continue;
        }
        const QString printed = values[c].trimmed();
        if (isBlankMark(printed) || printed == QLatin1String("无")) {
            m_out.blankCells << cell.key;
            continue;
        }
        const auto m = valuePattern().match(printed);
        const auto parsed = m.hasMatch() ? NumberParser::parse(m.captured(1), cell.type) : Result<CellValue>(CellValue{});
        if (!m.hasMatch() || !parsed || !parsed.value()) {
            m_out.unreadable.append({cell.key, printed, !m.hasMatch() || parsed ? TableReader::tr("“%1”不是数字").arg(printed)
                                                                               : parsed.error().message});
            continue;
        }
        m_out.report.cells.insert(cell.key, *parsed.value());
        if (!m.captured(2).trimmed().isEmpty())
            m_out.report.cellNotes.insert(cell.key, m.captured(2).trimmed());
    }
}

// Each table's columns must be found in its header before any figure is placed:
// a 2019 header (本年新制作数量 …) leaves the figures unplaced and reported.
void SectionTables::checkColumns()
{
    for (int t : m_section.tables) {
        const Table &table = m_def.tables()[t];
        QStringList header;
        for (int i = 0; i < m_entries.size(); ++i)
            if (m_entries[i].values.isEmpty() && !m_entries[i].consumed && m_entryTable[i] == t)
                header << m_entries[i].parts;
        const QString joined = header.join(QString());
        header.removeDuplicates(); // presence is what counts (结果维持 is printed three times in 四)
        QStringList missing;
        for (const Column &c : table.columns) {
            const QString label = lbl::normalize(c.label);
            const bool found = joined.contains(label) || lbl::coverage(label, joined) >= 0.999
                            || std::any_of(header.begin(), header.end(),
                                           [&](const QString &h) { return lbl::similarity(h, label) >= kHeaderMatch; });
            if (!found)
                missing << c.key;
        }
        for (const QString &h : header)
            if (!isKnownHeader(h))
                m_out.report.imported.foreignLabels << h;
        const bool anyPlaced = std::any_of(m_placed.begin(), m_placed.end(), [&](const auto &p) { return m_rows[p.first].table == t; });
        if (header.isEmpty() && !anyPlaced)
            continue; // the whole table is absent: its rows are reported as missing
        if (!missing.isEmpty() && readBySums(t))
            continue;
        for (const QString &key : missing)
            m_out.report.imported.missingColumns << table.key + u':' + key;
        const std::vector<double> centers = columnCenters(t);
        for (const auto &[row, entry] : std::as_const(m_placed)) {
            if (m_rows[row].table != t)
                continue;
            if (missing.isEmpty()) {
                place(m_rows[row], m_entries[entry], centers);
                continue;
            }
            for (int c = 0; c < table.columns.size(); ++c)
                m_out.unreadable.append({m_def.cells()[table.cellIndex(m_rows[row].row, c)].key, m_entries[entry].values.join(u' '),
                                         TableReader::tr("表头不是 2021 年版格式的列，无法确定数值所属的列")});
        }
    }
}

// The figures of a row, when it has one for every column and each is a count
// the number parser accepts (so that their sum cannot overflow).
std::optional<std::vector<Decimal>> plainFigures(const Entry &e, int columns)
{
    QStringList values = e.values;
    while (e.separated && values.size() > columns && values.last().isEmpty())
        values.removeLast();
    if (values.size() != columns)
        return std::nullopt;
    std::vector<Decimal> out;
    for (const QString &v : std::as_const(values)) {
        const auto parsed = NumberParser::parse(v.trimmed(), ValueType::Count);
        if (!parsed || !parsed.value())
            return std::nullopt;
        out.push_back(*parsed.value());
    }
    return out;
}

// PDF-to-text tools often scramble the header of 三 while its rows stay intact.
// A table whose last column is the sum of the others (三's 总计) can then still be
// read, row by row, where a row proves its own order: exactly one figure per
// column and the last equal to the sum of the others. Such rows are read in the
// 2021 column order, with a note; a row that does not add up is never placed.
// False (nothing done) for other tables or when no row verifies.
bool SectionTables::readBySums(int t)
{
    const Table &table = m_def.tables()[t];
    const int columns = int(table.columns.size());
    const Cell &lastCell = m_def.cells()[table.cellIndex(0, columns - 1)];
    if (columns < 3 || !lastCell.derived || int(lastCell.across.size()) != columns - 1)
        return false;
    QList<std::pair<int, int>> verified, unverified;
    for (const auto &placed : std::as_const(m_placed)) {
        if (m_rows[placed.first].table != t)
            continue;
        const auto figures = plainFigures(m_entries[placed.second], columns);
        DecimalSum sum;
        for (int c = 0; figures && c + 1 < columns; ++c)
            sum.add((*figures)[size_t(c)]);
        (figures && sum.value() == figures->back() ? verified : unverified).append(placed);
    }
    if (verified.isEmpty())
        return false;
    for (const auto &[row, entry] : std::as_const(verified))
        place(m_rows[row], m_entries[entry], {});
    for (const auto &[row, entry] : std::as_const(unverified))
        for (int c = 0; c < columns; ++c)
            m_out.unreadable.append({m_def.cells()[table.cellIndex(m_rows[row].row, c)].key, m_entries[entry].values.join(u' '),
                                     TableReader::tr("表头无法识别，此行的数值又不能由“总计等于前几列之和”验证，无法确定各数值所属的列")});
    QStringList order;
    for (const Column &c : table.columns)
        order << c.label;
    m_out.notes << TableReader::tr("“%1”的表头无法识别（常见于 PDF 转出的文字）；其中 %2 行恰有 %3 个数值且最后一个等于前几个之和，"
                                   "已按 2021 年版格式的列顺序（%4）读取，请核对；%5 行无法验证，未读取")
                       .arg(m_section.heading)
                       .arg(verified.size())
                       .arg(columns)
                       .arg(order.join(u'、'))
                       .arg(unverified.size());
    return true;
}

void SectionTables::reportMissingRows()
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_matched.contains(i))
            continue;
        const Table &table = m_def.tables()[m_rows[i].table];
        m_out.report.imported.missingRows << table.rows[m_rows[i].row].key;
        for (int c = 0; c < table.columns.size(); ++c)
            m_out.unreadable.append({m_def.cells()[table.cellIndex(m_rows[i].row, c)].key, QString(),
                                     TableReader::tr("报告中没有找到这一行")});
    }
}

} // namespace

void readSectionTables(const Section &section, const LayoutLines &lines, const Definition &def, ImportResult &out)
{
    SectionTables reader(section, def, out);
    reader.read(lines);
}

} // namespace nb::interchange
