#pragma once
// The undo steps of a draft. Each command stores both sides of its change and
// applies them through the session, so undo and redo refresh totals, findings
// and storage exactly like the original edit did.
#include "core/report/decimal.h"
#include "core/report/report.h"

#include <QUndoCommand>
#include <vector>

namespace nb::session {

class DraftSession;

struct CellChange {
    int cell = -1;
    report::CellValue before;
    report::CellValue after;
};

// One or many cells: a typed figure, a cleared selection or a whole paste.
class CellsCommand : public QUndoCommand {
public:
    CellsCommand(DraftSession *session, std::vector<CellChange> changes, const QString &text);
    void undo() override;
    void redo() override;

private:
    DraftSession *m_session;
    std::vector<CellChange> m_changes;
};

// Typing in a text section: a run of edits of the same section is one step,
// as in a word processor. A run ends at a pause in typing, after a sentence
// end (。！？) or a line break, and when the run is sealed: leaving the page,
// and before and after a paste, which is a step of its own.
class TextCommand : public QUndoCommand {
public:
    static constexpr int kId = 0x4e42; // "NB"
    static constexpr int kPauseMs = 1000;
    // marked…: the section's "to revise" mark before and after (a template stays
    // one until its last figure of last year is changed).
    TextCommand(DraftSession *session, const QString &section, const QString &before, const QString &after,
                const QString &text, bool markedBefore = false, bool markedAfter = false);
    void undo() override;
    void redo() override;
    int id() const override { return kId; }
    bool mergeWith(const QUndoCommand *other) override;
    // Ends the run: later edits become a new step.
    void seal() { m_sealed = true; }

private:
    DraftSession *m_session;
    bool m_sealed = false;
    bool m_endsSentence = false; // the last edit typed a sentence end or a line break
    qint64 m_lastEdit = 0;       // when the last edit of the run was made (ms, monotonic)
    QString m_section;
    QString m_before;
    QString m_after;
    bool m_markedBefore = false;
    bool m_markedAfter = false;
};

// Ends the run of typing on top of the undo stack, if any (see TextCommand).
void endTextRun(QUndoStack *stack);

// Everything at once: import, new year, metadata, explanations.
class ReportCommand : public QUndoCommand {
public:
    ReportCommand(DraftSession *session, report::Report before, report::Report after, const QString &text);
    void undo() override;
    void redo() override;

private:
    DraftSession *m_session;
    report::Report m_before;
    report::Report m_after;
};

} // namespace nb::session
