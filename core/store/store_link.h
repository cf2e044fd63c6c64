#pragma once
// What a store shared over a network tells the program besides answering the
// ReportStore calls: changes other people make, as they happen (so an open
// report shows another clerk's edit within a second and a board refreshes
// itself), and whether the server can be reached at all. A store on a file
// or in memory has no link (ReportStore::link() is null): its users poll
// revision() instead.
//
// While the server cannot be reached a linked store keeps accepting edits of
// open reports (ReportStore::write) into a journal on this computer and sends
// them, in order and each exactly once, when the server is back; every other
// call fails with "store.offline" meanwhile.
#include "core/store/report_store.h"

#include <QMap>
#include <QObject>

namespace nb::store {

class StoreLink : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    enum class State { Online, Offline };
    virtual State state() const = 0;
    // Why the server cannot be reached; "" while online.
    virtual QString problem() const = 0;
    // Edits kept on this computer that the server does not have yet.
    virtual int unsentEdits() const = 0;
    // Edits kept while offline that the server refused when it was back (a
    // report finalised or a right taken away meanwhile). They stay in the
    // journal so that nothing is lost; the message of the last one says why.
    virtual int refusedEdits() const = 0;
    virtual QString lastRefusal() const = 0;
    // Where the reports are, for people: "数据库 nianbao，服务器 10.0.0.5，用户 zhang".
    virtual QString where() const = 0;

    // Asks for reportChanged()/yearChanged() of one report or of every report
    // of a year; counted, so each watch needs its unwatch.
    virtual void watchReport(const ReportId &id) = 0;
    virtual void unwatchReport(const ReportId &id) = 0;
    virtual void watchYear(int year) = 0;
    virtual void unwatchYear(int year) = 0;

    // Text sections of a report whose edit, kept while offline, was not
    // written when the server was back because somebody else had changed the
    // same section meanwhile: section → the text that was not written.
    // Taking them forgets them (the caller now holds them).
    virtual QMap<QString, QString> takeRefusedTexts(const ReportId &id) = 0;

signals:
    // The report changed on the server (by anyone, this program included).
    void reportChanged(const nb::store::ReportId &id);
    // Some report of the year changed: its content, status or check counts.
    void yearChanged(int year);
    // Online/offline, the count of unsent or refused edits.
    void stateChanged();
    // takeRefusedTexts(id) has something.
    void textsRefused(const nb::store::ReportId &id);
};

} // namespace nb::store
