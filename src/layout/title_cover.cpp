#include "layout/title_cover.h"

#include "layout/letterhead.h"

namespace siyasa {
namespace {

// One centred paragraph across `width` from `left`; returns its height.
// The paragraph is tagged as a new StructNode of `tag_role` (heading `level`) under the
// body's structure parent.
double place_centered(const BodyContext& ctx, const std::string& text, FontRole role, double size,
                      const Color& color, double left, double width, double top,
                      std::vector<PageItem>& out, const std::string& link = {},
                      StructRole tag_role = StructRole::paragraph, int level = 0) {
  TextStyle ts;
  ts.role = role;
  ts.bold = role == FontRole::body_bold;
  ts.size = size;
  ts.link = link;
  ParagraphSpec spec;
  spec.spans = {StyledText{text, ts}};
  spec.width = width;
  spec.align = Align::center;
  spec.line_height = 1.55;
  const std::size_t from = out.size();
  const double height = place_paragraph(ctx.ts, spec, left, top, color, out);
  tag_items(out, from, ctx.ts.structure->add(tag_role, ctx.options.structure_parent, level));
  return height;
}

}  // namespace

Slice make_title_block(const BodyContext& ctx, const std::string& title, const std::string& subtitle,
                       const std::string& anchor_id, int level, bool in_toc) {
  const DocumentStyle& style = ctx.style;
  const PageGeometry& g = ctx.geometry;
  Slice slice;
  slice.what = "title";
  slice.keep_with_next = true;
  double y = 6;
  // A policy's title is the document's first heading; in a booklet it is one level below the
  // booklet's title (outline_base 2).
  y += place_centered(ctx, title, FontRole::heading, style.title_size, style.accent, g.body_left() + 20,
                      g.body_width() - 40, y, slice.items, {}, StructRole::heading, ctx.options.outline_base);
  if (!subtitle.empty())
    y += 2 + place_centered(ctx, subtitle, FontRole::body, style.body_size + 1, style.muted,
                            g.body_left(), g.body_width(), y + 2, slice.items);
  const double mid = g.width / 2;
  slice.items.push_back(RuleItem{mid - 60, y + 8, mid + 60, y + 8, 1.4, style.accent, false});
  slice.height = y + 16;
  slice.anchors.push_back(Anchor{anchor_id, title, level, in_toc, 0});
  return slice;
}

Page make_cover(const BodyContext& ctx, const OrgData& org, const std::string& title,
                const std::vector<std::string>& contents, const std::string& year_line,
                std::optional<ImageSize> logo) {
  const DocumentStyle& style = ctx.style;
  const PageGeometry& g = ctx.geometry;
  Page page;
  page.width = g.width;
  page.height = g.height;
  const double frame_x = g.margin_x, frame_y = g.margin_top;
  const double frame_w = g.width - 2 * g.margin_x, frame_h = g.height - g.margin_top - g.margin_bottom;
  page.items.push_back(BoxItem{frame_x, frame_y, frame_w, frame_h, 2, style.accent, std::nullopt});
  page.items.push_back(BoxItem{frame_x + 5, frame_y + 5, frame_w - 10, frame_h - 10, 0.6, style.accent, std::nullopt});

  // The centred block, laid out from y = 0 and moved to the middle of the frame's upper part.
  std::vector<PageItem> block;
  const double left = g.body_left() + 30, width = g.body_width() - 60;
  double y = 0;
  if (logo && !org.logo.empty()) {
    ImageItem image = fit_image(org.logo, *logo, g.width / 2, 0, 180, 150);
    image.tag = ctx.ts.structure->add(StructRole::figure, ctx.options.structure_parent, 0, "شعار " + org.name);
    block.emplace_back(image);
    y = image.h + 30;
  }
  y += place_centered(ctx, org.name, FontRole::heading, 22, style.accent, left, width, y, block);
  y += 22;
  const double mid = g.width / 2;
  block.push_back(RuleItem{mid - 90, y, mid + 90, y, 1.4, style.accent, false});
  y += 26;
  y += place_centered(ctx, title, FontRole::heading, 28, style.text, left, width, y, block, {},
                      StructRole::heading, 1);
  y += 18;
  for (const auto& line : contents)
    y += place_centered(ctx, line, FontRole::body, 14, style.text, left, width, y, block);
  y += 26;
  if (!org.country_line.empty())
    y += place_centered(ctx, org.country_line, FontRole::body, 13, style.muted, left, width, y, block);
  if (const std::string reg = registration_line(org); !reg.empty())
    y += place_centered(ctx, reg, FontRole::body, 13, style.muted, left, width, y, block);

  const double foot = g.height - g.margin_bottom - 90;
  const double room = foot - (frame_y + 30);
  const double top = frame_y + 30 + std::max(0.0, (room - y) * 0.4);
  for (auto& item : block) {
    std::visit([top](auto& it) {
      using T = std::decay_t<decltype(it)>;
      if constexpr (std::is_same_v<T, RuleItem>) { it.y1 += top; it.y2 += top; }
      else it.y += top;
    }, item);
    page.items.push_back(std::move(item));
  }

  double bottom = foot;
  if (!year_line.empty())
    bottom += place_centered(ctx, year_line, FontRole::body_bold, 15, style.accent, left, width, bottom, page.items);
  if (!org.website.empty()) {
    const std::string uri = org.website.find("://") == std::string::npos ? "https://" + org.website : org.website;
    place_centered(ctx, org.website, FontRole::body, 11, style.muted, left, width, bottom + 4, page.items, uri);
  }
  return page;
}

}  // namespace siyasa
