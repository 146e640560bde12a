// Stage "pdf", internal: a TrueType-outline font cut down to the glyphs a document draws, for
// embedding as FontFile2. The tables of the face go in; out comes a font with just those glyphs
// (plus .notdef and the components of composite glyphs), numbered from 0 in the order of their
// old IDs, without hinting. Only bytes: the caller reads the tables (font_embed.cpp).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace siyasa {

// The tables of one face that the subset is made from (empty when the face has none).
struct TrueTypeTables {
  std::string_view head, hhea, maxp, hmtx, loca, glyf, os2, post;
};

struct TrueTypeSubset {
  std::string font;                     // a complete font file (sfnt)
  std::vector<std::uint32_t> old_ids;   // old_ids[new ID] is the glyph's ID in the face
};

// nullopt when the tables are missing, truncated or inconsistent (the caller then falls back
// on another subsetter). Glyph IDs past the face's glyph count are left out.
std::optional<TrueTypeSubset> subset_truetype(const TrueTypeTables& tables,
                                              const std::vector<std::uint32_t>& glyphs);

}  // namespace siyasa
