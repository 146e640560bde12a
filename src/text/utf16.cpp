// Stage "text": UTF-8 ↔ UTF-16 offsets (see utf16.h).
#include "text/utf16.h"

namespace siyasa {

char32_t next_codepoint(std::string_view text, std::size_t& i) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  unsigned char b0 = byte(i);
  int length = b0 < 0x80 ? 1 : (b0 >> 5) == 0x6 ? 2 : (b0 >> 4) == 0xE ? 3 : (b0 >> 3) == 0x1E ? 4 : 0;
  if (length == 0 || i + length > text.size()) {
    ++i;
    return U'\uFFFD';
  }
  char32_t cp = length == 1 ? b0 : b0 & (0x7F >> length);
  for (int k = 1; k < length; ++k) {
    unsigned char b = byte(i + k);
    if ((b & 0xC0) != 0x80) {
      ++i;
      return U'\uFFFD';
    }
    cp = (cp << 6) | (b & 0x3F);
  }
  i += length;
  return cp;
}

Utf16Text to_utf16(std::string_view text) {
  Utf16Text out;
  out.units.reserve(text.size());
  out.byte_of_unit.reserve(text.size() + 1);
  out.unit_of_byte.assign(text.size() + 1, 0);
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t start = i;
    char32_t cp = next_codepoint(text, i);
    for (std::size_t k = start; k < i; ++k) out.unit_of_byte[k] = out.units.size();
    if (cp >= 0x10000) {
      cp -= 0x10000;
      out.units.push_back(static_cast<char16_t>(0xD800 + (cp >> 10)));
      out.units.push_back(static_cast<char16_t>(0xDC00 + (cp & 0x3FF)));
      out.byte_of_unit.push_back(start);
      out.byte_of_unit.push_back(start);
    } else {
      out.units.push_back(static_cast<char16_t>(cp));
      out.byte_of_unit.push_back(start);
    }
  }
  out.byte_of_unit.push_back(text.size());
  out.unit_of_byte[text.size()] = out.units.size();
  return out;
}

}  // namespace siyasa
