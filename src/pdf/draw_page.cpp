#include "pdf/draw_page.h"

#include <algorithm>
#include <cstdio>
#include <optional>

#include "pdf/cluster_order.h"

namespace siyasa {

namespace {

void set_color(cairo_t* cr, const Color& c) { cairo_set_source_rgb(cr, c.r, c.g, c.b); }

// An inkless glyph other than the space (hair space, thin space, ...), drawn where a character's
// box must reach further (cluster_order.h).
std::optional<SpacerGlyph> find_spacer(cairo_scaled_font_t* font, FontFaces& faces, FaceId id) {
  const std::uint32_t space = faces.glyph_index(id, U' ');
  for (char32_t candidate : {U'\u200A', U'\u2009', U'\u202F', U'\u2006', U'\u2005', U'\u2008'}) {
    const std::uint32_t glyph = faces.glyph_index(id, candidate);
    if (glyph == 0 || glyph == space) continue;
    cairo_glyph_t g{glyph, 0, 0};
    cairo_text_extents_t extents;
    cairo_scaled_font_glyph_extents(font, &g, 1, &extents);
    if (extents.width == 0 && extents.height == 0) return SpacerGlyph{glyph, extents.x_advance};
  }
  return std::nullopt;
}

// The first use of a glyph fixes its ToUnicode entry in the PDF. The first run drawn with a font
// therefore starts with the spacer glyph as its own cluster, WORD JOINER (invisible, no effect
// on shaping), so readers that copy glyph by glyph (MuPDF) find nothing visible where a spacer
// stands. It sits just before the run's logical start, outside the run's ink. (Drawn alone it
// would be dropped: cairo leaves out drawings without ink.)
void claim_spacer_text(CairoRun& arranged, const SpacerGlyph& spacer,
                       const TextItem& item) {
  static const std::string word_joiner = "\u2060";
  arranged.text.insert(0, word_joiner);
  arranged.clusters.insert(arranged.clusters.begin(), {static_cast<int>(word_joiner.size()), 1});
  if (item.run.rtl)  // a backward run's first cluster takes the last glyphs
    arranged.glyphs.push_back({spacer.glyph, item.x + item.run.width, item.y});
  else
    arranged.glyphs.insert(arranged.glyphs.begin(), {spacer.glyph, item.x - spacer.advance, item.y});
}

std::string draw_text(cairo_t* cr, const TextItem& item, PageResources& resources) {
  const GlyphRun& run = item.run;
  if (run.glyphs.empty()) return {};
  std::string error;
  cairo_font_face_t* face = resources.faces.face(run.face, error);
  if (!face) return error;
  cairo_set_font_face(cr, face);
  cairo_set_font_size(cr, run.size);
  set_color(cr, item.color);

  cairo_scaled_font_t* font = cairo_get_scaled_font(cr);
  auto font_advance = [font](std::uint32_t glyph) {
    cairo_glyph_t g{glyph, 0, 0};
    cairo_text_extents_t extents;
    cairo_scaled_font_glyph_extents(font, &g, 1, &extents);
    return extents.x_advance;
  };
  ArrangeOptions options;
  options.font_advance = font_advance;
  options.spacer = resources.spacer(font, run.face, run.size);
  options.claim_extra_glyph = [&](std::uint32_t glyph) {
    return resources.faces.is_tatweel(run.face, glyph) &&
           resources.claimed_glyphs.insert({run.face, run.size, glyph}).second;
  };
  CairoRun arranged = arrange_run(run, item.x, item.y, options);
  if (options.spacer && resources.spacer_claimed.insert({run.face, run.size}).second)
    claim_spacer_text(arranged, *options.spacer, item);
  cairo_show_text_glyphs(cr, arranged.text.data(), static_cast<int>(arranged.text.size()),
                         arranged.glyphs.data(), static_cast<int>(arranged.glyphs.size()),
                         arranged.clusters.data(), static_cast<int>(arranged.clusters.size()),
                         arranged.flags);
  if (cairo_status(cr) != CAIRO_STATUS_SUCCESS)
    return "cannot draw the text \"" + run.text + "\": " + cairo_status_to_string(cairo_status(cr));
  return {};
}

void draw_rule(cairo_t* cr, const RuleItem& rule) {
  cairo_save(cr);
  set_color(cr, rule.color);
  cairo_set_line_width(cr, rule.width);
  if (rule.dashed) {
    const double dashes[] = {rule.width * 4, rule.width * 3};
    cairo_set_dash(cr, dashes, 2, 0);
  }
  cairo_move_to(cr, rule.x1, rule.y1);
  cairo_line_to(cr, rule.x2, rule.y2);
  cairo_stroke(cr);
  cairo_restore(cr);
}

void draw_box(cairo_t* cr, const BoxItem& box) {
  cairo_save(cr);
  cairo_rectangle(cr, box.x, box.y, box.w, box.h);
  if (box.fill) {
    set_color(cr, *box.fill);
    cairo_fill_preserve(cr);
  }
  if (box.stroke > 0) {
    set_color(cr, box.stroke_color);
    cairo_set_line_width(cr, box.stroke);
    cairo_stroke(cr);
  }
  cairo_new_path(cr);
  cairo_restore(cr);
}

std::string draw_image(cairo_t* cr, const ImageItem& image, PageResources& resources) {
  std::string error;
  cairo_surface_t* png = resources.image(image.file, error);
  if (!png) return error;
  const double w = cairo_image_surface_get_width(png);
  const double h = cairo_image_surface_get_height(png);
  if (w <= 0 || h <= 0 || image.w <= 0 || image.h <= 0) return {};
  // Fit inside the box, aspect ratio kept, centred.
  const double scale = std::min(image.w / w, image.h / h);
  const double x = image.x + (image.w - w * scale) / 2;
  const double y = image.y + (image.h - h * scale) / 2;
  cairo_save(cr);
  cairo_translate(cr, x, y);
  cairo_scale(cr, scale, scale);
  cairo_set_source_surface(cr, png, 0, 0);
  cairo_pattern_set_filter(cairo_get_source(cr), CAIRO_FILTER_GOOD);
  cairo_rectangle(cr, 0, 0, w, h);
  cairo_fill(cr);
  cairo_restore(cr);
  return {};
}

// A string value for cairo's tag attributes: single quotes, with ' and \ escaped.
std::string quoted(const std::string& value) {
  std::string out = "'";
  for (char c : value) {
    if (c == '\'' || c == '\\') out += '\\';
    out += c;
  }
  return out + "'";
}

std::string number(double v) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f", v);
  return buffer;
}

void draw_link(cairo_t* cr, const LinkItem& link) {
  std::string attributes = "rect=[" + number(link.x) + " " + number(link.y) + " " + number(link.w) +
                           " " + number(link.h) + "] ";
  if (!link.uri.empty())
    attributes += "uri=" + quoted(link.uri);
  else if (link.dest_page >= 0)
    attributes += "page=" + std::to_string(link.dest_page + 1) + " pos=[0 " + number(link.dest_y) + "]";
  else
    return;
  cairo_tag_begin(cr, CAIRO_TAG_LINK, attributes.c_str());
  cairo_tag_end(cr, CAIRO_TAG_LINK);
}

}  // namespace

