// Stage "text": shapes one item with HarfBuzz.
// The text around the item (context) + its byte range, face, direction and script in; glyphs in
// visual order (left to right) out, in font units, each with the byte offset of the first
// character of its cluster (clusters merged to whole graphemes, so marks share their base's).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "text/fonts.h"

namespace siyasa {

struct ShapedGlyph {
  std::uint32_t glyph = 0;
  std::int32_t advance = 0;          // font units
  std::int32_t x_offset = 0, y_offset = 0;  // font units, y up (as HarfBuzz gives it)
  std::uint32_t cluster = 0;         // byte offset into the context text
  bool unsafe_to_break = false;      // breaking the text before this cluster changes shaping
  bool safe_for_tatweel = false;     // a U+0640 may be inserted before this cluster
};

struct ShapeInput {
  std::string_view context;          // the text the item sits in (for joining across items)
  std::size_t start = 0, end = 0;    // the item: byte range in `context`
  FaceId face = 0;
  bool rtl = false;
  std::string_view script = "Zyyy";  // ISO 15924
  bool tatweel_flags = false;        // ask HarfBuzz where tatweel may go
};

std::vector<ShapedGlyph> shape_text(const FontSet& fonts, const ShapeInput& input);

// The glyph HarfBuzz would use for U+0640 ARABIC TATWEEL in an isolated run, with its advance
// in font units (0 advance when the face has no tatweel).
ShapedGlyph tatweel_glyph(const FontSet& fonts, FaceId face);

}  // namespace siyasa
