#pragma once
// The example office the collection tests build: a city government, two of
// its departments, a district government below it and one of the district's
// offices. Fixture names, not real agencies.
#include <QString>

namespace nb::test::office {

inline const QString kCity = QStringLiteral("示例市人民政府");
inline const QString kEducation = QStringLiteral("示例市教育局");
inline const QString kPolice = QStringLiteral("示例市公安局");
inline const QString kDistrict = QStringLiteral("示例市东区人民政府");
inline const QString kDistrictOffice = QStringLiteral("东区民政局");

} // namespace nb::test::office
