#include "layout/typeset.h"

#include <algorithm>
#include <limits>

namespace siyasa {

double baseline_of(const ParagraphLayout& layout, std::size_t index, double top) {
  double y = top;
  for (std::size_t i = 0; i < index && i < layout.lines.size(); ++i) y += layout.lines[i].advance;
  const Line& line = layout.lines.at(index);
  const double leading = line.advance - (line.ascent + line.descent);
  return y + leading / 2 + line.ascent;
}

double line_ink_left(const Line& line) {
  double left = std::numeric_limits<double>::max();
  for (const auto& run : line.runs) left = std::min(left, run.x);
  return line.runs.empty() ? 0 : left;
}

double line_ink_right(const Line& line) {
  double right = 0;
  for (const auto& run : line.runs) right = std::max(right, run.x + run.width);
  return right;
}

void place_line(const Line& line, double left, double baseline, const Color& color,
                const Color& link_color, std::vector<PageItem>& out) {
  // Runs go out in the order of the text (line.runs is visual): readers that copy in drawing
  // order (MuPDF) then give the logical text.
  std::vector<const GlyphRun*> runs;
  for (const auto& run : line.runs) runs.push_back(&run);
  std::stable_sort(runs.begin(), runs.end(), [](const GlyphRun* a, const GlyphRun* b) {
    return a->text_offset < b->text_offset;
  });
  for (const GlyphRun* run_in_order : runs) {
    const GlyphRun& run = *run_in_order;
    if (run.glyphs.empty() && run.text.empty()) continue;
    TextItem text{run, left + run.x, baseline, run.link.empty() ? color : link_color};
    out.emplace_back(std::move(text));
    if (!run.link.empty()) {
      LinkItem link;
      link.x = left + run.x;
      link.y = baseline - line.ascent;
      link.w = run.width;
      link.h = line.ascent + line.descent;
      link.uri = run.link;
      out.emplace_back(std::move(link));
    }
  }
}

double measure_text(const Typesetter& ts, const std::string& text, const TextStyle& style,
                    BaseDirection direction) {
  ParagraphSpec spec;
  spec.spans = {StyledText{text, style}};
  spec.width = 10000;
  spec.align = Align::start;
  spec.direction = direction;
  const ParagraphLayout layout = ts.paragraph(spec);
  double width = 0;
  for (const auto& line : layout.lines) width = std::max(width, line_ink_right(line) - line_ink_left(line));
  return width;
}

double place_paragraph(const Typesetter& ts, const ParagraphSpec& spec, double left, double top,
                       const Color& color, std::vector<PageItem>& out) {
  const ParagraphLayout layout = ts.paragraph(spec);
  for (std::size_t i = 0; i < layout.lines.size(); ++i)
    place_line(layout.lines[i], left, baseline_of(layout, i, top), color, color, out);
  return layout.height;
}

}  // namespace siyasa
