// Stage "pdf", internal: turns a GlyphRun into the clusters the PDF writer writes, in the order it
// writes them, each with its text and its glyphs, so that PDF readers copy out the logical text
// with words whole.
//
// Readers are of two kinds:
// - MuPDF copies glyph by glyph in drawing order, each glyph's ToUnicode entry, and ignores
//   /ActualText.
// - poppler places each character in a box from where its first glyph starts to where its last
//   glyph ends (font advance), reads a gap of more than ~0.03 em between boxes as a space, and
//   reorders each line by itself; it takes /ActualText when a cluster has it.
// So: clusters are written in logical order and every cluster's glyphs left to right; when
// kerning, mark offsets or several glyphs leave a character's box short of the pen span its
// cluster occupies, invisible spacer glyphs are added at its edges (the writer then gives the
// cluster /ActualText). A letter and one mark drawn as two glyphs become two clusters, letter
// first.
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
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "layout/paragraph.h"

namespace siyasa {

struct SpacerGlyph {
  std::uint32_t glyph = 0;  // a glyph without ink (hair space, thin space, …)
  double advance = 0;       // its font advance at the run's size, pt
};

struct PlacedGlyph {
  std::uint32_t index = 0;
  double x = 0, y = 0;  // on the page, pt from the top-left corner
};

// Text a reader should copy, and the glyphs drawn for it (left to right).
struct WrittenCluster {
  std::string_view text;         // a piece of the run's text, or a mark's
  std::uint32_t first = 0, count = 0;  // its glyphs in ArrangedRun::glyphs
};

struct ArrangedRun {
  std::vector<PlacedGlyph> glyphs;       // in the order they are written
  std::vector<WrittenCluster> clusters;  // in logical order
  std::span<const PlacedGlyph> glyphs_of(const WrittenCluster& cluster) const {
    return {glyphs.data() + cluster.first, cluster.count};
  }
};

struct ArrangeOptions {
  // The advance the font itself gives a glyph at the run's size (what readers see in /Widths).
  std::function<double(std::uint32_t)> font_advance;
  std::optional<SpacerGlyph> spacer;
};

// The run's clusters in the order they are written (logical order); `origin_x`, `baseline`:
// where the run's origin lands on the page. The clusters' texts point into `run.text`.
ArrangedRun arrange_run(const GlyphRun& run, double origin_x, double baseline,
                        const ArrangeOptions& options);

}  // namespace siyasa
