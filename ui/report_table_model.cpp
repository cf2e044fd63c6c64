#include "ui/report_table_model.h"

#include "ui/severity_style.h"

#include <QBrush>
#include <QFont>

namespace nb::ui {

using report::Severity;

ReportTableModel::ReportTableModel(session::DraftSession *session, int table, QObject *parent)
    : QAbstractTableModel(parent), m_session(session), m_table(table)
{
    const report::Table &t = this->table();
    m_grid = t.header;
    for (int r = 0; r < t.rows.size(); ++r)
        for (report::GridCell g : t.rows[r].stub) {
            g.row = t.headerHeight + r; // stub rows are data-row indices in the definition
            m_grid << g;
        }
    connect(session, &session::DraftSession::changed, this, &ReportTableModel::onChanged);
    connect(session, &session::DraftSession::reloaded, this, &ReportTableModel::refreshAll);
    connect(session, &session::DraftSession::statusChanged, this, &ReportTableModel::refreshAll);
}

const report::Table &ReportTableModel::table() const { return m_session->definition().tables().at(m_table); }

int ReportTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : table().headerHeight + int(table().rows.size());
}

int ReportTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : table().gridColumns();
}

int ReportTableModel::cellAt(const QModelIndex &index) const
{
    const report::Table &t = table();
    const int r = index.row() - t.headerHeight, c = index.column() - t.stubWidth;
    if (!index.isValid() || r < 0 || c < 0 || r >= t.rows.size() || c >= t.columns.size())
        return -1;
    return t.cellIndex(r, c);
}

QModelIndex ReportTableModel::indexOfCell(int cell) const
{
    const report::Cell &c = m_session->definition().cells().at(cell);
    if (c.table != m_table)
        return {};
    return index(table().headerHeight + c.row, table().stubWidth + c.col);
}

bool ReportTableModel::isInput(const QModelIndex &index) const
{
    const int cell = cellAt(index);
    return cell >= 0 && !m_session->definition().cells()[cell].derived;
}

const report::GridCell *ReportTableModel::gridCellAt(int row, int col) const
{
    for (const report::GridCell &g : m_grid)
        if (g.row == row && g.col == col)
            return &g;
    return nullptr;
}

QList<report::GridCell> ReportTableModel::spans() const { return m_grid; }

Qt::ItemFlags ReportTableModel::flags(const QModelIndex &index) const
{
    if (cellAt(index) < 0)
        return Qt::ItemIsEnabled; // header and stub: part of the form, not of the data
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (isInput(index) && !m_session->isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ReportTableModel::data(const QModelIndex &index, int role) const
{
    const int cell = cellAt(index);
    if (cell >= 0)
        return cellData(cell, index, role);
    if (role == CellIndexRole)
        return -1;
    if (const report::GridCell *g = gridCellAt(index.row(), index.column()))
        return headerData(*g, role);
    if (role == Qt::BackgroundRole)
        return QBrush(severity_style::formBackground());
    return {};
}

QVariant ReportTableModel::headerData(const report::GridCell &g, int role) const
{
    const bool isStub = g.row >= table().headerHeight;
    switch (role) {
    case Qt::DisplayRole:
        return g.text;
    case Qt::ToolTipRole:
        return g.text;
    case Qt::BackgroundRole:
        return QBrush(severity_style::formBackground());
    case Qt::TextAlignmentRole:
        if (g.role == QLatin1String("note"))
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        return int((isStub ? Qt::AlignLeft : Qt::AlignHCenter) | Qt::AlignVCenter);
    case Qt::FontRole: {
        QFont f;
        if (g.role == QLatin1String("note"))
            f.setPointSizeF(f.pointSizeF() * 0.9);
        return f;
    }
    default:
        return {};
    }
}

std::optional<Severity> ReportTableModel::worstSeverity(int cell) const
{
    std::optional<Severity> worst;
    for (const report::Finding &f : m_session->engine().findingsForCell(cell)) {
        const Severity s = severity_style::effective(f, m_session->engine().meta());
        if (!worst || int(s) < int(*worst))
            worst = s;
    }
    return worst;
}

QVariant ReportTableModel::cellData(int cell, const QModelIndex &index, int role) const
{
    const report::Cell &c = m_session->definition().cells()[cell];
    const report::CellValue v = m_session->engine().value(cell);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return v ? v->toString() : QString();
    case CellIndexRole:
        return cell;
    case NoteRole:
        return m_session->cellNote(cell);
    case SeverityRole: {
        const auto s = worstSeverity(cell);
        return s ? QVariant(int(*s)) : QVariant();
    }
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::DecorationRole: {
        const auto s = worstSeverity(cell);
        return s ? QVariant(severity_style::icon(*s)) : QVariant();
    }
    case Qt::BackgroundRole: {
        const auto s = worstSeverity(cell);
        if (s)
            return QBrush(severity_style::background(*s));
        return c.derived ? QBrush(severity_style::derivedBackground()) : QVariant();
    }
    case Qt::FontRole:
        if (c.derived) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::ToolTipRole: {
        QStringList lines;
        lines << report::checks::cellName(m_session->definition(), cell);
        if (c.derived)
            lines << tr("自动计算，不能直接填写");
        if (const QString note = m_session->cellNote(cell); !note.isEmpty())
            lines << tr("批注：%1").arg(note);
        for (const report::Finding &f : m_session->engine().findingsForCell(cell))
            lines << severity_style::label(f, m_session->engine().meta()) + QStringLiteral(" ") + f.rule + QStringLiteral("：") + f.message;
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::AccessibleDescriptionRole:
        return c.derived ? tr("自动计算") : QString();
    default:
        Q_UNUSED(index);
        return {};
    }
}

bool ReportTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const int cell = cellAt(index);
    if (role != Qt::EditRole || cell < 0)
        return false;
    Status s = m_session->setCellText(cell, value.toString());
    if (!s) {
        emit inputRefused(index, s.error().message);
        return false;
    }
    return true;
}

void ReportTableModel::onChanged(const report::ChangeSet &changes)
{
    if (!changes.findings.empty()) {
        refreshAll(); // a finding can mark any cell of the table; 175 cells at most
        return;
    }
    for (int cell : changes.cells) {
        const QModelIndex i = indexOfCell(cell);
        if (i.isValid())
            emit dataChanged(i, i);
    }
}

void ReportTableModel::refreshAll()
{
    emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

} // namespace nb::ui
