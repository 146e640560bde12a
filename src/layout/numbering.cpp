#include "layout/numbering.h"

#include "text/list_numbers.h"

#include <array>

namespace siyasa {
namespace {

// U+0660 ARABIC-INDIC DIGIT ZERO … U+0669, as UTF-8.
std::string arabic_indic_digit(char ascii) {
  const unsigned code = 0x0660 + static_cast<unsigned>(ascii - '0');
  std::string out;
  out += static_cast<char>(0xC0 | (code >> 6));
  out += static_cast<char>(0x80 | (code & 0x3F));
  return out;
}

}  // namespace

std::string localize_digits(const std::string& text, Numerals numerals) {
  if (numerals == Numerals::latn) return text;
  std::string out;
  out.reserve(text.size() * 2);
  for (char c : text) {
    if (c >= '0' && c <= '9') out += arabic_indic_digit(c);
    else out += c;
  }
  return out;
}

std::string format_number(long long value, Numerals numerals) {
  return localize_digits(std::to_string(value), numerals);
}

std::string list_marker(bool ordered, int number, int depth, Numerals numerals, const std::string& style) {
  if (!ordered) return depth == 0 ? "•" : "–";
  return list_number(number, numerals, style);
}

std::string article_label(int number, Numerals numerals) {
  return "المادة (" + format_number(number, numerals) + ")";
}

std::string booklet_ordinal(int number, Numerals numerals) {
  static const std::array<const char*, 20> kOrdinals = {
      "أولاً",        "ثانياً",        "ثالثاً",         "رابعاً",         "خامساً",
      "سادساً",       "سابعاً",        "ثامناً",         "تاسعاً",         "عاشراً",
      "حادي عشر",    "ثاني عشر",     "ثالث عشر",      "رابع عشر",      "خامس عشر",
      "سادس عشر",    "سابع عشر",     "ثامن عشر",      "تاسع عشر",      "العشرون"};
  if (number >= 1 && number <= static_cast<int>(kOrdinals.size())) return kOrdinals[number - 1];
  return format_number(number, numerals);
}

std::string page_label(int page, int pages, Numerals numerals) {
  return "صفحة " + format_number(page, numerals) + " من " + format_number(pages, numerals);
}

}  // namespace siyasa
