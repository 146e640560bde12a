// Stage "layout", paragraph step 2: choose where lines end among ICU's break opportunities.
// Greedy (first fit) for ragged text and as the fallback; total fit (Knuth–Plass without
// fitness classes) for justified text, which keeps every line close to its natural spacing.
#include <algorithm>
#include <cmath>
#include <limits>

#include "layout/paragraph_parts.h"

namespace siyasa {

namespace {

constexpr double kEpsilon = 1e-6;
constexpr double kSpaceStretch = 1.0;   // a justified space may grow to twice its width …
constexpr double kSpaceShrink = 0.2;    // … or shrink by a fifth
constexpr double kLinePenalty = 10;
constexpr double kOverfull = 1e12;      // a word wider than the measure, alone on its line
constexpr double kRigid = 1e6;          // badness of a short line with nothing to stretch
constexpr std::size_t kBreaksPerDeadlineCheck = 64;  // the clock costs ~20 ns; a step, far more

// TeX's badness, not capped at 10000: a very loose line must cost more than two loose ones.
double badness(double ratio) {
  if (!std::isfinite(ratio)) return kRigid;
  return std::min(kRigid, 100 * std::pow(std::abs(ratio), 3));
}

}  // namespace

bool ends_with_mandatory_break(const Prepared& p, std::size_t line_end) {
  auto it = std::lower_bound(
      p.breaks.begin(), p.breaks.end(), line_end,
      [](const BreakOpportunity& b, std::size_t offset) { return b.offset < offset; });
  return it != p.breaks.end() && it->offset == line_end && it->mandatory &&
         line_end != p.text.size();
}

std::vector<std::size_t> break_greedy(const Prepared& p, double measure) {
  std::vector<std::size_t> ends;
  std::size_t start = 0;
  std::size_t fit = 0;  // best end so far for the current line; 0 = none yet
  for (std::size_t k = 0; k < p.breaks.size();) {
    const BreakOpportunity& b = p.breaks[k];
    if (measure_line(p, start, b.offset).natural <= measure + kEpsilon || fit == 0) {
      fit = b.offset;
      ++k;
      if (b.mandatory || b.offset == p.text.size() ||
          measure_line(p, start, b.offset).natural > measure + kEpsilon) {
        ends.push_back(fit);  // a mandatory break, the end, or an overfull word
        start = fit;
        fit = 0;
      }
      continue;
    }
    ends.push_back(fit);  // this opportunity does not fit: end the line at the last one that did
    start = fit;
    fit = 0;
  }
  if (ends.empty() || ends.back() != p.text.size()) ends.push_back(p.text.size());
  return ends;
}

std::vector<std::size_t> break_total_fit(const Prepared& p, double measure, bool kashida,
                                         double tatweel_width, const Deadline& deadline) {
  const std::size_t m = p.breaks.size();
  if (m == 0) return {p.text.size()};
  std::vector<int> kashida_before(m + 1, 0);  // prefix count of segments with a kashida place
  for (std::size_t k = 0; k < m; ++k)
    kashida_before[k + 1] = kashida_before[k] + (p.kashida_word[k] ? 1 : 0);

  // best[j + 1]: least demerits of lines ending at breaks[j]; best[0] is the paragraph start.
  const double inf = std::numeric_limits<double>::infinity();
  std::vector<double> best(m + 1, inf);
  std::vector<int> from(m + 1, -1);
  best[0] = 0;
  for (std::size_t j = 0; j < m; ++j) {
    if (j % kBreaksPerDeadlineCheck == 0 && deadline.expired()) return break_greedy(p, measure);
    const std::size_t end = p.breaks[j].offset;
    const bool last = p.breaks[j].mandatory || end == p.text.size();
    for (std::size_t i = j + 1; i-- > 0;) {  // the line starts after break i - 1
      const std::size_t start = i == 0 ? 0 : p.breaks[i - 1].offset;
      if (best[i] == inf) {
        if (i > 0 && p.breaks[i - 1].mandatory) break;
        continue;
      }
      LineMeasure lm = measure_line(p, start, end);
      double stretch = lm.space_width * kSpaceStretch;
      if (kashida) {
        std::size_t places = static_cast<std::size_t>(kashida_before[j + 1] - kashida_before[i]);
        places = std::min(places, std::max<std::size_t>(1, (lm.spaces + 1) / kWordsPerKashida));
        stretch += static_cast<double>(places) * kMaxTatweelsPerWord * tatweel_width;
      }
      double shrink = last ? 0 : lm.space_width * kSpaceShrink;
      double diff = measure - lm.natural;
      bool single = i == j;
      double demerits;
      if (diff < -shrink - kEpsilon) {
        if (!single) break;  // longer lines only get wider
        demerits = kOverfull;
      } else if (last) {
        demerits = kLinePenalty * kLinePenalty;
      } else {
        double ratio = diff >= 0 ? (stretch > 0 ? diff / stretch : (diff < 0.01 ? 0 : inf))
                                 : diff / shrink;
        double b = badness(ratio);
        demerits = (kLinePenalty + b) * (kLinePenalty + b);
      }
      if (best[i] + demerits < best[j + 1]) {
        best[j + 1] = best[i] + demerits;
        from[j + 1] = static_cast<int>(i);
      }
      if (i > 0 && p.breaks[i - 1].mandatory) break;  // a line never spans a mandatory break
    }
  }
  if (best[m] == inf) return break_greedy(p, measure);
  std::vector<std::size_t> ends;
  for (int j = static_cast<int>(m); j > 0; j = from[j]) ends.push_back(p.breaks[j - 1].offset);
  std::reverse(ends.begin(), ends.end());
  return ends;
}

}  // namespace siyasa
