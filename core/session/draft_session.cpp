#include "core/session/draft_session.h"

#include "core/report/finalise_rules.h"
#include "core/report/number_parser.h"
#include "core/session/tsv_block.h"

namespace nb::session {

using report::CellValue;
using report::Severity;
using report::TemplateOptions;

DraftSession::DraftSession(ReportStore &store, const ReportId &id) : m_store(store), m_id(id)
{
    m_typing.setSingleShot(true);
    m_typing.setInterval(kTypingDelayMs);
    // A failed write is not lost: write() keeps the edits pending, sets
    // saveState() to Failed with lastSaveError() for the window to show, and
    // the retry timer (or the next edit, or flush()) writes them again.
    connect(&m_typing, &QTimer::timeout, this, [this] { static_cast<void>(write()); });
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, [this] {
        // Waits longer after each retry that fails (a write waiting for a
        // lock takes up to the busy timeout); a success starts again at 1 s.
        m_retryDelay = std::min(m_retryDelay * 2, kRetryMaxMs);
        static_cast<void>(write());
    });
    m_watch.setInterval(kWatchIntervalMs);
    // Reading the store's revision costs one indexed query; a failure (the
    // report renamed or removed elsewhere) shows when this session writes.
    connect(&m_watch, &QTimer::timeout, this, [this] { static_cast<void>(syncFromStore()); });
}

DraftSession::~DraftSession()
{
    // The window flushes before it lets a session go and keeps the report open
    // when that fails; this is the last resort for any other owner.
    if (Status written = flush(); !written)
        qWarning("%s", qPrintable(written.error().message));
    if (m_link)
        m_link->unwatchReport(m_id);
}

Result<std::unique_ptr<DraftSession>> DraftSession::open(ReportStore &store, const ReportId &id, Access access)
{
    // The revision first: a change made between the two calls is then seen
    // again by the next syncFromStore(), never missed.
    Result<qint64> revision = store.revision(id);
    Result<report::Report> loaded = store.load(id);
    if (!loaded)
        return loaded.error();
    std::unique_ptr<DraftSession> session(new DraftSession(store, id));
    session->m_access = access;
    Result<report::Report> previous = store.load({id.agency, id.year - 1});
    if (previous)
        session->m_engine.setPrevious(previous.value());
    session->m_engine.load(loaded.value());
    session->m_stored = loaded.value();
    session->m_knownRevision = revision ? revision.value() : -1;
    session->m_lastSaved = QDateTime::currentDateTime();
    if (access == Access::Edit) {
        if (store::StoreLink *link = store.link()) {
            DraftSession *s = session.get();
            s->m_link = link;
            link->watchReport(id);
            connect(link, &store::StoreLink::reportChanged, s, [s](const ReportId &changed) {
                if (changed == s->m_id)
                    static_cast<void>(s->syncFromStore());
            });
            connect(link, &store::StoreLink::textsRefused, s, [s](const ReportId &refused) {
                if (refused == s->m_id)
                    static_cast<void>(s->syncFromStore());
            });
            s->m_watch.setInterval(kLinkedWatchIntervalMs);
            s->restoreRefusedTexts();
        }
        session->m_watch.start();
    }
    return session;
}

bool DraftSession::takeRefusedTexts()
{
    if (!m_link)
        return false;
    const QMap<QString, QString> refused = m_link->takeRefusedTexts(m_id);
    // This session made those edits: what it shows is the latest of them.
    for (auto it = refused.constBegin(); it != refused.constEnd(); ++it)
        if (!m_pending.texts.contains(it.key()))
            m_pending.texts << it.key();
    return !refused.isEmpty();
}

