#include "core/collection/collection_text.h"

namespace nb::collection {

QString CollectionText::status(report::CollectionStatus status)
{
    switch (status) {
    case report::CollectionStatus::Missing:
        return tr("未开始");
    case report::CollectionStatus::Draft:
        return tr("草稿");
    case report::CollectionStatus::Final:
        return tr("已定稿");
    case report::CollectionStatus::Submitted:
        return tr("已报送");
    case report::CollectionStatus::Returned:
        return tr("已退回");
    }
    return QString();
}

} // namespace nb::collection
