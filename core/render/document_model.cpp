#include "core/render/document_model.h"

#include <QString>

namespace nb::render {

using namespace nb::report;

std::shared_ptr<const Definition> borrow(const Definition &def)
{
    return std::shared_ptr<const Definition>(&def, [](const Definition *) {});
}

DocumentModel DocumentModel::build(const Report &report, const Definition &def)
{
    Engine engine(borrow(def));
    engine.load(report);
    DocumentModel doc;
    doc.m_title = def.title(report.agencyName, report.year);
    doc.m_pageNumberPattern = def.documentText(QStringLiteral("pageNumber"));
    Block title{Block::Kind::Title, doc.m_title};
    if (doc.m_title.startsWith(report.agencyName))
        title.breakAt = int(report.agencyName.size());
    doc.m_blocks << title;
    if (!report.documentNumber.trimmed().isEmpty())
        doc.m_blocks << Block{Block::Kind::DocumentNumber, report.documentNumber.trimmed()};
    for (const auto &section : def.sections()) {
        doc.m_blocks << Block{Block::Kind::Heading, section.heading};
        if (section.kind == SectionKind::Text)
            doc.addText(report.texts.value(section.key));
        for (int t : section.tables)
            doc.addTable(def.tables()[t], engine);
    }
    if (report.publishDate.isValid())
        doc.m_blocks << Block{Block::Kind::Date, def.documentText(QStringLiteral("date"))
                                                     .arg(report.publishDate.year())
                                                     .arg(report.publishDate.month())
                                                     .arg(report.publishDate.day())};
    if (report.aggregate)
        doc.addContributors(*report.aggregate, def);
    return doc;
}

// Paragraphs as typed: one per line, blank lines dropped (the first-line
// indent of the printed page marks paragraphs; typed indents would double it).
void DocumentModel::addText(const QString &text)
{
    for (const auto &line : text.split(u'\n')) {
        const QString paragraph = line.trimmed();
        if (!paragraph.isEmpty())
            m_blocks << Block{Block::Kind::Paragraph, paragraph};
    }
}

void DocumentModel::addContributors(const AggregateInfo &info, const Definition &def)
{
    // The printed words are the definition's (an official document stays Chinese).
    const QStringList statuses = def.documentText(QStringLiteral("contributorStatuses")).split(u'|');
    QList<QStringList> rows;
    int reported = 0;
    for (const Contributor &c : info.contributors) {
        reported += c.status != CollectionStatus::Missing;
        rows << QStringList{c.agency, statuses.value(int(c.status)), c.errors.join(QStringLiteral("、")),
                            c.status == CollectionStatus::Missing ? QString() : QString::number(c.unexplainedWarnings)};
    }
    m_blocks << Block{Block::Kind::Heading, def.documentText(QStringLiteral("contributorsHeading"))
                                                .arg(info.contributors.size())
                                                .arg(reported)};
    m_tables << TableGrid::list(QStringLiteral("contributors"),
                                def.documentText(QStringLiteral("contributorsHeader")).split(u'|'), rows, {2});
    m_blocks << Block{Block::Kind::Table, {}, int(m_tables.size() - 1)};
}

void DocumentModel::addTable(const Table &table, const Engine &engine)
{
    m_tables << TableGrid::build(table, engine);
    m_blocks << Block{Block::Kind::Table, {}, int(m_tables.size() - 1)};
    if (!table.note.isEmpty())
        m_blocks << Block{Block::Kind::TableNote, engine.definition().documentText(QStringLiteral("tableNote")).arg(table.note)};
    // Remarks kept with a figure (含修订后重新发布3件) print as notes under its table.
    const auto &cells = engine.definition().cells();
    for (int r = 0; r < table.rows.size(); ++r)
        for (int c = 0; c < table.columns.size(); ++c) {
            const QString note = engine.meta().cellNotes.value(cells[table.cellIndex(r, c)].key);
            if (note.isEmpty())
                continue;
            const auto &row = table.rows[r];
            const auto &column = table.columns[c];
            const QString where = row.label.isEmpty() ? column.shortLabel : row.label + column.label;
            m_blocks << Block{Block::Kind::TableNote, engine.definition().documentText(QStringLiteral("cellNote")).arg(where, note)};
        }
}

} // namespace nb::render
