// Stage "text": digit conversion by a fixed map (see numerals.h). A table of ten digits is all
// the numbering systems `arab` and `latn` are, so no locale can change the result.
#include "text/numerals.h"

#include "text/utf16.h"

namespace siyasa {

namespace {

void append_digit(std::string& out, int digit, Numerals numerals) {
  if (numerals == Numerals::latn) {
    out += static_cast<char>('0' + digit);
  } else {  // U+0660 + digit, as UTF-8: D9 A0 … D9 A9
    out += '\xD9';
    out += static_cast<char>(0xA0 + digit);
  }
}

int digit_value(char32_t c) {
  if (c >= U'0' && c <= U'9') return static_cast<int>(c - U'0');
  if (c >= 0x0660 && c <= 0x0669) return static_cast<int>(c - 0x0660);
  if (c >= 0x06F0 && c <= 0x06F9) return static_cast<int>(c - 0x06F0);
  return -1;
}

}  // namespace

std::string format_number(std::int64_t value, Numerals numerals) {
  std::string out;
  std::uint64_t magnitude = value < 0 ? 0 - static_cast<std::uint64_t>(value)
                                      : static_cast<std::uint64_t>(value);
  if (value < 0) out += '-';
  std::string digits = std::to_string(magnitude);
  for (char d : digits) append_digit(out, d - '0', numerals);
  return out;
}

std::string convert_digits(std::string_view text, Numerals numerals) {
  std::string out;
  out.reserve(text.size() * 2);
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t start = i;
    int digit = digit_value(next_codepoint(text, i));
    if (digit >= 0) {
      append_digit(out, digit, numerals);
    } else {
      out.append(text.substr(start, i - start));
    }
  }
  return out;
}

}  // namespace siyasa
