// Stage "preview": PNG pictures of pages, drawn with cairo on an image surface.
#include "preview/png_page.h"

#include <cmath>
#include <memory>

#include "core/atomic_write.h"
#include "preview/cairo_lock.h"
#include "preview/draw_page.h"

namespace siyasa {
namespace {

using Surface = std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)>;

// The page drawn on white into a new image surface, or nullptr with `error` set.
Surface draw_image_surface(const PagedDocument& doc, const FaceLookup& lookup, int page, double dpi,
                           std::optional<Diagnostic>& error) {
  Surface none(nullptr, cairo_surface_destroy);
  if (page < 0 || page >= static_cast<int>(doc.pages.size())) {
    error = make_error({}, "page " + std::to_string(page + 1) + " does not exist (the document has " +
                               std::to_string(doc.pages.size()) + ")");
    return none;
  }
  if (!(dpi > 0 && dpi <= 1200)) {
    error = make_error({}, "a preview resolution must be between 1 and 1200 dpi");
    return none;
  }
  const Page& p = doc.pages[page];
  const double scale = dpi / 72.0;
  Surface surface(cairo_image_surface_create(CAIRO_FORMAT_RGB24, std::lround(p.width * scale),
                                             std::lround(p.height * scale)),
                  cairo_surface_destroy);
  cairo_t* cr = cairo_create(surface.get());
  cairo_set_source_rgb(cr, 1, 1, 1);
  cairo_paint(cr);
  cairo_scale(cr, scale, scale);
  cairo_font_options_t* options = cairo_font_options_create();
  cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY);
  cairo_set_font_options(cr, options);
  cairo_font_options_destroy(options);
  PageResources resources(lookup);
  error = draw_page(cr, p, resources);
  cairo_destroy(cr);
  cairo_surface_flush(surface.get());
  if (error) return none;
  return surface;
}

}  // namespace

Result<PageImage> render_page(const PagedDocument& doc, const FaceLookup& lookup, int page, double dpi) {
  std::lock_guard cairo(cairo_lock());
  std::optional<Diagnostic> error;
  Surface surface = draw_image_surface(doc, lookup, page, dpi, error);
  if (!surface) return Result<PageImage>::failure(std::move(*error));
  PageImage image;
  image.width = cairo_image_surface_get_width(surface.get());
  image.height = cairo_image_surface_get_height(surface.get());
  const int stride = cairo_image_surface_get_stride(surface.get());
  const unsigned char* data = cairo_image_surface_get_data(surface.get());
  image.rgb.reserve(static_cast<std::size_t>(image.width) * image.height * 3);
  for (int y = 0; y < image.height; ++y) {
    const auto* row = reinterpret_cast<const std::uint32_t*>(data + y * stride);
    for (int x = 0; x < image.width; ++x) {
      image.rgb.push_back(static_cast<std::uint8_t>(row[x] >> 16));
      image.rgb.push_back(static_cast<std::uint8_t>(row[x] >> 8));
      image.rgb.push_back(static_cast<std::uint8_t>(row[x]));
    }
  }
  return Result<PageImage>::success(std::move(image));
}

Diagnostics write_png(const PagedDocument& doc, const FaceLookup& lookup, int page, double dpi,
                      const std::filesystem::path& destination) {
  std::lock_guard cairo(cairo_lock());
  std::optional<Diagnostic> error;
  Surface surface = draw_image_surface(doc, lookup, page, dpi, error);
  if (!surface) {
    if (error->where.file.empty()) error->where.file = destination.string();
    return {std::move(*error)};
  }
  return write_file_atomically_with(destination, [&](const std::filesystem::path& temporary) {
    cairo_status_t status = cairo_surface_write_to_png(surface.get(), temporary.c_str());
    if (status == CAIRO_STATUS_SUCCESS) return Diagnostics{};
    return Diagnostics{make_error({destination.string(), 0, 0},
                                  std::string("cannot write the PNG: ") + cairo_status_to_string(status))};
  });
}

Result<PageImage> render_page(const PagedDocument& doc, int page, double dpi) {
  return render_page(doc, fonts_of(doc.fonts), page, dpi);
}

Diagnostics write_png(const PagedDocument& doc, int page, double dpi,
                      const std::filesystem::path& destination) {
  return write_png(doc, fonts_of(doc.fonts), page, dpi, destination);
}

}  // namespace siyasa