void DraftSession::restoreRefusedTexts()
{
    const QMap<QString, QString> refused = m_link->takeRefusedTexts(m_id);
    for (auto it = refused.constBegin(); it != refused.constEnd(); ++it) {
        const QString theirs = m_stored.texts.value(it.key());
        if (theirs == it.value())
            continue;
        static_cast<void>(m_engine.setText(it.key(), it.value()));
        if (!m_pending.texts.contains(it.key()))
            m_pending.texts << it.key();
        m_conflicts.insert(it.key(), theirs);
    }
    if (refused.isEmpty())
        return;
    // Told once the window listens (it connects right after open()).
    QTimer::singleShot(0, this, [this, sections = m_conflicts.keys()] {
        for (const QString &section : sections)
            if (m_conflicts.contains(section))
                emit conflictDetected(section);
        updateSaveState();
    });
}

Status DraftSession::refuseIfReadOnly() const
{
    if (m_access == Access::ViewOnly)
        return Error{QStringLiteral("session.view-only"), tr("这是只读的预览，不能修改。")};
    if (isFinal())
        return Error{QStringLiteral("session.final"), tr("已定稿，如需修改请先撤销定稿。")};
    return success();
}

Status DraftSession::checkCellEditable(int cell) const
{
    if (Status s = refuseIfReadOnly(); !s)
        return s;
    if (cell < 0 || cell >= definition().cellCount() || definition().cells()[cell].derived)
        return Error{QStringLiteral("session.read-only"), tr("合计单元格由系统自动计算，不能直接填写。")};
    return success();
}

Status DraftSession::setCell(int cell, const CellValue &value)
{
    if (Status s = checkCellEditable(cell); !s)
        return s;
    const report::ValueType type = definition().cells()[cell].type;
    if (value && !report::NumberParser::inRange(*value, type))
        return Error{QStringLiteral("number.too-large"), tr("%1 的值 %2 超出了可以填写的范围（%3）")
                                                             .arg(report::checks::cellName(definition(), cell), value->toString(),
                                                                  report::NumberParser::rangeText(type))};
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
    // No table is near this size: refused before the text is split into cells.
    if (tsv.size() > kMaxPasteCharacters)
        return Error{QStringLiteral("paste.too-big"),
                     tr("剪贴板中的内容有 %1 个字符，不是可以粘贴到表格中的数据。").arg(tsv.size())};
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
    const bool marked = isTemplate(section);
    // Without last year's text there is nothing to tell last year's figures by:
    // the first edit ends the template, as before figures were tracked.
    bool stillTemplate = false;
    if (marked && m_engine.previous()) {
        TemplateOptions options = TemplateOptions::fromDefinition(definition());
        options.eventYears = {m_id.year, m_id.year - 1};
        stillTemplate = !report::templateFigures(text, report::carriedTemplate(m_engine, section), options).empty();
    }
    m_undo.push(new TextCommand(this, section, before, text, tr("编辑 %1").arg(sec ? sec->heading : section), marked,
                                stillTemplate));
    return success();
}

Status DraftSession::markTextRevised(const QString &section)
{
    if (Status s = refuseIfReadOnly(); !s)
        return s;
    if (!isTemplate(section))
        return success();
    sealTyping(); // typing after this is a step of its own
    report::Report after = m_engine.report();
    after.textsToRevise.removeAll(section);
    const report::Section *sec = definition().section(section);
    m_undo.push(new ReportCommand(this, m_engine.report(), after, tr("标为已修订：%1").arg(sec ? sec->heading : section)));
    return success();
}

std::vector<report::TemplateFigure> DraftSession::lastYearFigures(const QString &section) const
{
    return report::lastYearFigures(m_engine, section);
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
    // The store's import or new-year usually holds the replacement already:
    // take what it holds as the base, or writing it would look like
    // overwriting a text changed elsewhere.
    if (Status written = write(); !written)
        return written;
    Result<report::Report> stored = m_store.load(m_id);
    if (!stored)
        return stored.error();
    m_stored = stored.value();
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
    sealTyping();
    return write();
}

