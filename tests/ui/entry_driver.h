#pragma once
// Drives the real table pages of a window with random figures and navigation
// keys, keeping an EntryModel in step, and counts every disagreement: a figure
// that did not arrive (lost), a cell that changed though no figure was meant
// for it (misplaced), a cursor somewhere the model does not put it.
#include "tests/ui/entry_model.h"
#include "tests/ui/window_fixture.h"

#include <QStringList>
#include <random>

namespace nb::test {

struct EntryTally {
    int keystrokes = 0;
    int figures = 0;      // figures committed and accepted
    int refused = 0;      // figures refused (and then corrected or abandoned)
    int lost = 0;
    int misplaced = 0;
    int cursorOff = 0;
    int refusalHidden = 0; // a refusal without its message beside the cell or without the typed text
    QStringList problems;  // the first few, with the keys that led to them
    int disagreements() const { return lost + misplaced + cursorOff + refusalHidden; }
    QString summary() const;
};

class EntryDriver {
public:
    EntryDriver(UiFixture &fixture, quint32 seed) : m_f(fixture), m_rng(seed) {}
    // Reaches the page with Ctrl+PageDown/Ctrl+PageUp, then spends `keystrokes` on it.
    void run(EntryModel &model, const QString &section, int keystrokes, EntryTally &tally);

private:
    enum class Figure { Valid, Invalid };
    QString figure(int cell, Figure kind);
    EntryKey anyKey();
    void send(EntryKey key, EntryTally &tally);
    void goToPage(const QString &section, EntryTally &tally);
    void check(EntryModel &model, const std::vector<QString> &before, const QHash<int, QString> &meant,
               EntryTally &tally);
    int cursorCell() const;
    QString shown(int cell) const;
    std::vector<QString> snapshot(const EntryModel &model) const;
    void note(EntryTally &tally, const QString &problem);

    UiFixture &m_f;
    std::mt19937 m_rng;
    QStringList m_trail; // the last keys sent, for the report of a problem
};

} // namespace nb::test
