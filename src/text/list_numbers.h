// Stage "text": the number of a numbered list item as the organisation marks it — "١." (the
// default), "١-", "(١)" or "أ-" (أ- ب- ج- … in abjad order) — shared by the page layout and the
// web pages, so a list reads the same in the PDF and in the browser.
#pragma once

#include <string>
#include <string_view>

#include "data/org.h"

namespace siyasa {

// `style` is "1.", "1-", "(1)" or "أ-"; anything else is "1.". Past the 28 letters, "أ-" counts
// in digits ("٢٩.").
std::string list_number(int number, Numerals numerals, std::string_view style);

}  // namespace siyasa
