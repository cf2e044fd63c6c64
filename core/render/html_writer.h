#pragma once
// HTML for websites: semantic <table> with rowspan/colspan, inline minimal
// styles, no scripts and no external resources, so that it pastes cleanly
// into a content management system's editor.
#include "core/render/document_model.h"

namespace nb::render {

class HtmlWriter {
public:
    explicit HtmlWriter(const DocumentModel &doc) : m_doc(doc) {}
    // The table at `table` (index into doc.tables()) with its notes as a bottom caption.
    QString table(int table) const;
    QString page() const;

private:
    QStringList notesAfter(int table) const;
    const DocumentModel &m_doc;
};

} // namespace nb::render