void DraftSession::sealTyping()
{
    if (m_undo.index() > 0)
        if (auto *top = dynamic_cast<TextCommand *>(const_cast<QUndoCommand *>(m_undo.command(m_undo.index() - 1))))
            top->seal();
}

// Writes every pending edit except texts in conflict. A text write states the
// version it is based on; when the store refuses it because that text changed
// meanwhile, the sections concerned become conflicts and the rest is written
// again at once.
Status DraftSession::write(int attempt)
{
    m_typing.stop();
    ChangeHint hint = m_pending;
    for (auto it = m_conflicts.constBegin(); it != m_conflicts.constEnd(); ++it)
        hint.texts.removeAll(it.key());
    if (store::hintIsEmpty(hint)) {
        updateSaveState();
        return conflictStatus();
    }
    for (const QString &section : std::as_const(hint.texts))
        hint.textBase.insert(section, m_stored.texts.value(section));
    const report::Report current = m_engine.report();
    Status written = m_store.write(current, hint);
    if (!written && written.error().code == QLatin1String("store.text-changed") && attempt == 0) {
        if (Status found = findConflicts(hint.texts); !found)
            return failed(found.error());
        return write(attempt + 1);
    }
    if (!written)
        return failed(written.error());
    m_stored = store::applyHint(m_stored, current, hint);
    ChangeHint left;
    for (const QString &section : std::as_const(m_pending.texts))
        if (m_conflicts.contains(section))
            left.texts << section;
    m_pending = left;
    m_lastSaved = QDateTime::currentDateTime();
    m_lastError.clear();
    m_retry.stop();
    m_retryDelay = kRetryFirstMs;
    updateSaveState();
    return conflictStatus();
}

Status DraftSession::failed(const Error &error)
{
    m_lastError = error.message;
    if (!m_retry.isActive())
        m_retry.start(m_retryDelay);
    updateSaveState();
    return error;
}

Status DraftSession::conflictStatus() const
{
    if (m_conflicts.isEmpty())
        return success();
    QStringList headings;
    for (auto it = m_conflicts.constBegin(); it != m_conflicts.constEnd(); ++it) {
        const report::Section *section = definition().section(it.key());
        headings << (section ? section->heading : it.key());
    }
    return Error{QStringLiteral("session.conflict"),
                 tr("“%1”已在别处被修改，这里的修改尚未保存。请比较两个版本，选择保留哪一个或合并。")
                     .arg(headings.join(QStringLiteral("”“")))};
}

Status DraftSession::findConflicts(const QStringList &sections)
{
    Result<report::Report> stored = m_store.load(m_id);
    if (!stored)
        return stored.error();
    for (const QString &section : sections) {
        const QString theirs = stored->texts.value(section);
        if (theirs == m_stored.texts.value(section))
            continue;
        if (theirs == m_engine.text(section)) { // both wrote the same: nothing to choose
            m_stored.texts.insert(section, theirs);
            continue;
        }
        m_conflicts.insert(section, theirs);
        emit conflictDetected(section);
    }
    return success();
}

Status DraftSession::resolveConflict(const QString &section, Resolution how, const QString &merged)
{
    if (!m_conflicts.contains(section))
        return success();
    if (Status s = refuseIfReadOnly(); !s)
        return s;
    const QString theirs = m_conflicts.take(section);
    m_stored.texts.insert(section, theirs); // the version written next is based on theirs
    if (how != Resolution::KeepMine) {
        sealTyping();
        if (Status s = setText(section, how == Resolution::TakeTheirs ? theirs : merged); !s)
            return s;
        sealTyping(); // the choice is a step of its own, not part of later typing
    }
    if (!m_pending.texts.contains(section))
        m_pending.texts << section;
    Status written = write();
    if (!written && written.error().code == QLatin1String("session.conflict"))
        return success(); // this one is settled; another section still waits
    return written;
}

