// Stage "text", internal: a UTF-8 string's UTF-16 copy for ICU, with the byte offset of every
// UTF-16 unit, so ICU's answers (in UTF-16 units) come back as byte offsets into the UTF-8 text.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace siyasa {

struct Utf16Text {
  std::u16string units;
  std::vector<std::size_t> byte_of_unit;  // units.size() + 1 entries; the last is the text size
  std::vector<std::size_t> unit_of_byte;  // text.size() + 1 entries (continuation bytes: their char)
};

// Invalid UTF-8 bytes become U+FFFD, one per byte, so offsets stay exact.
Utf16Text to_utf16(std::string_view text);

// Decodes the code point starting at byte `i` and advances `i` past it (U+FFFD for a bad byte).
char32_t next_codepoint(std::string_view text, std::size_t& i);

}  // namespace siyasa
