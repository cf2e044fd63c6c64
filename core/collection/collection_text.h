#pragma once
// The words the collection shows people: status names and column headings,
// in one translation context so that the board, its exports and the command
// line say the same.
#include "core/report/report.h"

#include <QCoreApplication>

namespace nb::collection {

class CollectionText {
    Q_DECLARE_TR_FUNCTIONS(CollectionText)
public:
    // 未开始 / 草稿 / 已定稿 / 已报送 / 已退回
    static QString status(report::CollectionStatus status);
};

} // namespace nb::collection
