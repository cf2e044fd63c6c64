#pragma once
// The open report: the live engine, its undo history and its autosave. Every
// change goes through here as an undo command, so totals, findings, undo and
// storage never disagree. Writes happen within a second of an edit (batched)
// and at once on flush() (page change, switching reports, quit); a final
// report refuses every edit.
#include "core/report/engine.h"
#include "core/session/edit_commands.h"
#include "core/store/report_store.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <QUndoStack>
#include <memory>

namespace nb::session {

using store::ChangeHint;
using store::ReportId;
using store::ReportStore;

enum class SaveState { Saved, Pending, Failed };

// ViewOnly: a report shown for reading (an import preview, a snapshot): every
// edit is refused as for a final report, and nothing is ever written.
enum class Access { Edit, ViewOnly };

class DraftSession : public QObject {
    Q_OBJECT
public:
    static constexpr int kAutosaveDelayMs = 400;

    // Loads the report and, when the store has it, the same agency's previous year.
    static Result<std::unique_ptr<DraftSession>> open(ReportStore &store, const ReportId &id,
                                                      Access access = Access::Edit);
    ~DraftSession() override;

    const report::Engine &engine() const { return m_engine; }
    const report::Definition &definition() const { return m_engine.definition(); }
    ReportId id() const { return m_id; }
    QUndoStack *undoStack() { return &m_undo; }
    bool isFinal() const { return m_engine.meta().status == report::ReportStatus::Final; }
    // No edit is accepted: final, or opened ViewOnly.
    bool isReadOnly() const { return isFinal() || m_access == Access::ViewOnly; }

    // Edits; each is one undo step. Refused ("session.final") for a final report.
    Status setCell(int cell, const report::CellValue &value);
    // What a person typed: parsed with NumberParser; refused with its message.
    Status setCellText(int cell, const QString &typed);
    Status clearCells(const std::vector<int> &cells);
    // A tab-separated block placed with its top-left at (row, col) of the table
    // (data coordinates). All or nothing: refused with a message naming the
    // first bad value, or when the block does not fit the input cells.
    Status paste(int table, int row, int col, const QString &tsv);
    Status setText(const QString &section, const QString &text);
    Status setDocumentInfo(report::AgencyKind kind, const QString &documentNumber, const QDate &publishDate);
    Status setExplanation(const QString &ruleId, const QString &text);
    // A remark printed with an input cell (含自然失效29件); an empty note removes it.
    Status setCellNote(int cell, const QString &note);
    QString cellNote(int cell) const;
    // Replaces the contents (import, new year) as one undo step; agency and year stay.
    Status replaceContents(const report::Report &report, const QString &stepName);

    // Rules that keep the report from being final, one line each ("" when none).
    QStringList finaliseBlockers() const;
    Status finalise();
    Status reopen(const QString &reason);

    // Ends a run of typing in a text section (so later typing is a new step)
    // and writes pending changes now.
    Status flush();
    SaveState saveState() const { return m_saveState; }
    QDateTime lastSaved() const { return m_lastSaved; }
    QString lastSaveError() const { return m_lastError; }

    // Called by the undo commands only.
    void applyCells(const std::vector<std::pair<int, report::CellValue>> &values);
    void applyText(const QString &section, const QString &text);
    void applyReport(const report::Report &report);

signals:
    // Cells and findings that changed (an empty cell list with findings is normal).
    void changed(const nb::report::ChangeSet &changes);
    // Everything may have changed: reload all views.
    void reloaded();
    void textChanged(const QString &section);
    void statusChanged();
    void saveStateChanged();

private:
    DraftSession(ReportStore &store, const ReportId &id);
    Status refuseIfReadOnly() const;
    void markDirty(const ChangeHint &hint);
    void setSaveState(SaveState state);

    ReportStore &m_store;
    ReportId m_id;
    Access m_access = Access::Edit;
    report::Engine m_engine;
    QUndoStack m_undo;
    QTimer m_autosave;
    ChangeHint m_pending;
    bool m_dirty = false;
    SaveState m_saveState = SaveState::Saved;
    QDateTime m_lastSaved;
    QString m_lastError;
};

} // namespace nb::session
