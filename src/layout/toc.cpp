#include "layout/toc.h"

#include "layout/numbering.h"

namespace siyasa {
namespace {

constexpr double kNumberColumn = 34;

Slice make_toc_heading(const BodyContext& ctx) {
  const DocumentStyle& style = ctx.style;
  TextStyle ts;
  ts.role = FontRole::heading;
  ts.size = style.heading_size[0];
  ParagraphSpec spec;
  spec.spans = {StyledText{"جدول المحتويات", ts}};
  spec.width = ctx.geometry.body_width();
  spec.align = Align::start;
  spec.line_height = 1.6;
  Slice slice;
  slice.what = "heading";
  slice.space_before = style.heading_gap[0];
  slice.keep_with_next = true;
  slice.height = place_paragraph(ctx.ts, spec, ctx.geometry.body_left(), 0, style.accent, slice.items);
  slice.height += 4;
  tag_items(slice.items, 0, ctx.ts.structure->add(StructRole::heading, -1, 2));
  slice.anchors.push_back(Anchor{"toc", "جدول المحتويات", 1, false, 0});
  return slice;
}

Slice make_entry(const BodyContext& ctx, const TocEntry& entry, int page, int contents) {
  const DocumentStyle& style = ctx.style;
  const PageGeometry& g = ctx.geometry;
  TextStyle ts;
  ts.role = entry.level == 1 ? FontRole::body_bold : FontRole::body;
  ts.bold = entry.level == 1;
  ts.size = style.body_size - (entry.level == 1 ? 0 : 0.5);
  const double indent = style.list_indent * (entry.level - 1);
  const HBox title_box{g.body_left() + kNumberColumn + 6, g.body_right() - indent};

  ParagraphSpec spec;
  spec.spans = {StyledText{entry.title, ts}};
  spec.width = title_box.width() - 30;  // room for the leader on the last line
  spec.align = Align::start;
  spec.line_height = 1.5;
  const ParagraphLayout layout = ctx.ts.paragraph(spec);

  Slice slice;
  slice.what = "toc entry";
  slice.space_before = entry.level == 1 ? 4 : 0;
  double last_baseline = 0;
  for (std::size_t i = 0; i < layout.lines.size(); ++i) {
    last_baseline = baseline_of(layout, i, 0);
    if (i == 0) slice.baseline = last_baseline;
    place_line(layout.lines[i], title_box.left + 30, last_baseline, style.text, style.link, slice.items);
  }
  slice.height = layout.height;
  if (layout.lines.empty()) return slice;

  double number_right = g.body_left();
  if (page > 0) {
    ParagraphSpec num;
    TextStyle ns = ts;
    ns.role = FontRole::body;
    ns.bold = false;
    num.spans = {StyledText{format_number(page, ctx.options.numerals), ns}};
    num.width = kNumberColumn;
    num.align = Align::end;  // left in an RTL line
    const ParagraphLayout numbers = ctx.ts.paragraph(num);
    if (!numbers.lines.empty()) {
      const Line& line = numbers.lines.front();
      const double left = g.body_left() - line_ink_left(line);
      place_line(line, left, last_baseline, style.text, style.text, slice.items);
      number_right = left + line_ink_right(line);
    }
  }
  const double leader_right = title_box.left + 30 + line_ink_left(layout.lines.back()) - 6;
  const double leader_left = std::max(number_right, g.body_left() + 14) + 6;
  if (leader_right > leader_left)
    slice.items.push_back(RuleItem{leader_left, last_baseline - 1, leader_right, last_baseline - 1,
                                   0.8, style.muted, true});
  LinkItem link;
  link.x = g.body_left();
  link.y = 0;
  link.w = g.body_right() - indent - g.body_left();
  link.h = slice.height;
  link.uri = "#" + entry.anchor;
  slice.items.push_back(std::move(link));
  tag_items(slice.items, 0, ctx.ts.structure->add(StructRole::contents_item, contents));
  return slice;
}

}  // namespace

std::vector<TocEntry> collect_toc(const std::vector<Slice>& slices, int top_level) {
  std::vector<TocEntry> entries;
  for (const auto& slice : slices)
    for (const auto& a : slice.anchors)
      if (a.in_toc) entries.push_back(TocEntry{a.title, a.id, a.level - top_level + 1});
  return entries;
}

void append_toc(const BodyContext& ctx, const std::vector<TocEntry>& entries,
                const std::map<std::string, int>& pages, std::vector<Slice>& out) {
  out.push_back(make_toc_heading(ctx));
  const int contents = ctx.ts.structure->add(StructRole::contents);
  for (const auto& entry : entries) {
    const auto it = pages.find(entry.anchor);
    out.push_back(make_entry(ctx, entry, it == pages.end() ? 0 : it->second, contents));
  }
}

}  // namespace siyasa
