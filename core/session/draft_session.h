#pragma once
// The open report: the live engine, its undo history and its saving. Every
// change goes through here as an undo command, so totals, findings, undo and
// storage never disagree.
//
// Saving (the promises the README's Reliability section states):
// - a committed edit of cells (a typed figure, paste, clear, undo or redo of
//   such a step), of notes, 说明 and report data is written before the call
//   that made it returns, i.e. before the next key is handled;
// - typing in a text section is written kTypingDelayMs (300 ms) after the
//   first keystroke not yet written (continuous typing included), so that a
//   crash loses at most 400 ms of it, and at once on flush() (page change,
//   switching reports, quit);
// - a failed write keeps every edit in memory (saveState() Failed) and is
//   retried, sooner at first, until it succeeds;
// - changes another window or program made to the report are read within
//   kWatchIntervalMs and applied, except where this session has an unsaved
//   edit: a text section changed on both sides becomes a conflict that the
//   user resolves (keep mine, take theirs, or a merge), never an overwrite.
//   A store on a server (ReportStore::link()) announces such changes as they
//   happen (LISTEN/NOTIFY): they are read at once, and the store is then
//   only asked every kLinkedWatchIntervalMs, for changes made without the
//   program (plain SQL) that nobody announced;
// - a text edit kept in the store's offline journal that the server refused
//   when it was back (somebody changed the same section meanwhile) becomes a
//   conflict like any other, also in a session opened later.
// A final report, or one opened ViewOnly, refuses every edit.
#include "core/report/engine.h"
#include "core/report/template_figures.h"
#include "core/session/edit_commands.h"
#include "core/store/report_store.h"
#include "core/store/store_link.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUndoStack>
#include <memory>

namespace nb::session {

using store::ChangeHint;
using store::ReportId;
using store::ReportStore;

// Saved: nothing unwritten. Pending: typing waits (at most kTypingDelayMs).
// Failed: the last write failed (lastSaveError()); the edits are kept and the
// write is retried. Conflict: a text section waits for the user's choice.
enum class SaveState { Saved, Pending, Failed, Conflict };

enum class Resolution { KeepMine, TakeTheirs, Merged };

// ViewOnly: a report shown for reading (an import preview, a snapshot): every
// edit is refused as for a final report, and nothing is ever written.
enum class Access { Edit, ViewOnly };

class DraftSession : public QObject {
    Q_OBJECT
public:
    // A crash loses at most kTypingPromiseMs of typing: typing is written
    // kTypingDelayMs after the first keystroke not yet written, which leaves
    // 100 ms for an event loop that is busy when the timer is due.
    static constexpr int kTypingPromiseMs = 400;
    static constexpr int kTypingDelayMs = 300;
    static constexpr int kWatchIntervalMs = 250; // how often the store is asked for changes made elsewhere
    static constexpr int kLinkedWatchIntervalMs = 3000; // the same, when the store announces changes itself
    static constexpr int kRetryFirstMs = 1000;   // a failed write is retried after 1 s, 2 s, 4 s … 30 s
    static constexpr int kRetryMaxMs = 30000;

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
    // Why setCell() would refuse this cell whatever the value (final, view-only,
    // a total, no such cell); success when it takes figures.
    Status checkCellEditable(int cell) const;
    // What a person typed: parsed with NumberParser; refused with its message.
    Status setCellText(int cell, const QString &typed);
    Status clearCells(const std::vector<int> &cells);
    // A tab-separated block placed with its top-left at (row, col) of the table
    // (data coordinates). All or nothing: refused with a message naming the
    // first bad value, or when the block does not fit the input cells. A block
    // longer than kMaxPasteCharacters (the largest table, every cell filled with
    // a long figure, is a few thousand) is refused unread.
    static constexpr qsizetype kMaxPasteCharacters = 1 << 16;
    Status paste(int table, int row, int col, const QString &tsv);
    // A text carried from last year stays marked "to revise" (a template) until
    // the last of last year's figures in it is changed, or markTextRevised().
    Status setText(const QString &section, const QString &text);
    // Ends the template: the rest of the text is this year's (one undo step).
    Status markTextRevised(const QString &section);
    bool isTemplate(const QString &section) const { return m_engine.meta().textsToRevise.contains(section); }
    // Where last year's figures and event dates still are in a template (report/template_figures.h).
    std::vector<report::TemplateFigure> lastYearFigures(const QString &section) const;
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
    // and writes everything pending now. Fails while a write fails or a text
    // conflict waits for the user ("session.conflict").
    Status flush();
    SaveState saveState() const { return m_saveState; }
    QDateTime lastSaved() const { return m_lastSaved; }
    QString lastSaveError() const { return m_lastError; }

