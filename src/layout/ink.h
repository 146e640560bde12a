// Stage "layout": where a line's glyphs put ink above and below its baseline, strip by strip
// across the measure, so that lines are spaced to keep one line's vowel marks clear of the
// descenders of the line above (within a paragraph, layout_paragraph; between the stacked
// lines of the letterhead and footer, letterhead.cpp).
#pragma once

#include <vector>

#include "layout/paragraph.h"
#include "text/fonts.h"

namespace siyasa {

inline constexpr double kInkStrip = 1.5;      // width of one strip, pt
// The least gap kept between the inks of two lines, as a fraction of the lower line's size:
// within a paragraph, enough that marks never touch the line above; between the small stacked
// lines of the letterhead and footer, a gap that still shows at screen resolution.
inline constexpr double kInkClearance = 0.06;
inline constexpr double kFurnitureInkClearance = 0.25;

struct InkProfile {
  int first = 0;               // index of the first strip: floor(x / kInkStrip)
  std::vector<double> above;   // per strip: how far the ink reaches above the baseline, pt
  std::vector<double> below;   // per strip: how far it reaches below (positive down), pt
};

InkProfile line_ink(const FontSet& fonts, const Line& line);

// The least distance between the baselines of `upper` and `lower` (both measured from the same
// left edge) at which no ink of the two touches; 0 when their ink never shares a strip.
double ink_distance(const InkProfile& upper, const InkProfile& lower);

}  // namespace siyasa
