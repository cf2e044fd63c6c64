#pragma once
// A report (or aggregate) against the previous year's (contract §9): every
// cell of the table sections with last year, this year, the change and the
// change in per cent, the largest changes first; and how alike each text
// section is to last year's. Reviewers use it to spot figures that jumped and
// texts that were copied.
#include "core/report/definition.h"
#include "core/report/report.h"
#include "core/report/result.h"

#include <optional>

namespace nb::collection {

struct CellChange {
    QString key;
    QString section; // heading of the section: 三、收到和处理政府信息公开申请情况
    QString name;    // 本年新收（自然人）
    report::Decimal previous;
    report::Decimal current;
    report::Decimal change;
    std::optional<double> percent; // none when last year's figure is 0
};

struct TextChange {
    QString section;
    QString heading;
    std::optional<double> similarity; // 0 … 1; none when either text is empty
    bool copied = false;              // as alike as X-TEXT-COPY calls copied
};

struct Comparison {
    QString agency;
    int year = 0;
    int previousYear = 0;
    QList<CellChange> cells; // largest change first
    QList<TextChange> texts; // in the definition's order
    int changedCells() const;
};

Comparison compare(const report::Report &current, const report::Report &previous, const report::Definition &def);

// Whether `previous` is what `current` is compared with: the same agency's
// report (two aggregates of one node have the same name, <node>（汇总）) of the
// year before. "collection.compare" with a message naming what is wrong.
Status comparable(const report::Report &current, const report::Report &previous);

// "+12.5%", "−3.0%", "新增" (from 0), "—" (0 to 0)
QString percentText(const CellChange &change);
// "+12", "−3", "0"
QString changeText(const CellChange &change);

} // namespace nb::collection
