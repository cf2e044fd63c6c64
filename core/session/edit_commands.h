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

// Typing in a text section: consecutive edits of the same section merge into
// one step, as in a word processor.
class TextCommand : public QUndoCommand {
public:
    static constexpr int kId = 0x4e42; // "NB"
    TextCommand(DraftSession *session, const QString &section, const QString &before, const QString &after,
                const QString &text);
    void undo() override;
    void redo() override;
    int id() const override { return kId; }
    bool mergeWith(const QUndoCommand *other) override;
    // Leaving the page ends a run of typing: later edits become a new step.
    void seal() { m_sealed = true; }

private:
    DraftSession *m_session;
    bool m_sealed = false;
    QString m_section;
    QString m_before;
    QString m_after;
};

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
