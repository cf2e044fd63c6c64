#pragma once
#include <QString>

namespace nb::report {

// How alike two texts are, 0 … 1: the Dice coefficient of their character
// bigrams after dropping white space, punctuation and digits — so last year's
// text with only the year changed still counts as the same text.
double textSimilarity(const QString &a, const QString &b);

} // namespace nb::report
