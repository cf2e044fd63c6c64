// Text against tables (RT-*): figures quoted in the text sections are found by
// the patterns of the rule's parameters and compared with the table cells the
// rule names. A quote that no pattern places is not a finding: phrasing varies
// too much to guess, and neither is a quote of cells that are all blank (not
// filled in yet, or unreadable in an imported report). Within one rule the
// quotes are tried in order and a figure used by one quote is not read again
// by a later one, so "予以公开及部分公开 35 件" is read as the sum and not as
// 部分公开 35 件. A rule's "qualifiers" (result kinds) keep a count such as
// "同意公开答复 5 件" from being read as the rule's total.
#include "core/report/check.h"
#include "core/report/number_parser.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace nb::report {

using checks::Checks;

namespace {

struct Quote {
    QRegularExpression pattern;
    std::vector<std::vector<int>> sums; // the quote is right when it equals any of these sums
};

std::vector<int> cellList(const Definition &def, const QJsonArray &keys)
{
    std::vector<int> out;
    for (const auto &k : keys) {
        const int cell = def.cellIndex(k.toString());
        if (cell >= 0)
            out.push_back(cell);
    }
    return out;
}

std::vector<Quote> readQuotes(const RuleDef &rule, const Definition &def)
{
    std::vector<Quote> out;
    for (const auto &q : rule.params[QLatin1String("quotes")].toArray()) {
        Quote quote{QRegularExpression(q[QLatin1String("pattern")].toString()), {}};
        for (const auto &sum : q[QLatin1String("sums")].toArray())
            if (auto cells = cellList(def, sum.toArray()); !cells.empty())
                quote.sums.push_back(std::move(cells));
        if (quote.pattern.isValid() && quote.pattern.captureCount() >= 1 && !quote.sums.empty())
            out.push_back(std::move(quote));
    }
    return out;
}

// Whether anything was filled in for a cell: a derived cell counts when it has a
// printed total or any of its operands was filled in.
bool filled(const CheckContext &ctx, int cell)
{
    const Cell &c = ctx.definition().cells()[cell];
    if (!c.derived)
        return ctx.value(cell).has_value();
    if (ctx.stated(cell))
        return true;
    const auto &operands = c.operands();
    return std::any_of(operands.begin(), operands.end(), [&](int o) { return filled(ctx, o); });
}

QString sumName(const CheckContext &ctx, const std::vector<int> &cells)
{
    QStringList names;
    DecimalSum sum;
    for (int c : cells) {
        names << checks::cellName(ctx.definition(), c);
        sum.add(ctx.valueOrZero(c));
    }
    return names.join(QStringLiteral(" + ")) + QStringLiteral(" 为 ") + checks::sumFigure(sum.value());
}

struct Mismatch {
    QString message;
    std::vector<int> cells;
    QString sentence;
};

// The sentence of `text` around [from, to): from the end of the previous sentence to the end of this one.
QString sentenceAround(const QString &text, qsizetype from, qsizetype to)
{
    static const QString ends = QStringLiteral("。；;！？!?\n");
    while (from > 0 && !ends.contains(text.at(from - 1)))
        --from;
    while (to < text.size() && !ends.contains(text.at(to)))
        ++to;
    return text.mid(from, std::min(to + 1, text.size()) - from).trimmed();
}

// One figure quoted in a text: which quote pattern read it, the phrase, the figure.
struct QuoteHit {
    int quote = 0;
    QString phrase;
    Decimal number;
    QString sentence;
};

// The figures the quotes read in one text, in rule order, a figure read by an
// earlier quote not read again. Depends on the text alone.
// A figure whose clause names a result kind before it ("同意公开答复 5 件",
// "行政复议结果维持 2 件") is that result's figure, not the total a rule compares.
bool qualified(const QString &text, qsizetype matchStart, qsizetype figureStart, const QRegularExpression &qualifiers)
{
    if (!qualifiers.isValid() || qualifiers.pattern().isEmpty())
        return false;
    static const QString clauseEnd = QStringLiteral("。；;，,：:！？!?\n");
    qsizetype from = matchStart;
    while (from > 0 && !clauseEnd.contains(text.at(from - 1)))
        --from;
    return qualifiers.match(QStringView(text).mid(from, figureStart - from)).hasMatch();
}

std::vector<QuoteHit> findHits(const std::vector<Quote> &quotes, const QRegularExpression &qualifiers, const QString &text)
{
    std::vector<QuoteHit> hits;
    std::vector<std::pair<qsizetype, qsizetype>> used;
    auto overlaps = [&](qsizetype from, qsizetype to) {
        for (const auto &[a, b] : used)
            if (from < b && a < to)
                return true;
        return false;
    };
    for (int q = 0; q < int(quotes.size()); ++q) {
        auto it = quotes[q].pattern.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            if (overlaps(m.capturedStart(1), m.capturedEnd(1)) || qualified(text, m.capturedStart(0), m.capturedStart(1), qualifiers))
                continue;
            used.emplace_back(m.capturedStart(1), m.capturedEnd(1));
            const auto number = NumberParser::parse(m.captured(1), ValueType::Count);
            if (number && number.value()) // a figure we cannot read is not a finding
                hits.push_back({q, m.captured(0), *number.value(), sentenceAround(text, m.capturedStart(0), m.capturedEnd(0))});
        }
    }
    return hits;
}

