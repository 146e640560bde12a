// Stage "pdf", internal: turns a GlyphRun into what cairo_show_text_glyphs takes — glyphs in the
// order cairo will write them, and clusters in logical order (backward for RTL runs) — so that
// PDF readers copy out the logical text with words whole.
//
// cairo writes the glyphs of each cluster one after another, last glyph first in a backward
// cluster. Readers such as poppler place a character from where its first glyph starts to where
// its last glyph ends (font advance), and read a gap of more than ~0.03 em between characters as
// a space. So every cluster's glyphs are ordered left to right as written, and when kerning,
// mark offsets or several glyphs would leave the character's box short of the pen span the
// cluster really occupies, invisible spacer glyphs are added at its edges (cairo then writes the
// cluster as /ActualText, which readers take as the cluster's one text).
//
// A space or punctuation at either end of an RTL run borders another run, often digits or
// Latin. poppler reorders each line by itself and counts every character that is not
// right-to-left into the neighbouring left-to-right stretch, which moves such a space or bracket
// to the wrong side of the number ("رقم ( )١٦١وتاريخ"). Such a cluster therefore gets, on the
// side facing the neighbour, a spacer whose text is RIGHT-TO-LEFT MARK (poppler takes it from
// ActualText and keeps the neutral in place; readers that copy glyph by glyph see a WORD JOINER).
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
  std::uint32_t glyph = 0;  // a glyph without ink (the font's space)
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
