// Stage "pdf", internal: draws one Page's items onto a cairo context whose user space is the
// page in points (top-left origin). The PDF and the PNG preview both go through here.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <tuple>
#include <utility>
#include <string>
#include <vector>

#include <cairo.h>

#include "layout/paged_document.h"
#include "pdf/cluster_order.h"
#include "pdf/font_faces.h"

namespace siyasa {

// What the pages of one document share: fonts, and PNG images read once (a logo on every page
// is embedded in the PDF once).
class PageResources {
 public:
  explicit PageResources(FaceLookup lookup) : faces(std::move(lookup)) {}
  ~PageResources();
  PageResources(const PageResources&) = delete;
  PageResources& operator=(const PageResources&) = delete;

  FontFaces faces;
  std::set<std::pair<FaceId, double>> spacer_claimed;  // fonts whose spacer glyph has its text
  // Tatweel glyphs already given WORD JOINER as their text (cluster_order.h).
  std::set<std::tuple<FaceId, double, std::uint32_t>> claimed_glyphs;
  // The font's spacer glyph (cluster_order.h), looked up once per face and size.
  const std::optional<SpacerGlyph>& spacer(cairo_scaled_font_t* font, FaceId face, double size);
  // The image, or nullptr with `error` set when the file is missing or not a PNG.
  cairo_surface_t* image(const std::filesystem::path& file, std::string& error);

 private:
  std::map<std::filesystem::path, cairo_surface_t*> images_;
  std::map<std::pair<FaceId, double>, std::optional<SpacerGlyph>> spacers_;
};

// Draws every item; links become PDF link tags when `tag_links` (the PDF surface).
// Returns an empty string, or the first problem (a font or image that cannot be used).
std::string draw_page(cairo_t* cr, const Page& page, PageResources& resources, bool tag_links);

}  // namespace siyasa