// Rule instances are re-evaluated on every edit of a cell they read, but the
// text rarely changes meanwhile: the regular expressions run once per text.
struct HitCache {
    bool valid = false;
    QString text;
    std::vector<QuoteHit> hits;
    const std::vector<QuoteHit> &get(const std::vector<Quote> &quotes, const QRegularExpression &qualifiers, const QString &now)
    {
        if (!valid || text != now) {
            text = now;
            hits = findHits(quotes, qualifiers, now);
            valid = true;
        }
        return hits;
    }
};

// The first quote in the text that matches none of its sums. Sums are compared
// first; names, and whether the cells were filled in at all, only for a mismatch.
std::optional<Mismatch> firstMismatch(const CheckContext &ctx, const std::vector<Quote> &quotes,
                                     const std::vector<QuoteHit> &hits, const QString &heading)
{
    for (const QuoteHit &hit : hits) {
        const Quote &quote = quotes[hit.quote];
        const bool matches = std::any_of(quote.sums.begin(), quote.sums.end(), [&](const std::vector<int> &cells) {
            DecimalSum sum;
            for (int c : cells)
                sum.add(ctx.valueOrZero(c));
            return sum.value() == hit.number;
        });
        if (matches)
            continue;
        const bool known = std::any_of(quote.sums.begin(), quote.sums.end(), [&](const std::vector<int> &cells) {
            return std::any_of(cells.begin(), cells.end(), [&](int c) { return filled(ctx, c); });
        });
        if (!known)
            continue;
        QStringList sides;
        for (const auto &cells : quote.sums)
            sides << sumName(ctx, cells);
        return Mismatch{Checks::tr("“%1”写的是“%2”（%3 件），表格中 %4")
                            .arg(heading, hit.phrase, hit.number.toString(), sides.join(Checks::tr("，或 "))),
                        quote.sums.front(), hit.sentence};
    }
    return std::nullopt;
}

std::vector<RuleInstance> textQuote(const RuleDef &rule, const Definition &def)
{
    const std::vector<Quote> quotes = readQuotes(rule, def);
    // Words that make a count a result's figure rather than the rule's total (contract §5).
    QStringList words = checks::stringList(rule.params, "qualifiers");
    for (QString &w : words)
        w = QRegularExpression::escape(w);
    const QRegularExpression qualifiers(words.join(u'|'));
    RuleInstance in;
    in.texts = checks::stringList(rule.params, "sections");
    for (const Quote &q : quotes)
        for (const auto &cells : q.sums)
            for (int c : cells) {
                // A total's operands too: a stated total and what it sums both decide the quote.
                in.reads.push_back(c);
                const auto &operands = def.cells()[c].operands();
                in.reads.insert(in.reads.end(), operands.begin(), operands.end());
            }
    std::sort(in.reads.begin(), in.reads.end());
    in.reads.erase(std::unique(in.reads.begin(), in.reads.end()), in.reads.end());
    auto caches = std::make_shared<std::vector<HitCache>>(in.texts.size());
    in.evaluate = [rule, &def, quotes, qualifiers, caches, sections = in.texts](const CheckContext &ctx) -> std::optional<Finding> {
        for (qsizetype i = 0; i < sections.size(); ++i) {
            const QString &key = sections[i];
            const Section *section = def.section(key);
            const auto &hits = (*caches)[i].get(quotes, qualifiers, ctx.text(key));
            const auto mismatch = firstMismatch(ctx, quotes, hits, section ? section->heading : key);
            if (!mismatch)
                continue;
            Finding f = checks::make(rule, def, mismatch->cells, mismatch->message);
            f.section = key;
            f.quote = mismatch->sentence;
            return f;
        }
        return std::nullopt;
    };
    return {in};
}

// RT-YEAR: the year of the title, of the statistics period quoted in the
// preface or text, and the report's year must be one and the same.
std::vector<RuleInstance> textYear(const RuleDef &rule, const Definition &)
{
    const QRegularExpression period(rule.params[QLatin1String("pattern")].toString());
    RuleInstance in;
    in.readsMeta = true;
    in.texts = checks::stringList(rule.params, "sections");
    in.evaluate = [rule, period, sections = in.texts](const CheckContext &ctx) -> std::optional<Finding> {
        const Report &meta = ctx.meta();
        QStringList conflicts;
        if (meta.imported.titleYear && meta.imported.titleYear != meta.year)
            conflicts << Checks::tr("标题年份 %1").arg(meta.imported.titleYear);
        QStringList texts{meta.imported.preface};
        for (const QString &key : sections)
            texts << ctx.text(key);
        QString quote;
        for (const QString &text : texts) {
            auto it = period.isValid() ? period.globalMatch(text) : QRegularExpressionMatchIterator();
            while (it.hasNext()) {
                const auto m = it.next();
                for (int g = 1; g <= period.captureCount(); ++g)
                    if (!m.captured(g).isEmpty() && m.captured(g).toInt() != meta.year) {
                        conflicts << Checks::tr("统计期限“%1”").arg(m.captured(0));
                        if (quote.isEmpty())
                            quote = sentenceAround(text, m.capturedStart(0), m.capturedEnd(0));
                    }
            }
        }
        if (conflicts.isEmpty())
            return std::nullopt;
        conflicts.removeDuplicates();
        Finding f{rule.id, rule.severity, {}, QString(),
                  Checks::tr("报告年度为 %1 年，但%2与之不符").arg(meta.year).arg(conflicts.join(u'、'))};
        f.quote = quote;
        return f;
    };
    return {in};
}

} // namespace

void registerTextTableChecks(CheckRegistry &registry)
{
    registry.add(QStringLiteral("text_quote"), textQuote);
    registry.add(QStringLiteral("text_year"), textYear);
}

} // namespace nb::report
