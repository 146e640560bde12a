// Stage "layout", paragraph: prepare (itemize, bidi, shape) → break lines → build each line in
// visual order → justify → align, then turn pieces into GlyphRuns (see paragraph.h).
#include "layout/paragraph.h"

#include <algorithm>

#include "layout/ink.h"
#include "layout/paragraph_cache.h"
#include "layout/paragraph_parts.h"

namespace siyasa {

namespace {

constexpr double kOverflowTolerance = 0.01;  // pt

GlyphRun to_glyph_run(const Prepared& p, const LinePiece& piece, double x) {
  const PreparedItem& item = p.items[piece.item];
  GlyphRun run;
  run.face = item.item.face;
  run.size = item.size;
  run.rtl = piece.rtl;
  run.x = x;
  run.text = p.text.substr(piece.start, piece.end - piece.start);
  run.text_offset = piece.start;
  run.link = p.styles[item.item.span].link;
  double pen = 0;
  for (const PieceGlyph& g : piece.glyphs) {
    run.glyphs.push_back({g.glyph, pen + g.x_offset, -g.y_offset, g.advance,
                          static_cast<std::uint32_t>(g.cluster - piece.start)});
    pen += g.advance;
  }
  run.width = pen;
  return run;
}

double align_offset(Align align, bool rtl_paragraph, bool justified, double measure,
                    double width) {
  if (justified) return 0;
  const double free = measure - width;
  switch (align) {
    case Align::center: return free / 2;
    case Align::end: return rtl_paragraph ? 0 : free;
    case Align::start:
    case Align::justify: return rtl_paragraph ? free : 0;
  }
  return 0;
}

Line assemble_line(const FontSet& fonts, const Prepared& p, std::vector<LinePiece>& pieces,
                   double x0, double line_height) {
  Line line;
  double x = x0, biggest = 0;
  for (const LinePiece& piece : pieces) {
    GlyphRun run = to_glyph_run(p, piece, x);
    x += run.width;
    line.width += run.width;
    FaceMetrics m = face_metrics(fonts, run.face);
    line.ascent = std::max(line.ascent, m.ascent * run.size);
    line.descent = std::max(line.descent, m.descent * run.size);
    biggest = std::max(biggest, run.size);
    line.runs.push_back(std::move(run));
  }
  line.advance = biggest * line_height;
  return line;
}

// Room for marks: where a line's ink (its vowel marks, a hamza over an alef) would come within
// kInkClearance of the ink of the line above (a descender of ي, ر or ق), the line moves down
// by the difference; its box grows at the top (advance and ascent), so renderers that place a
// line from its box (baseline_of, the body slices) see the room. Lines whose ink stays clear
// keep the spacing line_height gives.
void make_room_for_ink(const FontSet& fonts, ParagraphLayout& layout) {
  if (layout.lines.size() < 2) return;
  InkProfile upper = line_ink(fonts, layout.lines.front());
  for (std::size_t i = 1; i < layout.lines.size(); ++i) {
    InkProfile lower = line_ink(fonts, layout.lines[i]);
    const Line& a = layout.lines[i - 1];
    Line& b = layout.lines[i];
    const double distance = (a.advance + a.descent - a.ascent) / 2 + (b.advance + b.ascent - b.descent) / 2;
    double size = 0;
    for (const GlyphRun& run : b.runs) size = std::max(size, run.size);
    const double needed = ink_distance(upper, lower);
    if (needed > 0 && needed + kInkClearance * size > distance) {
      const double more = needed + kInkClearance * size - distance;
      b.advance += more;
      b.ascent += more;
      layout.height += more;
    }
    upper = std::move(lower);
  }
}

constexpr std::size_t kQuotedBytes = 60;

Diagnostic overflow_warning(const std::string& text, std::size_t start, std::size_t end) {
  Diagnostic d;
  d.severity = Severity::warning;
  const std::size_t stop = trim_trailing_space(text, start, end);
  // Quote at most ~60 bytes of a long word, cut at a character boundary.
  std::size_t shown = stop;
  if (stop - start > kQuotedBytes) {
    shown = start + kQuotedBytes;
    while (shown > start && (static_cast<unsigned char>(text[shown]) & 0xC0) == 0x80) --shown;
  }
  const std::string word = text.substr(start, shown - start) + (shown < stop ? "…" : "");
  d.message = "\"" + word + "\" is wider than the measure and overflows its line";
  d.hint = "shorten it or allow a break in it (a space between words); a web address, e-mail, IBAN, "
           "phone or other identifier is never broken, so give it a line of its own";
  return d;
}

ParagraphLayout lay_out(const FontSet& fonts, const ParagraphSpec& spec, const Deadline& deadline) {
  ParagraphLayout layout;
  Prepared p = prepare_paragraph(fonts, spec);
  layout.text = p.text;
  if (p.text.empty() || deadline.expired()) return layout;
  const bool rtl_paragraph = p.bidi->base_level() == 1;
  const bool justify = spec.align == Align::justify;
  double tatweel = 0;
  if (spec.kashida && !p.items.empty()) {
    const PreparedItem& first = p.items.front();
    tatweel = tatweel_glyph(fonts, first.item.face).advance * first.scale;
  }
  std::vector<std::size_t> ends =
      justify && spec.total_fit ? break_total_fit(p, spec.width, spec.kashida, tatweel, deadline)
                                : break_greedy(p, spec.width);
  std::size_t start = 0;
  for (std::size_t end : ends) {
    if (deadline.expired()) break;
    std::vector<LinePiece> pieces = build_line_pieces(fonts, p, start, end);
    double natural = 0;
    for (const LinePiece& piece : pieces) natural += piece.width();
    const bool last = end == p.text.size() || ends_with_mandatory_break(p, end);
    bool justified = false;
    if (justify && !last) justified = justify_line(fonts, p, pieces, start, end, spec.width,
                                                   spec.kashida);
    if (natural > spec.width + kOverflowTolerance && !justified) {
      layout.warnings.push_back(overflow_warning(p.text, start, end));
    }
    double width = 0;
    for (const LinePiece& piece : pieces) width += piece.width();
    Line line = assemble_line(fonts, p, pieces,
                              align_offset(spec.align, rtl_paragraph, justified, spec.width, width),
                              spec.line_height);
    line.justified = justified;
    layout.height += line.advance;
    layout.lines.push_back(std::move(line));
    start = end;
  }
  make_room_for_ink(fonts, layout);
  return layout;
}

ParagraphCache& remembered_layouts() {
  static ParagraphCache cache;
  return cache;
}

}  // namespace

ParagraphLayout layout_paragraph(const FontSet& fonts, const ParagraphSpec& spec,
                                 const Deadline& deadline) {
  if (deadline.expired()) return {};
  std::optional<std::string> key = ParagraphCache::key(fonts, spec);
  if (!key) return lay_out(fonts, spec, deadline);
  if (auto known = remembered_layouts().find(*key)) return std::move(*known);
  ParagraphLayout layout = lay_out(fonts, spec, deadline);
  if (!deadline.expired()) remembered_layouts().store(std::move(*key), layout);
  return layout;
}

void forget_paragraph_layouts() { remembered_layouts().clear(); }

}  // namespace siyasa
