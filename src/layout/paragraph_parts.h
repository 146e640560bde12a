// Stage "layout", paragraph internals shared by paragraph*.cpp, linebreak.cpp, justify.cpp and
// reorder.cpp: the paragraph after itemizing and shaping (Prepared), and a line's pieces before
// they become GlyphRuns. Not for other stages.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "layout/paragraph.h"
#include "text/bidi.h"
#include "text/breaks.h"
#include "text/itemize.h"
#include "text/shape.h"

namespace siyasa {

struct PreparedItem {
  ShapingItem item;
  double size = 12;    // pt
  double scale = 0;    // pt per font unit
  std::vector<ShapedGlyph> glyphs;  // visual order, clusters = byte offsets into Prepared::text
};

// Per-byte prefix sums, so any logical range can be measured in O(1).
struct RangeSums {
  std::vector<double> width;        // width[b] = advance of the glyphs of clusters before byte b
  std::vector<double> space_width;  // same, counting only justifiable spaces
  std::vector<int> spaces;          // number of justifiable spaces before byte b
};

struct Prepared {
  std::string text;
  std::vector<TextStyle> styles;        // one per span
  std::vector<std::size_t> span_start;  // byte where each span starts
  std::unique_ptr<BidiParagraph> bidi;
  std::vector<PreparedItem> items;      // logical order
  RangeSums sums;
  std::vector<BreakOpportunity> breaks;
  std::vector<bool> kashida_word;       // per break segment: holds a good kashida place
  bool tatweel_flags = false;
};

// Prepare: collect spans, bidi, itemize, shape (paragraph_prepare.cpp).
Prepared prepare_paragraph(const FontSet& fonts, const ParagraphSpec& spec);

// Identifiers a line never breaks inside (identifiers.cpp): byte ranges [start, end) of the
// text, in order — a word holding a Latin letter or a digit (a web address, an e-mail, an IBAN,
// "L-2020-0567", "١٥/٠٩/٢٠٢٥م"), digits grouped by spaces ("+966 13 580 0000", seven digits
// or more, or a leading "+"), a date written "١٥ / ٠٩ / ٢٠٢٥ م", and two dates joined by a
// dash ("٢٣/٠٣/١٤٤٧هـ - ١٥/٠٩/٢٠٢٥م"). keep_identifiers_whole drops the break opportunities
// inside them (mandatory breaks stay); one wider than the measure stands alone, overfull.
std::vector<std::pair<std::size_t, std::size_t>> identifier_runs(std::string_view text);
void keep_identifiers_whole(Prepared& p);

// Measure of a candidate line [start, end) (trailing whitespace excluded).
struct LineMeasure {
  double natural = 0;
  double space_width = 0;
  int spaces = 0;
};
LineMeasure measure_line(const Prepared& p, std::size_t start, std::size_t end);
std::size_t trim_trailing_space(const std::string& text, std::size_t start, std::size_t end);
bool is_justifiable_space(char32_t c);

// Line breaking (linebreak.cpp): the byte offsets where lines end, last = text.size().
// Total fit gives up (returning the greedy breaks) once `deadline` has expired.
std::vector<std::size_t> break_greedy(const Prepared& p, double measure);
std::vector<std::size_t> break_total_fit(const Prepared& p, double measure, bool kashida,
                                         double tatweel_width, const Deadline& deadline = {});
bool ends_with_mandatory_break(const Prepared& p, std::size_t line_end);

// A piece of a line: the part of one item inside one visual run, glyphs in pt.
struct PieceGlyph {
  std::uint32_t glyph = 0;
  double advance = 0, x_offset = 0, y_offset = 0;  // pt, y up
  std::uint32_t cluster = 0;  // byte offset into Prepared::text
  bool safe_for_tatweel = false;
};

struct LinePiece {
  std::size_t item = 0;          // index into Prepared::items
  std::size_t start = 0, end = 0;
  bool rtl = false;
  std::vector<PieceGlyph> glyphs;  // visual order
  double width() const;
};

// Reorder (reorder.cpp): the line's pieces in visual order, reshaped where the line cut an
// item at a place HarfBuzz marks unsafe; trailing whitespace gets zero advance.
std::vector<LinePiece> build_line_pieces(const FontSet& fonts, const Prepared& p,
                                         std::size_t start, std::size_t end);

// Reshapes `text_in_line` as one piece: glyphs with clusters into Prepared::text.
// `inserted_before` lists paragraph byte offsets where tatweels go (count each), sorted.
std::vector<PieceGlyph> reshape_piece(const FontSet& fonts, const Prepared& p,
                                      const LinePiece& piece, std::size_t line_start,
                                      std::size_t line_end,
                                      const std::vector<std::pair<std::size_t, int>>& tatweels);

// Kashida limits, shared by the breaker (to estimate stretch) and the justifier.
constexpr int kMaxTatweelsPerWord = 3;
constexpr std::size_t kWordsPerKashida = 5;  // at most one elongated word per this many (min 1)

// Justification (justify.cpp): stretch the pieces to `measure`; returns false when the line
// has nothing to stretch (then it is left unjustified).
bool justify_line(const FontSet& fonts, const Prepared& p, std::vector<LinePiece>& pieces,
                  std::size_t start, std::size_t end, double measure, bool kashida);

}  // namespace siyasa
