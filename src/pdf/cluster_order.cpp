#include "pdf/cluster_order.h"

#include <algorithm>
#include <cctype>

namespace siyasa {
namespace {

const std::string kRightToLeftMark = "\u200F";
const std::string kWordJoiner = "\u2060";

bool is_one_character(const std::string& text) {
  if (text.empty()) return false;
  const unsigned char lead = text[0];
  const std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
  return text.size() == length;
}

// Spaces and punctuation: characters without a direction of their own (Unicode bidi classes
// WS, CS, ON, ...) among those a policy uses.
bool is_neutral(const std::string& text) {
  if (text.empty()) return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = text[i];
    if (c < 0x80) {
      if (std::isalnum(c)) return false;
      continue;
    }
    if (text.compare(i, 2, "\u00A0") == 0 || text.compare(i, 2, "\u060C") == 0) {  // NBSP, Arabic comma
      ++i;
      continue;
    }
    return false;
  }
  return true;
}

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

void collect_solo_glyphs(const GlyphRun& run, std::set<std::uint32_t>& solo) {
  for (const ClusterSpan& span : logical_clusters(run))
    if (span.count == 1) solo.insert(run.glyphs[span.first].glyph);
}

CairoRun arrange_run(const GlyphRun& run, double origin_x, double baseline,
                     const ArrangeOptions& options) {
  CairoRun out;
  if (run.rtl) out.flags = CAIRO_TEXT_CLUSTER_FLAG_BACKWARD;
  const int n = static_cast<int>(run.glyphs.size());
  // Pen positions: each glyph's x is its pen position plus its offset; pens follow advances.
  std::vector<double> pen(n + 1, 0.0);
  for (int i = 0; i < n; ++i) pen[i + 1] = pen[i] + run.glyphs[i].advance;
  const double tolerance = 0.01 * run.size;
  const auto& spacer = options.spacer;

  std::vector<cairo_glyph_t> written;  // in the order cairo must write them
  auto add_cluster = [&](const std::string& text, std::size_t first_glyph) {
    out.text += text;
    out.clusters.push_back({static_cast<int>(text.size()), static_cast<int>(written.size() - first_glyph)});
  };
  const std::vector<ClusterSpan> spans = logical_clusters(run);
  std::size_t text_at = 0;
  for (std::size_t k = 0; k < spans.size(); ++k) {
    const ClusterSpan& span = spans[k];
    std::string text = run.text.substr(text_at, span.bytes);
    text_at += span.bytes;
    // Spaces need no box: readers drop them and measure the gap they leave.
    const bool blank = text.find_first_not_of(' ') == std::string::npos;
    const bool marked = run.rtl && (k == 0 || k + 1 == spans.size()) && is_neutral(text);
    if (marked) text = kRightToLeftMark + text + kRightToLeftMark;

    std::vector<cairo_glyph_t> own, extra;
    for (int i = span.first; i < span.first + span.count; ++i) {
      cairo_glyph_t glyph{run.glyphs[i].glyph, origin_x + run.glyphs[i].x, baseline + run.glyphs[i].y};
      const bool last_left = i + 1 == span.first + span.count && own.empty();
      if (span.count > 1 && is_one_character(text) && !last_left && options.claim_extra_glyph &&
          options.claim_extra_glyph(glyph.index))
        extra.push_back(glyph);
      else
        own.push_back(glyph);
    }
    const double left = origin_x + pen[span.first];
    const double right = origin_x + pen[span.first + span.count];
    const double box_left = own.front().x;
    const double box_right = own.back().x + options.font_advance(own.back().index);
    const std::size_t first = written.size();
    // A marked cluster always gets spacers: with two glyphs or more cairo writes its text as
    // ActualText rather than as the ToUnicode entry of a glyph shared with plain spaces.
    if (spacer && (marked || (!blank && box_left > left + tolerance)))
      written.push_back({spacer->glyph, left, baseline});
    written.insert(written.end(), own.begin(), own.end());
    if (spacer && (marked || (!blank && box_right < right - tolerance)))
      written.push_back({spacer->glyph, right - spacer->advance, baseline});
    add_cluster(text, first);
    for (const cairo_glyph_t& glyph : extra) {
      written.push_back(glyph);
      add_cluster(kWordJoiner, written.size() - 1);
    }
  }
  // cairo takes a backward run's clusters from the end of the array and writes each cluster's
  // glyphs last to first, so the array is the written order reversed.
  if (run.rtl) std::reverse(written.begin(), written.end());
  out.glyphs = std::move(written);
  return out;
}

}  // namespace siyasa
