// Stage "layout", paragraph step 3: one line's visual order. ubidi_setLine (through
// BidiParagraph::reorder_line) gives the visual runs; each run is cut into pieces where items
// change, reusing the paragraph's shaped glyphs where HarfBuzz says the cut is safe and
// reshaping the piece where it is not.
#include <algorithm>
#include <limits>

#include "layout/paragraph_parts.h"
#include "text/utf16.h"

namespace siyasa {

namespace {

// Whether the item's glyphs can be cut just before byte `at` without reshaping.
bool safe_cut(const PreparedItem& item, std::size_t at) {
  if (at <= item.item.start || at >= item.item.end) return true;
  bool found = false;
  for (const ShapedGlyph& g : item.glyphs) {
    if (g.cluster != at) continue;
    if (g.unsafe_to_break) return false;
    found = true;
  }
  return found;  // no glyph starts there: `at` is inside a cluster
}

PieceGlyph to_piece_glyph(const ShapedGlyph& g, double scale, std::uint32_t cluster) {
  return {g.glyph, g.advance * scale, g.x_offset * scale, g.y_offset * scale, cluster,
          g.safe_for_tatweel};
}

std::vector<PieceGlyph> slice_glyphs(const PreparedItem& item, std::size_t start,
                                     std::size_t end) {
  std::vector<PieceGlyph> out;
  for (const ShapedGlyph& g : item.glyphs)
    if (g.cluster >= start && g.cluster < end) out.push_back(to_piece_glyph(g, item.scale, g.cluster));
  return out;
}

// Zero advance for trailing whitespace (it hangs past the line's end); a control character
// there (a hard line break) shows as an empty space glyph rather than .notdef.
void hang_trailing_space(const FontSet& fonts, const Prepared& p, LinePiece& piece,
                         std::size_t trim) {
  for (PieceGlyph& g : piece.glyphs) {
    if (g.cluster < trim) continue;
    g.advance = 0;
    g.x_offset = 0;
    if (p.text[g.cluster] != ' ') {
      static constexpr std::string_view kSpace = " ";
      std::vector<ShapedGlyph> space =
          shape_text(fonts, {kSpace, 0, 1, p.items[piece.item].item.face, false, "Zyyy", false});
      if (!space.empty()) g.glyph = space[0].glyph;
    }
  }
}

}  // namespace

double LinePiece::width() const {
  double w = 0;
  for (const PieceGlyph& g : glyphs) w += g.advance;
  return w;
}

std::vector<PieceGlyph> reshape_piece(const FontSet& fonts, const Prepared& p,
                                      const LinePiece& piece, std::size_t line_start,
                                      std::size_t line_end,
                                      const std::vector<std::pair<std::size_t, int>>& tatweels) {
  static constexpr std::string_view kTatweel = "\u0640";
  const PreparedItem& item = p.items[piece.item];
  std::string context = p.text.substr(line_start, piece.start - line_start);
  const std::size_t prefix = context.size();
  std::vector<std::size_t> original;  // paragraph offset of each byte of the modified piece
  auto t = tatweels.begin();
  for (std::size_t b = piece.start; b < piece.end; ++b) {
    for (; t != tatweels.end() && t->first == b; ++t) {
      for (int k = 0; k < t->second; ++k) {
        context += kTatweel;
        // An inserted tatweel belongs to the letter it leads into: fonts such as Amiri fuse it
        // with a final alef into one glyph, which must keep the alef's cluster, or the letter
        // before would hold two characters and PDF readers would copy them out reversed.
        original.insert(original.end(), kTatweel.size(), b);
      }
    }
    context += p.text[b];
    original.push_back(b);
  }
  const std::size_t piece_end = context.size();
  context += p.text.substr(piece.end, line_end - piece.end);

  std::vector<ShapedGlyph> shaped =
      shape_text(fonts, {context, prefix, piece_end, item.item.face, piece.rtl, item.item.script,
                         p.tatweel_flags && item.item.script == "Arab"});
  // Map clusters back to the paragraph's text; an inserted tatweel maps to the letter after it,
  // so it never adds text and the clusters stay contiguous.
  std::vector<PieceGlyph> out(shaped.size());
  for (std::size_t i = 0; i < shaped.size(); ++i) {
    const std::size_t mapped = original.at(shaped[i].cluster - prefix);
    out[i] = to_piece_glyph(shaped[i], item.scale, static_cast<std::uint32_t>(mapped));
  }
  return out;
}

std::vector<LinePiece> build_line_pieces(const FontSet& fonts, const Prepared& p,
                                         std::size_t start, std::size_t end) {
  std::vector<LinePiece> pieces;
  const std::size_t trim = trim_trailing_space(p.text, start, end);
  for (const VisualRun& run : p.bidi->reorder_line(start, end)) {
    std::vector<LinePiece> in_run;
    for (std::size_t k = 0; k < p.items.size(); ++k) {
      const ShapingItem& it = p.items[k].item;
      if (it.end <= run.start || it.start >= run.end) continue;
      LinePiece piece{k, std::max(it.start, run.start), std::min(it.end, run.end), run.rtl, {}};
      const bool whole = piece.start == it.start && piece.end == it.end;
      if (run.rtl == it.rtl() &&
          (whole || (safe_cut(p.items[k], piece.start) && safe_cut(p.items[k], piece.end)))) {
        piece.glyphs = slice_glyphs(p.items[k], piece.start, piece.end);
      } else {
        piece.glyphs = reshape_piece(fonts, p, piece, start, end, {});
      }
      hang_trailing_space(fonts, p, piece, trim);
      in_run.push_back(std::move(piece));
    }
    if (run.rtl) std::reverse(in_run.begin(), in_run.end());
    for (LinePiece& piece : in_run) pieces.push_back(std::move(piece));
  }
  return pieces;
}

}  // namespace siyasa
