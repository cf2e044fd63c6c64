#pragma once
// A text section changed elsewhere while this window had unsaved typing in
// it: both versions side by side, and a third box to merge them by hand. The
// user keeps this window's version, takes the other one, or saves the merge;
// "decide later" leaves the conflict open (the section is not written, the
// window says so and asks again before the report is closed).
#include "core/session/draft_session.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace nb::ui {

class TextConflictDialog : public QDialog {
    Q_OBJECT
public:
    TextConflictDialog(session::DraftSession *session, const QString &section, QWidget *parent = nullptr);

    QString section() const { return m_section; }
    QPlainTextEdit *mine() const { return m_mine; }
    QPlainTextEdit *theirs() const { return m_theirs; }
    QPlainTextEdit *merged() const { return m_merged; }
    // Both versions again, when the other side has changed once more.
    void refresh();
    // What the buttons do, for tests: the session's answer.
    Status choose(session::Resolution how);
    QString lastError() const { return m_lastError; }

private:
    QPlainTextEdit *readOnlyBox();

    QPointer<session::DraftSession> m_session;
    QString m_section;
    QLabel *m_intro;
    QPlainTextEdit *m_mine;
    QPlainTextEdit *m_theirs;
    QPlainTextEdit *m_merged;
    QString m_lastError;
};

} // namespace nb::ui
