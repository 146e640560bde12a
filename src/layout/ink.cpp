// Stage "layout": ink profiles of lines (see ink.h).
#include "layout/ink.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace siyasa {

InkProfile line_ink(const FontSet& fonts, const Line& line) {
  struct Box {
    double left, right, top, bottom;
  };
  std::vector<Box> boxes;
  double lo = std::numeric_limits<double>::max(), hi = std::numeric_limits<double>::lowest();
  for (const GlyphRun& run : line.runs) {
    const double em = run.size;
    for (const PositionedGlyph& g : run.glyphs) {
      const GlyphInk ink = glyph_ink(fonts, run.face, g.glyph);
      if (ink.right <= ink.left || ink.top <= ink.bottom) continue;
      // g.y grows downwards (a mark raised by the font has a negative g.y).
      Box b{run.x + g.x + ink.left * em, run.x + g.x + ink.right * em, ink.top * em - g.y,
            ink.bottom * em - g.y};
      lo = std::min(lo, b.left);
      hi = std::max(hi, b.right);
      boxes.push_back(b);
    }
  }
  InkProfile p;
  if (boxes.empty()) return p;
  p.first = static_cast<int>(std::floor(lo / kInkStrip));
  const int last = static_cast<int>(std::floor(hi / kInkStrip));
  const double none = std::numeric_limits<double>::lowest();
  p.above.assign(static_cast<std::size_t>(last - p.first + 1), none);
  p.below.assign(p.above.size(), none);
  for (const Box& b : boxes) {
    const int from = static_cast<int>(std::floor(b.left / kInkStrip)) - p.first;
    const int to = static_cast<int>(std::floor(b.right / kInkStrip)) - p.first;
    for (int s = from; s <= to; ++s) {
      p.above[s] = std::max(p.above[s], b.top);
      p.below[s] = std::max(p.below[s], -b.bottom);
    }
  }
  return p;
}

double ink_distance(const InkProfile& upper, const InkProfile& lower) {
  double needed = 0;
  const int from = std::max(upper.first, lower.first);
  const int to = std::min(upper.first + static_cast<int>(upper.above.size()),
                          lower.first + static_cast<int>(lower.above.size()));
  const double none = std::numeric_limits<double>::lowest();
  for (int s = from; s < to; ++s) {
    const double below = upper.below[s - upper.first], above = lower.above[s - lower.first];
    if (below == none || above == none) continue;
    needed = std::max(needed, below + above);
  }
  return needed;
}

}  // namespace siyasa
