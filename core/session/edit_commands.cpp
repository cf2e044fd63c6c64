#include "core/session/edit_commands.h"

#include "core/session/draft_session.h"

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

TextCommand::TextCommand(DraftSession *session, const QString &section, const QString &before,
                         const QString &after, const QString &text)
    : QUndoCommand(text), m_session(session), m_section(section), m_before(before), m_after(after)
{
}

void TextCommand::undo() { m_session->applyText(m_section, m_before); }
void TextCommand::redo() { m_session->applyText(m_section, m_after); }

bool TextCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const TextCommand *>(other);
    if (m_sealed || o->m_section != m_section)
        return false;
    m_after = o->m_after;
    return true;
}

ReportCommand::ReportCommand(DraftSession *session, report::Report before, report::Report after,
                             const QString &text)
    : QUndoCommand(text), m_session(session), m_before(std::move(before)), m_after(std::move(after))
{
}

void ReportCommand::undo() { m_session->applyReport(m_before); }
void ReportCommand::redo() { m_session->applyReport(m_after); }

} // namespace nb::session
