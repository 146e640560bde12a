#include "pdf/cluster_order.h"

#include <algorithm>
#include <cctype>

namespace siyasa {
namespace {

constexpr std::string_view kRightToLeftMark = "\u200F";

// Bytes of the first UTF-8 character of `text` (0 for an empty text).
std::size_t first_character_length(std::string_view text) {
  if (text.empty()) return 0;
  const unsigned char lead = text[0];
  return std::min<std::size_t>(text.size(), lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4);
}

// Whether the character at byte `at` is an Arabic combining mark (harakat, tanwin, shadda,
// sukun, superscript alef, Quranic marks): U+064B–U+065F, U+0670, U+06D6–U+06ED.
bool is_arabic_mark(std::string_view text, std::size_t at) {
  if (at + 2 > text.size()) return false;
  const unsigned code = ((static_cast<unsigned char>(text[at]) & 0x1F) << 6) |
                        (static_cast<unsigned char>(text[at + 1]) & 0x3F);
  if ((static_cast<unsigned char>(text[at]) & 0xE0) != 0xC0) return false;
  return (code >= 0x064B && code <= 0x065F) || code == 0x0670 || (code >= 0x06D6 && code <= 0x06ED);
}

// Spaces and punctuation: characters without a direction of their own (Unicode bidi classes
// WS, CS, ON, ...) among those a policy uses.
bool is_neutral(std::string_view text) {
  if (text.empty()) return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = text[i];
    if (c < 0x80) {
      if (std::isalnum(c)) return false;
      continue;
    }
    if (text.substr(i, 2) == "\u00A0" || text.substr(i, 2) == "\u060C") {  // NBSP, Arabic comma
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

// Builds the written clusters of one run.
class RunWriter {
 public:
  RunWriter(const GlyphRun& run, double origin_x, double baseline, const ArrangeOptions& options)
      : run_(run), origin_x_(origin_x), baseline_(baseline), options_(options),
        tolerance_(0.01 * run.size), pen_(run.glyphs.size() + 1, 0.0) {
    // Each glyph's x is its pen position plus its offset; pens follow the advances.
    for (std::size_t i = 0; i < run.glyphs.size(); ++i) pen_[i + 1] = pen_[i] + run.glyphs[i].advance;
  }

  ArrangedRun finish() {
    const std::vector<ClusterSpan> spans = logical_clusters(run_);
    out_.glyphs.reserve(run_.glyphs.size() + 4);
    out_.clusters.reserve(spans.size() + 4);
    const std::string_view all = run_.text;
    std::size_t text_at = 0;
    for (std::size_t k = 0; k < spans.size(); ++k) {
      const std::string_view text = all.substr(text_at, spans[k].bytes);
      text_at += spans[k].bytes;
      write_cluster(spans[k], text, k == 0 || k + 1 == spans.size());
    }
    return std::move(out_);
  }

 private:
  void write_cluster(const ClusterSpan& span, std::string_view text, bool at_run_end) {
    const bool blank = text.find_first_not_of(' ') == std::string::npos;
    const double left = origin_x_ + pen_[span.first];
    const double right = origin_x_ + pen_[span.first + span.count];
    // (A space the line lets hang has no width: it borders nothing.)
    const bool marked = options_.spacer && run_.rtl && at_run_end && is_neutral(text) &&
                        right - left > tolerance_;
    // A letter and one mark drawn as two glyphs become two clusters, so readers keep the mark
    // after its letter (as one cluster both poppler and MuPDF give the mark first).
    const std::size_t base_length = first_character_length(text);
    const int a = span.first, b = span.first + 1;
    const bool mark_apart =
        span.count == 2 && !marked && is_arabic_mark(text, base_length) &&
        (run_.glyphs[a].advance == 0) != (run_.glyphs[b].advance == 0) &&
        base_length + first_character_length(text.substr(base_length)) == text.size();
    if (mark_apart) {
      const int mark = run_.glyphs[a].advance == 0 ? a : b, base = mark == a ? b : a;
      write_piece(text.substr(0, base_length), base, 1, left, right, blank);
      const double mark_pen = origin_x_ + pen_[mark];
      write_piece(text.substr(base_length), mark, 1, mark_pen, mark_pen, false);
    } else if (marked) {
      write_marked(text, span, left, right, blank);
    } else {
      write_piece(text, span.first, span.count, left, right, blank);
    }
  }

  PlacedGlyph placed(int i) const {
    return {run_.glyphs[i].glyph, origin_x_ + run_.glyphs[i].x, baseline_ + run_.glyphs[i].y};
  }

  // One cluster: its glyphs in written order, with spacers so that a reader's box for it runs
  // from `left` to `right` (the writer then gives it ActualText). Spaces need no box: readers
  // drop them and measure the gap they leave.
  // The glyphs are the run's `count` glyphs from `first`.
  void write_piece(std::string_view text, int first, int count, double left, double right, bool blank) {
    const auto& spacer = options_.spacer;
    const PlacedGlyph leftmost = placed(first), rightmost = placed(first + count - 1);
    const double box_left = leftmost.x;
    const double box_right = rightmost.x + options_.font_advance(rightmost.index);
    const std::size_t start = out_.glyphs.size();
    if (spacer && !blank && box_left > left + tolerance_)
      out_.glyphs.push_back({spacer->glyph, left, baseline_});
    for (int i = first; i < first + count; ++i) out_.glyphs.push_back(placed(i));
    if (spacer && !blank && box_right < right - tolerance_)
      out_.glyphs.push_back({spacer->glyph, right - spacer->advance, baseline_});
    add_cluster(text, start);
  }

  void add_cluster(std::string_view text, std::size_t start) {
    out_.clusters.push_back({text, static_cast<std::uint32_t>(start),
                             static_cast<std::uint32_t>(out_.glyphs.size() - start)});
  }

  // A RIGHT-TO-LEFT MARK carried by two spacers written so that a reader's box for it is the
  // narrow strip [from, to].
  void write_mark(double from, double to) {
    const std::size_t start = out_.glyphs.size();
    out_.glyphs.push_back({options_.spacer->glyph, from, baseline_});
    out_.glyphs.push_back({options_.spacer->glyph, to - options_.spacer->advance, baseline_});
    add_cluster(kRightToLeftMark, start);
  }

  // A cluster between two marks just inside its edges; the gap of a space between them stays
  // wide enough to read as a space.
  void write_marked(std::string_view text, const ClusterSpan& span, double left, double right,
                    bool blank) {
    const double strip = std::min(options_.spacer->advance, (right - left) / 4);
    if (run_.rtl) write_mark(right - strip, right); else write_mark(left, left + strip);
    write_piece(text, span.first, span.count, left, right, blank);
    if (run_.rtl) write_mark(left, left + strip); else write_mark(right - strip, right);
  }

  const GlyphRun& run_;
  const double origin_x_, baseline_;
  const ArrangeOptions& options_;
  const double tolerance_;
  std::vector<double> pen_;
  ArrangedRun out_;
};

}  // namespace

ArrangedRun arrange_run(const GlyphRun& run, double origin_x, double baseline,
                        const ArrangeOptions& options) {
  return RunWriter(run, origin_x, baseline, options).finish();
}

}  // namespace siyasa
