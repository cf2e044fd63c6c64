#pragma once
// Comparing labels as published reports print them with the labels of the
// definition. Published copies differ in width of brackets and colons, stray
// spaces, "1、" for "1.", Kangxi radicals from PDF extraction and dropped
// characters; both sides are normalised the same way and then compared by
// their longest common subsequence, so a variant is recognised without a list
// of every misprint.
#include <QString>

namespace nb::report::labels {

// NFKC (full-width → ASCII punctuation and digits, Kangxi radicals → ideographs),
// no whitespace at all, "1、" → "1.".
QString normalize(const QString &text);
// Kangxi radicals (U+2F00–U+2FD5) and the CJK radical supplements that stand for a
// whole ideograph (⺠ → 民, ⻓ → 长 …) replaced by that ideograph: PDF text layers
// written by Qt carry them where the page shows the ideograph. Nothing else changes.
QString ideographsForRadicals(QString text);
// Length of the longest common subsequence of two (normalised) strings.
int commonLength(const QString &a, const QString &b);
// 2·LCS / (|a| + |b|): 1 for equal strings, 0 for nothing in common.
double similarity(const QString &a, const QString &b);
// LCS / |wanted|: how much of `wanted` can be found, in order, inside `text`.
double coverage(const QString &wanted, const QString &text);

} // namespace nb::report::labels
