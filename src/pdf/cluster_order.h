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
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

#include <cairo.h>

#include "layout/paragraph.h"

namespace siyasa {

struct SpacerGlyph {
  std::uint32_t glyph = 0;  // a glyph without ink (the font's space)
  double advance = 0;       // its font advance at the run's size, pt
};

struct CairoRun {
  std::vector<cairo_glyph_t> glyphs;
  std::vector<cairo_text_cluster_t> clusters;
  cairo_text_cluster_flags_t flags = cairo_text_cluster_flags_t(0);
};

// `origin_x`, `baseline`: where the run's origin lands on the page. `font_advance(glyph)` is the
// advance the font itself gives the glyph at the run's size (what readers see in /Widths).
CairoRun arrange_run(const GlyphRun& run, double origin_x, double baseline,
                     const std::function<double(std::uint32_t)>& font_advance,
                     std::optional<SpacerGlyph> spacer);

}  // namespace siyasa