    // Reads the store for changes made elsewhere and applies them (the watch
    // timer does this every kWatchIntervalMs).
    Status syncFromStore();
    // Text sections changed elsewhere while this session had unsaved typing in
    // them; their text is kept out of every write until resolved.
    QStringList conflicts() const { return m_conflicts.keys(); }
    QString theirText(const QString &section) const { return m_conflicts.value(section); }
    // KeepMine writes this session's text over theirs; TakeTheirs and Merged
    // replace this session's text (one undo step) and write it.
    Status resolveConflict(const QString &section, Resolution how, const QString &merged = QString());

    // Called by the undo commands only.
    void applyCells(const std::vector<std::pair<int, report::CellValue>> &values);
    void applyText(const QString &section, const QString &text, bool markedToRevise);
    void applyReport(const report::Report &report);

signals:
    // Cells and findings that changed (an empty cell list with findings is normal).
    void changed(const nb::report::ChangeSet &changes);
    // Everything may have changed: reload all views.
    void reloaded();
    void textChanged(const QString &section);
    void statusChanged();
    void saveStateChanged();
    // Another window or program changed these cells and text sections, now shown.
    void changedElsewhere(int cells, const QStringList &sections);
    // A text section was changed elsewhere while this session had unsaved typing in it.
    void conflictDetected(const QString &section);
    // The stored report's revision moved on, by anyone: what the store keeps
    // beside the report (submitted, returned and why) may have changed too.
    void revisionMoved();

private:
    DraftSession(ReportStore &store, const ReportId &id);
    Status refuseIfReadOnly() const;
    // Typing waits for the typing timer; every other edit is written at once.
    void markDirty(const ChangeHint &hint, bool typing);
    Status write(int attempt = 0);
    Status failed(const Error &error);
    Status conflictStatus() const;
    // After "store.text-changed": which of `sections` changed in the store.
    Status findConflicts(const QStringList &sections);
    void applyElsewhere(const report::Report &stored);
    void sealTyping();
    void updateSaveState();
    // Text edits the server refused after being kept offline (see store_link.h):
    // marked unsaved, so that reading the store turns them into conflicts.
    bool takeRefusedTexts();
    // The same for a session just opened: the refused text is put back on
    // screen, as an unsaved edit in conflict with the stored one.
    void restoreRefusedTexts();

    ReportStore &m_store;
    QPointer<store::StoreLink> m_link;
    ReportId m_id;
    Access m_access = Access::Edit;
    report::Engine m_engine;
    QUndoStack m_undo;
    // The report as the store holds it, as far as this session knows: what it
    // loaded plus what it wrote plus what it took over from elsewhere. Text
    // writes state their text from here as the version they are based on.
    report::Report m_stored;
    qint64 m_knownRevision = -1;
    ChangeHint m_pending; // edits not yet written
    QMap<QString, QString> m_conflicts; // section → the text stored elsewhere
    QTimer m_typing;
    QElapsedTimer m_typingSince; // the oldest unwritten keystroke
    QTimer m_retry;
    int m_retryDelay = kRetryFirstMs;
    QTimer m_watch;
    SaveState m_saveState = SaveState::Saved;
    QDateTime m_lastSaved;
    QString m_lastError;
    QDateTime m_shownSaved; // what saveStateChanged() last told
    QString m_shownError;
};

} // namespace nb::session