void DraftSession::markDirty(const ChangeHint &hint, bool typing)
{
    const auto add = [](QStringList &into, const QStringList &keys) {
        for (const QString &key : keys)
            if (!into.contains(key))
                into << key;
    };
    add(m_pending.cells, hint.cells);
    add(m_pending.texts, hint.texts);
    add(m_pending.notes, hint.notes);
    add(m_pending.explanations, hint.explanations);
    m_pending.metadata = m_pending.metadata || hint.metadata;
    if (!typing) {
        static_cast<void>(write()); // a failure is kept and shown through saveState()
        return;
    }
    // The timer starts with the first unwritten keystroke and is not pushed
    // back by later ones, so continuous typing is written every
    // kTypingDelayMs; a keystroke that finds the timer overdue (a busy event
    // loop) writes at once.
    if (!m_typing.isActive()) {
        m_typing.start();
        m_typingSince.start();
    } else if (m_typingSince.elapsed() >= kTypingDelayMs) {
        static_cast<void>(write());
        return;
    }
    updateSaveState();
}

void DraftSession::updateSaveState()
{
    SaveState state = SaveState::Saved;
    if (!m_lastError.isEmpty())
        state = SaveState::Failed;
    else if (!m_conflicts.isEmpty())
        state = SaveState::Conflict;
    else if (!store::hintIsEmpty(m_pending))
        state = SaveState::Pending;
    // Told only when something shown changes (the watch timer calls this often).
    if (state == m_saveState && m_lastSaved == m_shownSaved && m_lastError == m_shownError)
        return;
    m_saveState = state;
    m_shownSaved = m_lastSaved;
    m_shownError = m_lastError;
    emit saveStateChanged();
}

Status DraftSession::syncFromStore()
{
    // The revision first: asking may send the offline journal, which is when
    // the server refuses texts; those are taken before the stored report is
    // applied, so that it never replaces them silently.
    Result<qint64> revision = m_store.revision(m_id);
    if (!revision)
        return revision.error();
    const bool refused = takeRefusedTexts();
    if (revision.value() == m_knownRevision && !refused)
        return success();
    Result<report::Report> stored = m_store.load(m_id);
    if (!stored)
        return stored.error();
    m_knownRevision = revision.value();
    applyElsewhere(stored.value());
    emit revisionMoved();
    return success();
}