const std::optional<SpacerGlyph>& PageResources::spacer(cairo_scaled_font_t* font, FaceId face,
                                                        double size) {
  auto found = spacers_.find({face, size});
  if (found == spacers_.end())
    found = spacers_.emplace(std::make_pair(face, size), find_spacer(font, faces, face)).first;
  return found->second;
}

PageResources::~PageResources() {
  for (auto& [file, surface] : images_) cairo_surface_destroy(surface);
}

cairo_surface_t* PageResources::image(const std::filesystem::path& file, std::string& error) {
  if (auto found = images_.find(file); found != images_.end()) return found->second;
  cairo_surface_t* png = cairo_image_surface_create_from_png(file.c_str());
  if (cairo_surface_status(png) != CAIRO_STATUS_SUCCESS) {
    error = "cannot read the PNG image " + file.string() + ": " +
            cairo_status_to_string(cairo_surface_status(png));
    cairo_surface_destroy(png);
    return nullptr;
  }
  images_.emplace(file, png);
  return png;
}

std::string draw_page(cairo_t* cr, const Page& page, PageResources& resources, bool tag_links) {
  for (const PageItem& item : page.items) {
    std::string error;
    if (auto* text = std::get_if<TextItem>(&item))
      error = draw_text(cr, *text, resources);
    else if (auto* rule = std::get_if<RuleItem>(&item))
      draw_rule(cr, *rule);
    else if (auto* box = std::get_if<BoxItem>(&item))
      draw_box(cr, *box);
    else if (auto* image = std::get_if<ImageItem>(&item))
      error = draw_image(cr, *image, resources);
    else if (auto* link = std::get_if<LinkItem>(&item); link && tag_links)
      draw_link(cr, *link);
    if (!error.empty()) return error;
  }
  if (cairo_status(cr) != CAIRO_STATUS_SUCCESS) return cairo_status_to_string(cairo_status(cr));
  return {};
}

}  // namespace siyasa
