// Stage "pdf", internal: a face cut down to the glyphs a document draws, for embedding, by
// hb-subset. TrueType glyphs are renumbered (the PDF maps codes to them through a CIDToGIDMap);
// CFF glyphs keep their IDs (a CIDFontType0 takes no CIDToGIDMap). Hinting and shaping tables are
// dropped; the name table, with the copyright and licence, is kept.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <hb.h>

namespace siyasa {

struct FontSubset {
  std::string font;  // the font file; empty when the face cannot be subset
  // TrueType: old_ids[new ID] is the glyph's ID in the whole face. Empty for CFF, whose IDs
  // are kept.
  std::vector<std::uint32_t> old_ids;
};

// `glyphs`: the IDs drawn, in increasing order (.notdef is always kept).
FontSubset subset_font(hb_face_t* face, bool cff, const std::vector<std::uint32_t>& glyphs);

}  // namespace siyasa