// Takes over what the store holds and this session's base does not: every
// part this session has no unsaved edit of. A text with unsaved typing that
// differs becomes a conflict; a cell with an unsaved edit keeps this
// session's value (it is written next: the later edit of a cell wins).
void DraftSession::applyElsewhere(const report::Report &stored)
{
    const ChangeHint diff = store::changesBetween(m_stored, stored);
    report::ChangeSet shown;
    const auto collect = [&shown](const report::ChangeSet &c) {
        shown.cells.insert(shown.cells.end(), c.cells.begin(), c.cells.end());
        shown.findings.insert(shown.findings.end(), c.findings.begin(), c.findings.end());
    };
    int cells = 0;
    for (const QString &key : diff.cells) {
        const auto value = stored.cells.constFind(key);
        const report::CellValue v = value == stored.cells.constEnd() ? report::CellValue() : report::CellValue(*value);
        if (value == stored.cells.constEnd())
            m_stored.cells.remove(key);
        else
            m_stored.cells.insert(key, *value);
        const int cell = definition().cellIndex(key);
        if (cell < 0 || m_pending.cells.contains(key))
            continue;
        collect(definition().cells()[cell].derived ? m_engine.setStated(cell, v) : m_engine.setInput(cell, v));
        ++cells;
    }
    QStringList sections;
    for (const QString &section : diff.texts) {
        const QString theirs = stored.texts.value(section);
        if (m_pending.texts.contains(section) && theirs != m_engine.text(section)) {
            const bool known = m_conflicts.contains(section) && m_conflicts.value(section) == theirs;
            m_conflicts.insert(section, theirs);
            if (!known)
                emit conflictDetected(section);
            continue;
        }
        m_stored.texts.insert(section, theirs);
        if (m_engine.text(section) == theirs)
            continue;
        sealTyping(); // typing after this is a new step
        collect(m_engine.setText(section, theirs));
        // The text's "to revise" mark comes with it.
        QStringList marks = m_engine.meta().textsToRevise;
        marks.removeAll(section);
        m_stored.textsToRevise.removeAll(section);
        if (stored.textsToRevise.contains(section)) {
            marks << section;
            m_stored.textsToRevise << section;
        }
        collect(m_engine.setTextsToRevise(marks));
        sections << section;
        emit textChanged(section);
    }
    bool reload = false;
    for (const QString &key : diff.notes) {
        m_stored.cellNotes.insert(key, stored.cellNotes.value(key));
        if (!stored.cellNotes.contains(key))
            m_stored.cellNotes.remove(key);
        if (!m_pending.notes.contains(key)) {
            m_engine.setCellNote(key, stored.cellNotes.value(key));
            reload = true;
        }
    }
    for (const QString &rule : diff.explanations) {
        m_stored.explanations.insert(rule, stored.explanations.value(rule));
        if (!stored.explanations.contains(rule))
            m_stored.explanations.remove(rule);
        if (!m_pending.explanations.contains(rule)) {
            m_engine.setExplanation(rule, stored.explanations.value(rule));
            reload = true;
        }
    }
    if (diff.metadata && !m_pending.metadata) {
        m_stored.agencyKind = stored.agencyKind;
        m_stored.documentNumber = stored.documentNumber;
        m_stored.publishDate = stored.publishDate;
        m_stored.textsToRevise = stored.textsToRevise;
        collect(m_engine.setAgency(m_engine.meta().agencyName, stored.agencyKind));
        m_engine.setDocumentInfo(stored.documentNumber, stored.publishDate);
        QStringList toRevise = stored.textsToRevise;
        for (const QString &section : std::as_const(m_pending.texts)) { // unsaved typing keeps its own mark
            toRevise.removeAll(section);
            if (m_engine.meta().textsToRevise.contains(section))
                toRevise << section;
        }
        collect(m_engine.setTextsToRevise(toRevise));
        reload = true;
    }
    const bool statusMoved = stored.status != m_engine.meta().status;
    if (statusMoved) {
        m_stored.status = stored.status;
        m_engine.setStatus(stored.status);
        if (stored.status == report::ReportStatus::Final)
            m_undo.clear(); // finalised elsewhere: nothing is left to undo here
    }
    if (reload)
        emit reloaded();
    else if (!shown.empty())
        emit changed(shown);
    if (statusMoved)
        emit statusChanged();
    if (cells > 0 || !sections.isEmpty())
        emit changedElsewhere(cells, sections);
    updateSaveState();
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
    // Shown first, then written: the write takes well under a millisecond
    // and is done before the next key is handled.
    emit changed(all);
    markDirty(hint, false);
}

void DraftSession::applyText(const QString &section, const QString &text, bool markedToRevise)
{
    report::ChangeSet changes = m_engine.setText(section, text);
    QStringList marks = m_engine.meta().textsToRevise;
    marks.removeAll(section);
    if (markedToRevise)
        marks << section;
    const report::ChangeSet marked = m_engine.setTextsToRevise(marks);
    changes.findings.insert(changes.findings.end(), marked.findings.begin(), marked.findings.end());
    ChangeHint hint;
    hint.texts << section; // its "to revise" mark travels with it
    emit textChanged(section);
    emit changed(changes);
    markDirty(hint, true);
}

void DraftSession::applyReport(const report::Report &replacement)
{
    const ChangeHint hint = store::changesBetween(m_engine.report(), replacement);
    m_engine.load(replacement);
    emit reloaded();
    markDirty(hint, false);
}

} // namespace nb::session
