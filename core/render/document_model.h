#pragma once
// The report as a sequence of printable blocks (title, headings, paragraphs,
// tables, notes) in the order of the definition's sections. The page composer,
// the ODT writer and the HTML writer all walk this one sequence.
#include "core/render/table_grid.h"
#include "core/report/report.h"

#include <QCoreApplication>
#include <QList>

namespace nb::render {

struct Block {
    enum class Kind { Title, DocumentNumber, Heading, Paragraph, Table, TableNote, Date };
    Kind kind = Kind::Paragraph;
    QString text;
    int table = -1;   // Kind::Table: index into DocumentModel::tables()
    int breakAt = -1; // Kind::Title: where to break when it needs two lines (after the agency name)
};

class DocumentModel {
public:
    static DocumentModel build(const report::Report &report, const report::Definition &def);

    const QString &title() const { return m_title; }
    // "第 %1 页 共 %2 页": the official style's page number, from the definition.
    const QString &pageNumberPattern() const { return m_pageNumberPattern; }
    const QList<Block> &blocks() const { return m_blocks; }
    const QList<TableGrid> &tables() const { return m_tables; }

private:
    void addTable(const report::Table &table, const report::Engine &engine);
    void addText(const QString &text);
    // An aggregate's appendix: every agency in scope with its status, error
    // rules and unexplained warnings, as a table after the report.
    void addContributors(const report::AggregateInfo &info, const report::Definition &def);

    QString m_title;
    QString m_pageNumberPattern;
    QList<Block> m_blocks;
    QList<TableGrid> m_tables;
};

// A non-owning handle, for APIs that take the definition by reference but
// need the shared pointer an Engine wants.
std::shared_ptr<const report::Definition> borrow(const report::Definition &def);

} // namespace nb::render
