#pragma once
// A memory store holding the full 2023 report of 示例市人民政府 and its 2022
// predecessor, and a session opened on 2023.
#include "core/session/draft_session.h"
#include "core/store/memory_report_store.h"

namespace nb::test {

struct SessionFixture {
    SessionFixture();
    store::MemoryReportStore store;
    std::unique_ptr<session::DraftSession> session;
    const report::Definition &def() const { return session->definition(); }
    int cell(const char *key) const;
    QString shown(const char *key) const; // value as text, "" for blank
};

report::Report loadFixture(const QString &name);

} // namespace nb::test
