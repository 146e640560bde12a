// Stage "pdf", internal: one font face as a PDF embeds it. The glyphs a document draws go in, and
// out comes a Type 0 font (Identity-H: a glyph's ID in the whole face is its code) over the face
// subset to those glyphs (font_subset.h), with widths and a ToUnicode map that gives each glyph
// the text readers should copy. HarfBuzz stays inside the stage's .cpp files.
#pragma once

#include <cstdint>
#include <deque>
#include <span>
#include <string_view>
#include <utility>
#include <vector>
#include <memory>
#include <optional>
#include <string>

#include "pdf/cluster_order.h"
#include "pdf/pdf_objects.h"
#include "text/fonts.h"

namespace siyasa {

struct FontProgram;  // the face file, opened once per process (font_embed.cpp)

class EmbeddedFont {
 public:
  // nullptr with `error` set when the file cannot be read as a font.
  static std::unique_ptr<EmbeddedFont> open(const FaceFile& file, std::string& error);

  // The glyph's advance in thousandths of an em, as /W gives it to readers.
  double width(std::uint32_t glyph);

  // An inkless glyph other than the space (hair space, thin space, ...), if the font has one;
  // its advance in thousandths of an em.
  std::optional<SpacerGlyph> spacer() const;

  // The text readers copy for the glyph (its ToUnicode entry), fixed at its first use in the
  // document: the cluster's text when the glyph is a cluster by itself; the rest of the
  // cluster's text when the other glyphs of its cluster account for their own characters;
  // nothing for a spacer or a tatweel the font adds inside a letter; otherwise the character the
  // font's cmap gives the glyph.
  // `glyphs` are all the glyphs drawn for the cluster's `text`.
  const std::u32string& glyph_text(std::uint32_t glyph, std::string_view text,
                                   std::span<const PlacedGlyph> glyphs);

  // Writes the font (Type 0 font, CID font, descriptor, subset font file, ToUnicode) as object
  // `font_id` and the objects it needs. An empty string, or what went wrong.
  std::string write(PdfObjects& pdf, int font_id) const;

  ~EmbeddedFont();

 private:
  explicit EmbeddedFont(FontProgram& program);
  // The character the font's cmap maps to this glyph (presentation forms aside), if any.
  std::optional<char32_t> own_character(std::uint32_t glyph) const;
  bool is_inserted(std::uint32_t glyph) const;  // a spacer, or a tatweel glyph

  FontProgram& program_;
  // Each drawn glyph's copy-out text: used_[slot_[glyph]] (slot -1: not drawn yet).
  std::vector<std::int32_t> slot_;
  std::deque<std::pair<std::uint32_t, std::u32string>> used_;  // (references stay valid)
  std::vector<double> widths_;  // by glyph, filled as glyphs are drawn (-1: not yet)
};

}  // namespace siyasa
