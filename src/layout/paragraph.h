// Stage "layout", paragraph part: styled spans in logical order + a measure in, lines of
// positioned glyph runs out (itemize → bidi → shape → break → justify → reorder each line).
// Every glyph keeps its cluster, so renderers can map glyphs back to the logical text.
// No cairo or PDF knowledge here; units are PostScript points, y grows downwards.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/deadline.h"
#include "core/diagnostic.h"
#include "text/fonts.h"

namespace siyasa {

struct TextStyle {
  FontRole role = FontRole::body;
  double size = 12;          // pt
  bool bold = false;
  std::string link;          // URL or "#anchor"; empty when not a link
};

// Running text of `size`, regular or bold.
inline TextStyle body_style(double size) {
  TextStyle s;
  s.size = size;
  return s;
}
inline TextStyle bold_style(double size) {
  TextStyle s = body_style(size);
  s.role = FontRole::body_bold;
  s.bold = true;
  return s;
}

struct StyledText {
  std::string text;          // UTF-8, logical order
  TextStyle style;
};

enum class Align { start, end, center, justify };       // start = right in an RTL paragraph
enum class BaseDirection { rtl, ltr, automatic };

struct ParagraphSpec {
  std::vector<StyledText> spans;
  double width = 0;                     // the measure, pt
  Align align = Align::justify;
  bool kashida = false;                 // justify with tatweel where HarfBuzz marks it safe
  BaseDirection direction = BaseDirection::rtl;
  double line_height = 1.5;             // baseline-to-baseline distance as a multiple of size
  bool total_fit = true;                // justified text: Knuth–Plass breaking (false: greedy)
};

struct PositionedGlyph {
  std::uint32_t glyph = 0;   // glyph id in the run's face
  double x = 0, y = 0;       // pen position + offset, relative to the run's origin (pt)
  double advance = 0;
  std::uint32_t cluster = 0; // byte offset into GlyphRun::text of the first character it shows
  // Glyphs with the same cluster are adjacent; a cluster spans the bytes up to the next larger
  // cluster value in the run (or the end of the text). Tatweels inserted for kashida belong to
  // the cluster of the letter they extend, so they add no text.
};

struct GlyphRun {
  FaceId face = 0;
  double size = 12;
  bool rtl = true;
  double x = 0;              // left edge of the run, relative to the line's left edge (pt);
                             // the line's left edge is the measure's left edge: alignment is
                             // already applied (an RTL start-aligned line ends at x = width)
  double width = 0;
  std::string text;          // the characters this run shows, logical order
  std::size_t text_offset = 0;  // where `text` starts in ParagraphLayout::text
  std::vector<PositionedGlyph> glyphs;  // visual order, left to right
  std::string link;
  // Whitespace at the end of a line stays in its run (so copied text keeps its spaces) with
  // zero advance; a hard line break character there shows as an empty space glyph.
};

struct Line {
  std::vector<GlyphRun> runs;   // visual order, left to right
  double width = 0;             // natural or justified width of the content
  double ascent = 0, descent = 0;  // the fonts'; ascent grows by the room made for marks that
                                   // would touch the line above (advance grows with it)
  double advance = 0;           // baseline to next baseline
  bool justified = false;       // stretched to the full measure (all but the last line)
};

struct ParagraphLayout {
  std::string text;             // the paragraph's whole logical text
  std::vector<Line> lines;
  double height = 0;            // sum of line advances
  Diagnostics warnings;         // e.g. a word wider than the measure (no position: the caller
                                // knows where the paragraph came from)
};

// Thread-safe: any number of threads may lay out paragraphs with the same FontSet at once.
// When `deadline` expires during the call, it returns early with some of the lines or none:
// a caller that finds the deadline expired afterwards must treat the layout as cut short.
// Complete layouts are remembered for the rest of the process (paragraph_cache.h): the same
// spec with the same FontSet gives a copy of the same layout.
ParagraphLayout layout_paragraph(const FontSet& fonts, const ParagraphSpec& spec,
                                 const Deadline& deadline = {});

// Drops the remembered layouts, so that a benchmark measures laying out itself.
void forget_paragraph_layouts();

}  // namespace siyasa
