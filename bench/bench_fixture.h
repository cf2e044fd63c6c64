#pragma once
#include "core/report/report.h"

#include <QByteArray>

namespace nb::bench {
// The full, rule-abiding fixture report of the test suite (tests/data/full-2023.nianbao.json).
QByteArray fullPackageJson();
report::Report fullReport();
} // namespace nb::bench
