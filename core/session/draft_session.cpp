#include "core/session/draft_session.h"

#include "core/report/finalise_rules.h"
#include "core/report/number_parser.h"
#include "core/session/tsv_block.h"

namespace nb::session {

using report::CellValue;
using report::Severity;

DraftSession::DraftSession(ReportStore &store, const ReportId &id) : m_store(store), m_id(id)
{
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(kAutosaveDelayMs);
    // A failed autosave is not lost: flush() keeps the edits pending, sets
    // saveState() to Failed with lastSaveError() for the window to show, and
    // the next edit or flush() writes them again.
    connect(&m_autosave, &QTimer::timeout, this, [this] { static_cast<void>(flush()); });
}

DraftSession::~DraftSession()
{
    // The window flushes before it lets a session go and keeps the report open
    // when that fails; this is the last resort for any other owner.
    if (Status written = flush(); !written)
        qWarning("%s", qPrintable(written.error().message));
}

Result<std::unique_ptr<DraftSession>> DraftSession::open(ReportStore &store, const ReportId &id, Access access)
{
    Result<report::Report> loaded = store.load(id);
    if (!loaded)
        return loaded.error();
    std::unique_ptr<DraftSession> session(new DraftSession(store, id));
    session->m_access = access;
    Result<report::Report> previous = store.load({id.agency, id.year - 1});
    if (previous)
        session->m_engine.setPrevious(previous.value());
    session->m_engine.load(loaded.value());
    session->m_lastSaved = QDateTime::currentDateTime();
    return session;
}

Status DraftSession::refuseIfReadOnly() const
{
    if (m_access == Access::ViewOnly)
        return Error{QStringLiteral("session.view-only"), tr("这是只读的预览，不能修改。")};
    if (isFinal())
        return Error{QStringLiteral("session.final"), tr("已定稿，如需修改请先撤销定稿。")};
    return success();
}

Status DraftSession::setCell(int cell, const CellValue &value)
{
    if (Status s = refuseIfReadOnly(); !s)
        return s;
    if (cell < 0 || cell >= definition().cellCount() || definition().cells()[cell].derived)
        return Error{QStringLiteral("session.read-only"), tr("合计单元格由系统自动计算，不能直接填写。")};
    const CellValue before = m_engine.input(cell);
    if (before == value && (!value || value->scale() == before->scale()))
        return success();
    m_undo.push(new CellsCommand(this, {{cell, before, value}},
                                 tr("填写 %1").arg(report::checks::cellName(definition(), cell))));
    return success();
}

Status DraftSession::setCellText(int cell, const QString &typed)
{
    if (cell < 0 || cell >= definition().cellCount())
        return Error{QStringLiteral("session.no-cell"), tr("没有这个单元格。")};
    Result<CellValue> parsed = report::NumberParser::parse(typed, definition().cells()[cell].type);
    if (!parsed)
        return parsed.error();
    return setCell(cell, parsed.value());
}

Status DraftSession::clearCells(const std::vector<int> &cells)
{
    if (Status s = refuseIfReadOnly(); !s)
        return s;
    std::vector<CellChange> changes;
    for (int cell : cells)
        if (!definition().cells()[cell].derived && m_engine.input(cell))
            changes.push_back({cell, m_engine.input(cell), std::nullopt});
    const int n = int(changes.size());
    if (n > 0)
        m_undo.push(new CellsCommand(this, std::move(changes), tr("清除 %n 个单元格", nullptr, n)));
    return success();
}

Status DraftSession::paste(int table, int row, int col, const QString &tsv)
{
    if (Status s = refuseIfReadOnly(); !s)
        return s;
    const report::Table &t = definition().tables().at(table);
    const TsvBlock block = TsvBlock::parse(tsv);
    if (block.rowCount() == 0)
        return Error{QStringLiteral("paste.empty"), tr("剪贴板中没有可粘贴的数据。")};
    if (row + block.rowCount() > t.rows.size() || col + block.columnCount() > t.columns.size())
        return Error{QStringLiteral("paste.too-big"),
                     tr("粘贴的区域有 %1 行 %2 列，从当前单元格开始超出了表格范围。")
                         .arg(block.rowCount()).arg(block.columnCount())};
    std::vector<CellChange> changes;
    for (int r = 0; r < block.rowCount(); ++r) {
        for (int c = 0; c < block.rows[r].size(); ++c) {
            const int cell = t.cellIndex(row + r, col + c);
            const QString name = report::checks::cellName(definition(), cell);
            const QString typed = block.rows[r][c];
            if (definition().cells()[cell].derived) {
                if (typed.trimmed().isEmpty())
                    continue; // a blank over a total is harmless
                return Error{QStringLiteral("paste.read-only"),
                             tr("粘贴区域覆盖了自动计算的合计单元格“%1”，请只选择要填写的单元格后再粘贴。").arg(name)};
            }
            Result<CellValue> parsed = report::NumberParser::parse(typed, definition().cells()[cell].type);
            if (!parsed)
                return Error{QStringLiteral("paste.invalid"),
                             tr("第 %1 行第 %2 列（%3）的“%4”无法粘贴：%5")
                                 .arg(r + 1).arg(c + 1).arg(name, typed, parsed.error().message)};
            changes.push_back({cell, m_engine.input(cell), parsed.value()});
        }
    }
    m_undo.push(new CellsCommand(this, std::move(changes), tr("粘贴 %1 行 %2 列").arg(block.rowCount()).arg(block.columnCount())));
    return success();
}

Status DraftSession::setText(const QString &section, const QString &text)
{
    if (Status s = refuseIfReadOnly(); !s)
        return s;
    const QString before = m_engine.text(section);
    if (before == text)
        return success();
    const report::Section *sec = definition().section(section);
    m_undo.push(new TextCommand(this, section, before, text, tr("编辑 %1").arg(sec ? sec->heading : section)));
    return success();
}

Status DraftSession::setDocumentInfo(report::AgencyKind kind, const QString &documentNumber, const QDate &publishDate)
{
    if (Status s = refuseIfReadOnly(); !s)
        return s;
    report::Report after = m_engine.report();
    if (after.agencyKind == kind && after.documentNumber == documentNumber && after.publishDate == publishDate)
        return success();
    after.agencyKind = kind;
    after.documentNumber = documentNumber;
    after.publishDate = publishDate;
    m_undo.push(new ReportCommand(this, m_engine.report(), after, tr("修改报告信息")));
    return success();
}

Status DraftSession::setExplanation(const QString &ruleId, const QString &text)
{
    if (Status s = refuseIfReadOnly(); !s)
        return s;
    report::Report after = m_engine.report();
    if (text.trimmed().isEmpty())
        after.explanations.remove(ruleId);
    else
        after.explanations.insert(ruleId, text.trimmed());
    if (after.explanations == m_engine.meta().explanations)
        return success();
    m_undo.push(new ReportCommand(this, m_engine.report(), after, tr("说明 %1").arg(ruleId)));
    return success();
}

Status DraftSession::setCellNote(int cell, const QString &note)
{
    if (Status s = refuseIfReadOnly(); !s)
        return s;
    if (cell < 0 || cell >= definition().cellCount() || definition().cells()[cell].derived)
        return Error{QStringLiteral("session.read-only"), tr("只能给填写的单元格加批注，合计单元格不能加。")};
    const QString key = definition().cells()[cell].key;
    const QString text = note.trimmed();
    report::Report after = m_engine.report();
    if (text.isEmpty())
        after.cellNotes.remove(key);
    else
        after.cellNotes.insert(key, text);
    if (after.cellNotes == m_engine.meta().cellNotes)
        return success();
    const QString name = report::checks::cellName(definition(), cell);
    // A whole-report step: the store rewrites everything, notes included.
    m_undo.push(new ReportCommand(this, m_engine.report(), after,
                                  text.isEmpty() ? tr("删除批注 %1").arg(name) : tr("批注 %1").arg(name)));
    return success();
}

QString DraftSession::cellNote(int cell) const
{
    if (cell < 0 || cell >= definition().cellCount())
        return {};
    return m_engine.meta().cellNotes.value(definition().cells()[cell].key);
}

Status DraftSession::replaceContents(const report::Report &replacement, const QString &stepName)
{
    if (Status s = refuseIfReadOnly(); !s)
        return s;
    report::Report after = replacement;
    after.agencyName = m_id.agency; // the report stays where it is kept
    after.year = m_id.year;
    after.status = report::ReportStatus::Draft;
    m_undo.push(new ReportCommand(this, m_engine.report(), after, stepName));
    return success();
}

QStringList DraftSession::finaliseBlockers() const
{
    const report::FinaliseCheck check = report::checkFinalise(m_engine);
    QStringList out;
    for (const report::Finding &f : check.errors)
        out << tr("错误 %1：%2").arg(f.rule, f.message);
    for (const report::Finding &f : check.unexplained)
        out << tr("警告 %1 尚未填写说明：%2").arg(f.rule, f.message);
    return out;
}

Status DraftSession::finalise()
{
    if (isFinal())
        return success();
    if (Status s = refuseIfReadOnly(); !s)
        return s;
    const QStringList blockers = finaliseBlockers();
    if (!blockers.isEmpty())
        return Error{QStringLiteral("session.blocked"),
                     tr("还有 %n 个问题，不能定稿：", nullptr, int(blockers.size())) + QLatin1Char('\n')
                         + blockers.join(QLatin1Char('\n'))};
    if (Status s = flush(); !s)
        return s;
    if (Status s = m_store.setStatus(m_id, report::ReportStatus::Final, tr("定稿")); !s)
        return s;
    m_engine.setStatus(report::ReportStatus::Final);
    m_undo.clear(); // a final report has no edits left to undo
    emit statusChanged();
    return success();
}

Status DraftSession::reopen(const QString &reason)
{
    if (!isFinal())
        return success();
    if (m_access == Access::ViewOnly)
        return refuseIfReadOnly();
    if (reason.trimmed().isEmpty())
        return Error{QStringLiteral("session.reason"), tr("重新打开已定稿的报告需要填写原因。")};
    if (Status s = m_store.setStatus(m_id, report::ReportStatus::Draft, reason.trimmed()); !s)
        return s;
    m_engine.setStatus(report::ReportStatus::Draft);
    emit statusChanged();
    return success();
}

Status DraftSession::flush()
{
    if (m_undo.count() > 0)
        if (auto *top = dynamic_cast<TextCommand *>(const_cast<QUndoCommand *>(m_undo.command(m_undo.index() - 1))))
            top->seal();
    m_autosave.stop();
    if (!m_dirty)
        return success();
    Status written = m_store.write(m_engine.report(), m_pending);
    if (!written) {
        m_lastError = written.error().message;
        setSaveState(SaveState::Failed);
        return written;
    }
    m_pending = {};
    m_dirty = false;
    m_lastSaved = QDateTime::currentDateTime();
    m_lastError.clear();
    setSaveState(SaveState::Saved);
    return success();
}

void DraftSession::markDirty(const ChangeHint &hint)
{
    m_pending.cells += hint.cells;
    m_pending.texts += hint.texts;
    m_pending.metadata = m_pending.metadata || hint.metadata;
    m_pending.everything = m_pending.everything || hint.everything;
    m_dirty = true;
    setSaveState(SaveState::Pending);
    m_autosave.start();
}

void DraftSession::setSaveState(SaveState state)
{
    m_saveState = state;
    emit saveStateChanged();
}

void DraftSession::applyCells(const std::vector<std::pair<int, CellValue>> &values)
{
    report::ChangeSet all;
    ChangeHint hint;
    for (const auto &[cell, value] : values) {
        report::ChangeSet one = m_engine.setInput(cell, value);
        all.cells.insert(all.cells.end(), one.cells.begin(), one.cells.end());
        all.findings.insert(all.findings.end(), one.findings.begin(), one.findings.end());
        hint.cells << definition().cells()[cell].key;
    }
    markDirty(hint);
    emit changed(all);
}

void DraftSession::applyText(const QString &section, const QString &text)
{
    report::ChangeSet changes = m_engine.setText(section, text);
    ChangeHint hint;
    hint.texts << section;
    hint.metadata = true; // texts to revise may have changed
    markDirty(hint);
    emit textChanged(section);
    emit changed(changes);
}

void DraftSession::applyReport(const report::Report &replacement)
{
    m_engine.load(replacement);
    ChangeHint hint;
    hint.everything = true;
    markDirty(hint);
    emit reloaded();
}

} // namespace nb::session
