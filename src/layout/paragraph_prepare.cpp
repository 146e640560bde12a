// Stage "layout", paragraph step 1: spans → one logical text, bidi levels, items, shaped glyphs,
// break opportunities and per-byte width sums (see paragraph_parts.h).
#include "layout/paragraph_parts.h"

#include "text/utf16.h"

namespace siyasa {

namespace {

bool is_trailing_space(char32_t c) {
  return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == 0x2028 || c == 0x2029 ||
         c == 0x3000 || c == 0x0B || c == 0x0C;
}

BidiBase bidi_base(BaseDirection d) {
  switch (d) {
    case BaseDirection::ltr: return BidiBase::ltr;
    case BaseDirection::rtl: return BidiBase::rtl;
    case BaseDirection::automatic: return BidiBase::automatic;
  }
  return BidiBase::rtl;
}

SpanFaces span_faces(const FontSet& fonts, const TextStyle& style) {
  FontRole primary = style.role;
  if (style.bold && primary == FontRole::body) primary = FontRole::body_bold;
  if (style.bold && primary == FontRole::latin) primary = FontRole::latin_bold;
  bool bold = style.bold || style.role == FontRole::body_bold || style.role == FontRole::heading ||
              style.role == FontRole::latin_bold;
  FontRole fallback = bold ? FontRole::latin_bold : FontRole::latin;
  return {0, 0, face_for_role(fonts, primary), face_for_role(fonts, fallback)};
}

void compute_sums(Prepared& p) {
  const std::size_t n = p.text.size();
  std::vector<double> contribution(n + 1, 0.0);
  for (const PreparedItem& it : p.items) {
    for (const ShapedGlyph& g : it.glyphs) contribution[g.cluster] += g.advance * it.scale;
  }
  RangeSums& s = p.sums;
  s.width.assign(n + 1, 0.0);
  s.space_width.assign(n + 1, 0.0);
  s.spaces.assign(n + 1, 0);
  std::size_t i = 0;
  while (i < n) {
    std::size_t start = i;
    char32_t c = next_codepoint(p.text, i);
    bool space = is_justifiable_space(c);
    for (std::size_t b = start; b < i; ++b) {
      s.width[b + 1] = s.width[b] + contribution[b];
      s.space_width[b + 1] = s.space_width[b] + (space ? contribution[b] : 0.0);
      s.spaces[b + 1] = s.spaces[b] + (space && b == start ? 1 : 0);
    }
  }
}

void mark_kashida_words(Prepared& p) {
  std::vector<bool> safe(p.text.size() + 1, false);
  for (const PreparedItem& it : p.items)
    for (const ShapedGlyph& g : it.glyphs)
      if (g.safe_for_tatweel) safe[g.cluster] = true;
  std::size_t from = 0;
  for (const BreakOpportunity& b : p.breaks) {
    bool any = false;
    for (std::size_t k = from; k < b.offset && !any; ++k) any = safe[k];
    p.kashida_word.push_back(any);
    from = b.offset;
  }
}

}  // namespace

bool is_justifiable_space(char32_t c) { return c == U' ' || c == 0x00A0; }

std::size_t trim_trailing_space(const std::string& text, std::size_t start, std::size_t end) {
  while (end > start) {
    std::size_t k = end - 1;
    while (k > start && (static_cast<unsigned char>(text[k]) & 0xC0) == 0x80) --k;
    std::size_t i = k;
    if (!is_trailing_space(next_codepoint(text, i))) break;
    end = k;
  }
  return end;
}

LineMeasure measure_line(const Prepared& p, std::size_t start, std::size_t end) {
  std::size_t e = trim_trailing_space(p.text, start, end);
  const RangeSums& s = p.sums;
  return {s.width[e] - s.width[start], s.space_width[e] - s.space_width[start],
          s.spaces[e] - s.spaces[start]};
}

Prepared prepare_paragraph(const FontSet& fonts, const ParagraphSpec& spec) {
  Prepared p;
  std::vector<SpanFaces> faces;
  for (const StyledText& span : spec.spans) {
    if (span.text.empty()) continue;
    SpanFaces f = span_faces(fonts, span.style);
    f.start = p.text.size();
    p.text += span.text;
    f.end = p.text.size();
    faces.push_back(f);
    p.styles.push_back(span.style);
    p.span_start.push_back(f.start);
  }
  p.bidi = std::make_unique<BidiParagraph>(p.text, bidi_base(spec.direction));
  p.tatweel_flags = spec.kashida;
  for (ShapingItem& item : itemize(p.text, p.bidi->levels(), fonts, faces)) {
    PreparedItem it;
    it.size = p.styles[item.span].size;
    it.scale = it.size / face_file(fonts, item.face).units_per_em;
    it.glyphs = shape_text(fonts, {p.text, item.start, item.end, item.face, item.rtl(),
                                   item.script, spec.kashida && item.script == "Arab"});
    it.item = std::move(item);
    p.items.push_back(std::move(it));
  }
  compute_sums(p);
  p.breaks = find_line_breaks(p.text);
  keep_identifiers_whole(p);
  mark_kashida_words(p);
  return p;
}

}  // namespace siyasa
