#include "preview/draw_page.h"

#include <algorithm>
#include <vector>

namespace siyasa {

namespace {

void set_color(cairo_t* cr, const Color& c) { cairo_set_source_rgb(cr, c.r, c.g, c.b); }

std::optional<Diagnostic> draw_text(cairo_t* cr, const TextItem& item, PageResources& resources) {
  const GlyphRun& run = item.run;
  if (run.glyphs.empty()) return {};
  std::optional<Diagnostic> error;
  cairo_font_face_t* face = resources.faces.face(run.face, error);
  if (!face) return error;
  cairo_set_font_face(cr, face);
  cairo_set_font_size(cr, run.size);
  set_color(cr, item.color);
  std::vector<cairo_glyph_t> glyphs;
  glyphs.reserve(run.glyphs.size());
  for (const PositionedGlyph& g : run.glyphs) glyphs.push_back({g.glyph, item.x + g.x, item.y + g.y});
  cairo_show_glyphs(cr, glyphs.data(), static_cast<int>(glyphs.size()));
  if (cairo_status(cr) != CAIRO_STATUS_SUCCESS)
    return make_error({}, "cannot draw the text \"" + run.text + "\": " + cairo_status_to_string(cairo_status(cr)));
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

std::optional<Diagnostic> draw_image(cairo_t* cr, const ImageItem& image, PageResources& resources) {
  std::optional<Diagnostic> error;
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

}  // namespace

PageResources::~PageResources() {
  for (auto& [file, surface] : images_) cairo_surface_destroy(surface);
}

cairo_surface_t* PageResources::image(const std::filesystem::path& file, std::optional<Diagnostic>& error) {
  if (auto found = images_.find(file); found != images_.end()) return found->second;
  cairo_surface_t* png = cairo_image_surface_create_from_png(file.c_str());
  if (cairo_surface_status(png) != CAIRO_STATUS_SUCCESS) {
    error = make_error({file.string(), 0, 0},
                       std::string("cannot read this PNG image: ") + cairo_status_to_string(cairo_surface_status(png)));
    cairo_surface_destroy(png);
    return nullptr;
  }
  images_.emplace(file, png);
  return png;
}

std::optional<Diagnostic> draw_page(cairo_t* cr, const Page& page, PageResources& resources) {
  for (const PageItem& item : page.items) {
    std::optional<Diagnostic> error;
    if (auto* text = std::get_if<TextItem>(&item))
      error = draw_text(cr, *text, resources);
    else if (auto* rule = std::get_if<RuleItem>(&item))
      draw_rule(cr, *rule);
    else if (auto* box = std::get_if<BoxItem>(&item))
      draw_box(cr, *box);
    else if (auto* image = std::get_if<ImageItem>(&item))
      error = draw_image(cr, *image, resources);
    if (error) return error;
  }
  if (cairo_status(cr) != CAIRO_STATUS_SUCCESS) return make_error({}, cairo_status_to_string(cairo_status(cr)));
  return {};
}

}  // namespace siyasa
