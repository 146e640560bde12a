// Stage "layout", numbering part: the numbers and labels a page shows that the policy text does
// not contain — list markers, article labels, booklet ordinals, page labels — in the
// organisation's digits (Arabic-Indic ٠١٢… or Western 012…). Identifiers are never passed here.
#pragma once

#include <string>

#include "data/org.h"

namespace siyasa {

// "١٢" or "12".
std::string format_number(long long value, Numerals numerals);

// Every ASCII digit of `text` written in the organisation's digits; other characters unchanged.
std::string localize_digits(const std::string& text, Numerals numerals);

// "١." for a numbered list item, "•" / "–" for a bullet at nesting depth 0 / 1+. `style` is how
// the organisation numbers lists: "1." (default), "1-", "(1)" or "أ-" (أ- ب- ج- … in abjad order).
std::string list_marker(bool ordered, int number, int depth, Numerals numerals, const std::string& style = "1.");

// "المادة (٣)".
std::string article_label(int number, Numerals numerals);

// "أولاً", "ثانياً", … "العشرون"; past twenty, the number in the organisation's digits.
std::string booklet_ordinal(int number, Numerals numerals);

// "صفحة ٢ من ٤".
std::string page_label(int page, int pages, Numerals numerals);

}  // namespace siyasa
