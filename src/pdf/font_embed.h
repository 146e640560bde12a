// Stage "pdf", internal: one font face as a PDF embeds it. The glyphs a document draws go in, each
// with the text readers should copy for it, and out comes a Type 0 font (Identity-H) over the
// face subset to those glyphs, with widths and a ToUnicode map by code. HarfBuzz stays inside
// this file's .cpp.
#pragma once

#include <cstdint>
#include <map>
#include <tuple>
#include <span>
#include <string_view>
#include <utility>
#include <vector>
#include <memory>
#include <optional>
#include <string>

#include "pdf/cluster_order.h"
#include "pdf/pdf_objects.h"
#include "core/diagnostic.h"
#include "text/fonts.h"

namespace siyasa {

struct FontProgram;  // the face, made once per process from the bytes the text stage read (font_embed.cpp)

class EmbeddedFont {
 public:
  // The face of `file` (its bytes, as load_fonts read them), or an error pointing at the
  // fonts.toml line that chose it when they are missing or not a font.
  static Result<std::unique_ptr<EmbeddedFont>> open(const FaceFile& file);

  // The glyph's own advance in thousandths of an em.
  double width(std::uint32_t glyph);

  // The code that shows `glyph` and copies out as `text`, and the width readers give it (/W),
  // in thousandths of an em. With `width`, a TrueType font gives the glyph that width, through
  // an alias code (the same glyph through /CIDToGIDMap, the same text, its own /W entry), so the
  // pen lands where the next glyph is without a gap a reader could take for a space; a CFF font
  // (no /CIDToGIDMap) cannot, and its codes keep the glyph's own width and first text.
  struct Code {
    std::uint16_t code = 0;
    double width = 0;
  };
  Code code(std::uint32_t glyph, std::u32string_view text, std::optional<double> width = std::nullopt);

  // The character the font's cmap maps to this glyph (presentation forms aside), if any.
  std::optional<char32_t> own_character(std::uint32_t glyph) const;
  // Whether the glyph is a tatweel (kashida), by the cmap or the glyph's name.
  bool is_tatweel(std::uint32_t glyph) const;
  // The space glyph when it draws nothing: it carries marks a letter's glyph draws.
  std::optional<std::uint32_t> inkless() const;
  // The glyph's outline as PDF path operators ("x y m ... h"), in thousandths of an em, y up;
  // empty when it has none.
  std::string outline(std::uint32_t glyph) const;

  // Writes the font (Type 0 font, CID font, descriptor, subset font file, ToUnicode) as object
  // `font_id` and the objects it needs. Nothing, or what went wrong (at the font's fonts.toml line).
  std::optional<Diagnostic> write(PdfObjects& pdf, int font_id) const;

  ~EmbeddedFont();

  struct Entry {
    std::uint32_t glyph = 0;
    double width = 0;
    std::u32string text;
  };

 private:
  EmbeddedFont(FontProgram& program, FaceFile file);

  FontProgram& program_;
  FaceFile file_;  // for errors: where fonts.toml chose it
  std::map<std::uint16_t, Entry> by_code_;
  // TrueType: (glyph, width in millionths of an em, text) -> code, codes from 1 in order of use.
  std::map<std::tuple<std::uint32_t, std::int64_t, std::u32string>, std::uint16_t> codes_;
  std::vector<double> widths_;  // by glyph, filled as glyphs are drawn (-1: not yet)
};

}  // namespace siyasa
