// Stage "text": list item numbers in the organisation's style (see list_numbers.h).
#include "text/list_numbers.h"

#include <array>

#include "text/numerals.h"

namespace siyasa {

std::string list_number(int number, Numerals numerals, std::string_view style) {
  static const std::array<const char*, 28> kAbjad = {
      "أ", "ب", "ج", "د", "هـ", "و", "ز", "ح", "ط", "ي", "ك", "ل", "م", "ن",
      "س", "ع", "ف", "ص", "ق", "ر", "ش", "ت", "ث", "خ", "ذ", "ض", "ظ", "غ"};
  if (style == "أ-" && number >= 1 && number <= static_cast<int>(kAbjad.size()))
    return std::string(kAbjad[number - 1]) + "-";
  if (style == "1-") return format_number(number, numerals) + "-";
  if (style == "(1)") return "(" + format_number(number, numerals) + ")";
  return format_number(number, numerals) + ".";
}

}  // namespace siyasa
