#include "forms/form_draw.h"

#include "forms/label.h"
#include "layout/typeset.h"

namespace siyasa::form_draw {
namespace {

constexpr double kTickMm = 3.8;
constexpr double kTickGapMm = 2.0;

ParagraphLayout set(const FontSet& fonts, const std::string& text, const TextStyle& style, double width,
                    Align align, double line_height) {
  ParagraphSpec spec;
  spec.spans.push_back(StyledText{text, style});
  spec.width = width;
  spec.align = align;
  spec.line_height = line_height;
  spec.direction = BaseDirection::rtl;
  return layout_paragraph(fonts, spec);
}

void place(Block& b, const ParagraphLayout& p, double left, double first_baseline) {
  // The paragraph's top such that its first baseline falls on first_baseline.
  const double top = first_baseline - baseline_of(p, 0, 0);
  for (std::size_t i = 0; i < p.lines.size(); ++i) {
    const Line& line = p.lines[i];
    const double baseline = baseline_of(p, i, top);
    for (const GlyphRun& run : line.runs) {
      TextItem t;
      t.run = run;
      t.x = left + run.x;
      t.y = baseline;
      t.color = kInk;
      b.items.push_back(std::move(t));
    }
  }
}

}  // namespace

std::string Drafter::number(int n) const { return format_number(n, org_.numerals); }

double Drafter::paragraph(Block& b, const std::string& text, const TextStyle& style, double left, double top,
                          double width, Align align, double line_height) const {
  if (text.empty()) return 0;
  ParagraphLayout p = set(fonts_, text, style, width, align, line_height);
  if (p.lines.empty()) return 0;
  // From the first line's ascent to the last line's descent.
  place(b, p, left, top + p.lines.front().ascent);
  return p.lines.front().ascent + (p.height - p.lines.back().advance) + p.lines.back().descent;
}

double Drafter::line(Block& b, const std::string& text, const TextStyle& style, double left, double width,
                     Align align, double baseline) const {
  if (text.empty()) return 0;
  ParagraphLayout p = set(fonts_, text, style, width, align, 1.3);
  place(b, p, left, baseline);
  double used = 0;
  for (const Line& l : p.lines) used = std::max(used, l.width);
  return used;
}

double Drafter::measure(const std::string& text, const TextStyle& style) const {
  if (text.empty()) return 0;
  ParagraphLayout p = set(fonts_, text, style, 10000, Align::start, 1.3);
  return p.lines.empty() ? 0 : p.lines.front().width;
}

double Drafter::height(const std::string& text, const TextStyle& style, double width, double line_height) const {
  Block scratch;
  return paragraph(scratch, text, style, 0, 0, width, Align::start, line_height);
}

void Drafter::rule(Block& b, double x1, double y1, double x2, double y2, double w, bool dashed, Color c) const {
  RuleItem r;
  r.x1 = x1, r.y1 = y1, r.x2 = x2, r.y2 = y2, r.width = w, r.dashed = dashed, r.color = c;
  b.items.push_back(r);
}

void Drafter::box(Block& b, double x, double y, double w, double h, double stroke, std::optional<Color> fill) const {
  BoxItem box;
  box.x = x, box.y = y, box.w = w, box.h = h, box.stroke = stroke, box.stroke_color = kInk, box.fill = fill;
  b.items.push_back(box);
}

double Drafter::cells(Block& b, double right, double top, int count) const {
  const double cell = 7.5 * kMm, height = 8.0 * kMm;
  const double left = right - count * cell;
  box(b, left, top, count * cell, height, 0.8);
  for (int i = 1; i < count; ++i) rule(b, left + i * cell, top, left + i * cell, top + height, 0.5);
  return left;
}

double Drafter::tick_width(const std::string& label) const {
  return kTickMm * kMm + kTickGapMm * kMm + measure(label, styles_.body);
}

double Drafter::tick(Block& b, const std::string& label, double right, double baseline) const {
  const double size = kTickMm * kMm;
  box(b, right - size, baseline - size + 0.5 * kMm, size, size, 0.8);
  double text_right = right - size - kTickGapMm * kMm;
  double w = measure(label, styles_.body);
  line(b, label, styles_.body, text_right - w - 2, w + 4, Align::start, baseline);
  return text_right - w;
}

void translate(std::vector<PageItem>& items, double dx, double dy) {
  for (auto& item : items) {
    std::visit(
        [&](auto& i) {
          using T = std::decay_t<decltype(i)>;
          if constexpr (std::is_same_v<T, RuleItem>) {
            i.x1 += dx, i.x2 += dx, i.y1 += dy, i.y2 += dy;
          } else {
            i.x += dx, i.y += dy;
          }
        },
        item);
  }
}

}  // namespace siyasa::form_draw
