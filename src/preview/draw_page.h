// Stage "preview", internal: draws one Page's items onto a cairo context whose user space is the
// page in points (top-left origin), for the PNG preview. (The PDF has its own writer,
// page_content.h, because it must also carry each glyph's copy-out text.)
#pragma once

#include <filesystem>
#include <map>
#include <string>

#include <cairo.h>

#include "layout/paged_document.h"
#include "preview/font_faces.h"

namespace siyasa {

// What the pages of one document share: fonts, and PNG images read once.
class PageResources {
 public:
  explicit PageResources(FaceLookup lookup) : faces(std::move(lookup)) {}
  ~PageResources();
  PageResources(const PageResources&) = delete;
  PageResources& operator=(const PageResources&) = delete;

  FontFaces faces;
  // The image, or nullptr with `error` set (at the file) when it is missing or not a PNG.
  cairo_surface_t* image(const std::filesystem::path& file, std::optional<Diagnostic>& error);

 private:
  std::map<std::filesystem::path, cairo_surface_t*> images_;
};

// Draws every item (links are invisible). Returns nothing, or the first problem (a font or image
// that cannot be used).
std::optional<Diagnostic> draw_page(cairo_t* cr, const Page& page, PageResources& resources);

}  // namespace siyasa
