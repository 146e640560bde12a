// Stage "text": splits a paragraph into items that can each be shaped in one go.
// UTF-8 text + bidi levels + which face each styled span prefers in; items out (logical order),
// each with one bidi level, one script and one face. A character the preferred face lacks goes
// to the span's fallback face; combining marks stay with their base's face and script.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/fonts.h"

namespace siyasa {

struct SpanFaces {
  std::size_t start = 0, end = 0;  // byte range of a styled span
  FaceId primary = 0;              // e.g. the body face
  FaceId fallback = 0;             // e.g. the Latin face
};

struct ShapingItem {
  std::size_t start = 0, end = 0;  // byte range in the paragraph text
  int level = 0;                   // bidi embedding level; odd = right to left
  std::string script;              // ISO 15924, e.g. "Arab", "Latn", "Zyyy" when only common
  FaceId face = 0;
  std::size_t span = 0;            // index of the styled span
  bool rtl() const { return level & 1; }
};

std::vector<ShapingItem> itemize(std::string_view text, const std::vector<std::uint8_t>& levels,
                                 const FontSet& fonts, const std::vector<SpanFaces>& spans);

}  // namespace siyasa
