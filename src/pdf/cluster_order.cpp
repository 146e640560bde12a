#include "pdf/cluster_order.h"

#include <algorithm>

namespace siyasa {
namespace {

// A cluster as a range of the run's glyph array (visual order) plus its text bytes.
struct ClusterSpan {
  int first = 0, count = 0;
  int bytes = 0;
};

// Clusters in logical order. Consecutive glyphs with the same cluster value belong together; a
// glyph whose cluster goes back (should not happen) joins the cluster before it, so every glyph
// and every byte lands in exactly one cluster.
std::vector<ClusterSpan> logical_clusters(const GlyphRun& run) {
  const int n = static_cast<int>(run.glyphs.size());
  std::vector<ClusterSpan> spans;
  std::vector<std::uint32_t> starts;
  for (int k = 0; k < n; ++k) {
    const int index = run.rtl ? n - 1 - k : k;
    const std::uint32_t start =
        std::min<std::uint32_t>(run.glyphs[index].cluster, static_cast<std::uint32_t>(run.text.size()));
    if (!starts.empty() && start <= starts.back()) {
      ClusterSpan& last = spans.back();
      ++last.count;
      if (run.rtl) last.first = index;
      continue;
    }
    starts.push_back(start);
    spans.push_back({index, 1, 0});
  }
  if (spans.empty()) return spans;
  starts.front() = 0;  // characters before the first glyph's cluster belong to it
  for (std::size_t i = 0; i < spans.size(); ++i) {
    const std::size_t end = i + 1 < starts.size() ? starts[i + 1] : run.text.size();
    spans[i].bytes = static_cast<int>(end - starts[i]);
  }
  return spans;
}

}  // namespace

CairoRun arrange_run(const GlyphRun& run, double origin_x, double baseline,
                     const std::function<double(std::uint32_t)>& font_advance,
                     std::optional<SpacerGlyph> spacer) {
  CairoRun out;
  if (run.rtl) out.flags = CAIRO_TEXT_CLUSTER_FLAG_BACKWARD;
  const int n = static_cast<int>(run.glyphs.size());
  // Pen positions: each glyph's x is its pen position plus its offset; pens follow advances.
  std::vector<double> pen(n + 1, 0.0);
  for (int i = 0; i < n; ++i) pen[i + 1] = pen[i] + run.glyphs[i].advance;
  const double tolerance = 0.01 * run.size;

  std::vector<cairo_glyph_t> written;  // in the order cairo must write them
  std::size_t text_at = 0;
  for (const ClusterSpan& span : logical_clusters(run)) {
    // Spaces need no box: readers drop them and measure the gap they leave.
    const bool blank = run.text.find_first_not_of(' ', text_at) >= text_at + span.bytes;
    text_at += span.bytes;
    const std::size_t before = written.size();
    const double left = origin_x + pen[span.first];
    const double right = origin_x + pen[span.first + span.count];
    std::vector<cairo_glyph_t> own;
    for (int i = span.first; i < span.first + span.count; ++i)
      own.push_back({run.glyphs[i].glyph, origin_x + run.glyphs[i].x, baseline + run.glyphs[i].y});
    const double box_left = own.front().x;
    const double box_right = own.back().x + font_advance(own.back().index);
    if (spacer && !blank && box_left > left + tolerance) written.push_back({spacer->glyph, left, baseline});
    written.insert(written.end(), own.begin(), own.end());
    if (spacer && !blank && box_right < right - tolerance)
      written.push_back({spacer->glyph, right - spacer->advance, baseline});
    out.clusters.push_back({span.bytes, static_cast<int>(written.size() - before)});
  }
  // cairo takes a backward run's clusters from the end of the array and writes each cluster's
  // glyphs last to first, so the array is the written order reversed.
  if (run.rtl) std::reverse(written.begin(), written.end());
  out.glyphs = std::move(written);
  return out;
}

}  // namespace siyasa
