#include "layout/front.h"

#include "layout/letterhead.h"

namespace siyasa {
namespace {

// One centred paragraph across `width` from `left`; returns its height.
double place_centered(const BodyContext& ctx, const std::string& text, FontRole role, double size,
                      const Color& color, double left, double width, double top,
                      std::vector<PageItem>& out, const std::string& link = {}) {
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
  return place_paragraph(ctx.ts, spec, left, top, color, out);
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
  y += place_centered(ctx, title, FontRole::heading, style.title_size, style.accent, g.body_left() + 20,
                      g.body_width() - 40, y, slice.items);
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
                const std::string& year_line, std::optional<ImageSize> logo) {
  const DocumentStyle& style = ctx.style;
  const PageGeometry& g = ctx.geometry;
  Page page;
  page.width = g.width;
  page.height = g.height;
  const double frame_x = g.margin_x, frame_y = g.margin_top;
  const double frame_w = g.width - 2 * g.margin_x, frame_h = g.height - g.margin_top - g.margin_bottom;
  page.items.push_back(BoxItem{frame_x, frame_y, frame_w, frame_h, 2, style.accent, std::nullopt});
  page.items.push_back(BoxItem{frame_x + 5, frame_y + 5, frame_w - 10, frame_h - 10, 0.6, style.accent, std::nullopt});

  const double left = g.body_left() + 30, width = g.body_width() - 60;
  double y = 150;
  if (logo && !org.logo.empty()) {
    const ImageItem image = fit_image(org.logo, *logo, g.width / 2, 120, 180, 150);
    page.items.emplace_back(image);
    y = image.y + image.h + 30;
  }
  y += place_centered(ctx, org.name, FontRole::heading, 22, style.accent, left, width, y, page.items);
  y += 28;
  const double mid = g.width / 2;
  page.items.push_back(RuleItem{mid - 90, y, mid + 90, y, 1.4, style.accent, false});
  y += 34;
  y += place_centered(ctx, title, FontRole::heading, 28, style.text, left, width, y, page.items);
  y += 40;
  if (!org.country_line.empty())
    y += place_centered(ctx, org.country_line, FontRole::body, 14, style.muted, left, width, y, page.items);
  if (const std::string reg = registration_line(org); !reg.empty())
    y += place_centered(ctx, reg, FontRole::body, 14, style.muted, left, width, y, page.items);

  double bottom = g.height - g.margin_bottom - 90;
  if (!year_line.empty())
    bottom += place_centered(ctx, year_line, FontRole::body_bold, 15, style.accent, left, width, bottom, page.items);
  if (!org.website.empty()) {
    const std::string uri = org.website.find("://") == std::string::npos ? "https://" + org.website : org.website;
    place_centered(ctx, org.website, FontRole::body, 11, style.muted, left, width, bottom + 4, page.items, uri);
  }
  return page;
}

}  // namespace siyasa
