#include "fake_typesetter.h"

namespace siyasa::testing {
namespace {

struct Word {
  std::string text;
  const TextStyle* style;
  double width;
};

double width_of(const std::string& text, const TextStyle& style) {
  return static_cast<double>(count_code_points(text)) * style.size * 0.5;
}

Line make_line(const std::vector<Word>& words, const ParagraphSpec& spec, bool last) {
  Line line;
  double size = 0;
  for (const auto& w : words) size = std::max(size, w.style->size);
  if (size == 0) size = spec.spans.empty() ? 12 : spec.spans.front().style.size;
  double natural = 0;
  for (std::size_t i = 0; i < words.size(); ++i)
    natural += words[i].width + (i ? width_of(" ", *words[i].style) : 0);
  const bool justify = spec.align == Align::justify && !last;
  line.width = justify ? spec.width : natural;
  line.justified = justify;
  line.ascent = size * 0.9;
  line.descent = size * 0.35;
  line.advance = size * spec.line_height;
  // RTL: the first word is on the right.
  double right = spec.width;
  if (spec.align == Align::end) right = natural;
  if (spec.align == Align::center) right = (spec.width + natural) / 2;
  const double gap = words.size() > 1 && justify
                         ? (spec.width - natural) / static_cast<double>(words.size() - 1)
                         : 0;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i) right -= width_of(" ", *words[i].style) + gap;
    GlyphRun run;
    run.size = words[i].style->size;
    run.text = words[i].text;
    run.link = words[i].style->link;
    run.width = words[i].width;
    run.x = right - run.width;
    double x = 0;
    for (std::size_t c = 0; c < count_code_points(run.text); ++c) {
      run.glyphs.push_back(PositionedGlyph{1, x, 0, run.size * 0.5, 0});
      x += run.size * 0.5;
    }
    right -= run.width;
    line.runs.push_back(std::move(run));
  }
  return line;
}

}  // namespace

std::size_t count_code_points(const std::string& text) {
  std::size_t n = 0;
  for (unsigned char c : text) n += (c & 0xC0) != 0x80;
  return n;
}

ParagraphLayout fake_paragraph(const ParagraphSpec& spec) {
  std::vector<Word> words;
  ParagraphLayout layout;
  for (const auto& span : spec.spans) {
    layout.text += span.text;
    std::size_t from = 0;
    while (from <= span.text.size()) {
      const std::size_t space = span.text.find(' ', from);
      const std::string w = span.text.substr(from, space == std::string::npos ? std::string::npos : space - from);
      if (!w.empty()) words.push_back(Word{w, &span.style, width_of(w, span.style)});
      if (space == std::string::npos) break;
      from = space + 1;
    }
  }
  std::vector<Word> current;
  double used = 0;
  for (const auto& w : words) {
    const double need = (current.empty() ? 0 : width_of(" ", *w.style)) + w.width;
    if (!current.empty() && used + need > spec.width) {
      layout.lines.push_back(make_line(current, spec, false));
      current.clear();
      used = 0;
    }
    used += current.empty() ? w.width : need;
    current.push_back(w);
  }
  if (!current.empty()) layout.lines.push_back(make_line(current, spec, true));
  for (const auto& line : layout.lines) layout.height += line.advance;
  return layout;
}

}  // namespace siyasa::testing
