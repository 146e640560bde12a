// Stage "pdf", internal: turns a GlyphRun into what cairo_show_text_glyphs takes — glyphs in the
// order cairo will write them, and clusters in logical order (backward for RTL runs) — so that
// PDF readers copy out the logical text with words whole.
//
// cairo writes the glyphs of each cluster one after another (last glyph first in a backward
// cluster). Readers are of two kinds:
// - MuPDF copies glyph by glyph in drawing order, each glyph's ToUnicode entry (fixed by the
//   first cluster that glyph is drawn in), and ignores /ActualText.
// - poppler places each character in a box from where its first glyph starts to where its last
//   glyph ends (font advance), reads a gap of more than ~0.03 em between boxes as a space, and
//   reorders each line by itself; it takes /ActualText when a cluster has it.
// So: every cluster's glyphs are written left to right; when kerning, mark offsets or several
// glyphs leave a character's box short of the pen span its cluster occupies, invisible spacer
// glyphs (whose own text is WORD JOINER, see draw_page.cpp) are added at its edges, and cairo
// writes the cluster as /ActualText. A letter and one mark drawn as two glyphs become two
// clusters, letter first; a tatweel the font adds inside a letter's cluster becomes a WORD
// JOINER cluster the first time it is drawn, so it never copies out as U+FFFD.
//
// A space or punctuation at either end of an RTL run borders another run, often digits or
// Latin. poppler counts every character that is not right-to-left into the neighbouring
// left-to-right stretch, which moves such a space or bracket to the wrong side of the number
// ("رقم ( )١٦١وتاريخ"). Such a cluster is therefore written between two narrow spacer clusters
// whose text is RIGHT-TO-LEFT MARK.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <cairo.h>

#include "layout/paragraph.h"

namespace siyasa {

struct SpacerGlyph {
  std::uint32_t glyph = 0;  // a glyph without ink (hair space, thin space, …)
  double advance = 0;       // its font advance at the run's size, pt
};

struct CairoRun {
  std::string text;  // the run's text, as cairo's clusters cover it
  std::vector<cairo_glyph_t> glyphs;
  std::vector<cairo_text_cluster_t> clusters;
  cairo_text_cluster_flags_t flags = cairo_text_cluster_flags_t(0);
};

struct ArrangeOptions {
  // The advance the font itself gives a glyph at the run's size (what readers see in /Widths).
  std::function<double(std::uint32_t)> font_advance;
  std::optional<SpacerGlyph> spacer;
  // Asked for the glyphs of a one-character cluster drawn with several: true when this glyph
  // (a tatweel Amiri adds inside "لك") should now be written as its own WORD JOINER cluster,
  // which fixes its copy-out text once for the document. Empty: never.
  std::function<bool(std::uint32_t)> claim_extra_glyph;
};

// `origin_x`, `baseline`: where the run's origin lands on the page.
CairoRun arrange_run(const GlyphRun& run, double origin_x, double baseline,
                     const ArrangeOptions& options);

}  // namespace siyasa
