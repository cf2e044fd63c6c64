#include "core/session/edit_commands.h"

#include "core/session/draft_session.h"

#include <QElapsedTimer>

namespace nb::session {

CellsCommand::CellsCommand(DraftSession *session, std::vector<CellChange> changes, const QString &text)
    : QUndoCommand(text), m_session(session), m_changes(std::move(changes))
{
}

void CellsCommand::undo()
{
    std::vector<std::pair<int, report::CellValue>> values;
    for (const CellChange &c : m_changes)
        values.emplace_back(c.cell, c.before);
    m_session->applyCells(values);
}

void CellsCommand::redo()
{
    std::vector<std::pair<int, report::CellValue>> values;
    for (const CellChange &c : m_changes)
        values.emplace_back(c.cell, c.after);
    m_session->applyCells(values);
}

namespace {
qint64 monotonicMs()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock.elapsed();
}

// What an edit typed: the text between the common start and the common end.
QString inserted(const QString &before, const QString &after)
{
    qsizetype start = 0;
    while (start < before.size() && start < after.size() && before[start] == after[start])
        ++start;
    qsizetype end = 0;
    while (end < before.size() - start && end < after.size() - start
           && before[before.size() - 1 - end] == after[after.size() - 1 - end])
        ++end;
    return after.mid(start, after.size() - start - end);
}

bool endsSentence(const QString &typed)
{
    static const QString ends = QStringLiteral("。！？!?\n\u2029");
    const QString t = typed.trimmed().isEmpty() ? typed : typed.trimmed();
    return !t.isEmpty() && ends.contains(t.back());
}
} // namespace

TextCommand::TextCommand(DraftSession *session, const QString &section, const QString &before,
                         const QString &after, const QString &text, bool markedBefore, bool markedAfter)
    : QUndoCommand(text), m_session(session), m_endsSentence(endsSentence(inserted(before, after))),
      m_lastEdit(monotonicMs()), m_section(section), m_before(before), m_after(after), m_markedBefore(markedBefore),
      m_markedAfter(markedAfter)
{
}

void TextCommand::undo() { m_session->applyText(m_section, m_before, m_markedBefore); }
void TextCommand::redo() { m_session->applyText(m_section, m_after, m_markedAfter); }

bool TextCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const TextCommand *>(other);
    if (m_sealed || m_endsSentence || o->m_section != m_section || o->m_lastEdit - m_lastEdit > kPauseMs)
        return false;
    m_after = o->m_after;
    m_markedAfter = o->m_markedAfter;
    m_lastEdit = o->m_lastEdit;
    m_endsSentence = o->m_endsSentence;
    return true;
}

void endTextRun(QUndoStack *stack)
{
    if (stack->index() == 0)
        return;
    // The stack hands out const commands; sealing changes only how the next one merges.
    if (auto *top = dynamic_cast<TextCommand *>(const_cast<QUndoCommand *>(stack->command(stack->index() - 1))))
        top->seal();
}

ReportCommand::ReportCommand(DraftSession *session, report::Report before, report::Report after,
                             const QString &text)
    : QUndoCommand(text), m_session(session), m_before(std::move(before)), m_after(std::move(after))
{
}

void ReportCommand::undo() { m_session->applyReport(m_before); }
void ReportCommand::redo() { m_session->applyReport(m_after); }

} // namespace nb::session
