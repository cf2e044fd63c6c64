#include "tests/render/render_support.h"
#include "core/report/engine.h"

#include <QProcess>
#include <QRegularExpression>
#include <catch2/catch.hpp>

namespace nb::test {

using namespace nb::report;

QStringList officialLabels(const Definition &def)
{
    QStringList labels;
    for (const auto &s : def.sections())
        labels << s.heading;
    for (const auto &t : def.tables()) {
        for (const auto &h : t.header)
            labels << h.text;
        for (const auto &r : t.rows)
            for (const auto &s : r.stub)
                labels << s.text;
        if (!t.note.isEmpty())
            labels << t.note;
    }
    labels.removeDuplicates();
    return labels;
}

QList<QStringList> expectedRows(const Report &report, const Definition &def)
{
    Engine engine(Definition::builtin());
    engine.load(report);
    QList<QStringList> rows;
    for (const auto &t : def.tables())
        for (int r = 0; r < t.rows.size(); ++r) {
            QStringList values;
            for (int c = 0; c < t.columns.size(); ++c) {
                const CellValue v = engine.value(t.cellIndex(r, c));
                values << (v ? v->toString() : QStringLiteral("0"));
            }
            rows << values;
        }
    return rows;
}

QByteArray runTool(const QString &program, const QStringList &args, int *exitCode)
{
    QProcess p;
    p.start(program, args);
    INFO(program.toStdString() << " " << args.join(u' ').toStdString());
    REQUIRE(p.waitForFinished(60000));
    if (exitCode)
        *exitCode = p.exitCode();
    else
        REQUIRE(p.exitCode() == 0);
    return p.readAllStandardOutput();
}

QString squeeze(const QString &text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return QString(text).remove(space);
}

QString nfkc(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC);
}

bool containsSequence(const QStringList &tokens, const QStringList &sequence)
{
    for (qsizetype i = 0; i + sequence.size() <= tokens.size(); ++i)
        if (tokens.mid(i, sequence.size()) == sequence)
            return true;
    return false;
}

} // namespace nb::test
