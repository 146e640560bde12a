// Stage "preview": PNG pictures of a PagedDocument's pages, drawn with cairo on an image surface
// (for reviewing layout by eye and for tests that look at pixels). The PDF itself is written by
// src/pdf/; cairo and FreeType stay inside src/preview/.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "layout/paged_document.h"
#include "text/face_lookup.h"

namespace siyasa {

// One page (0-based) drawn at `dpi` on white, as 8-bit RGB pixels, row by row.
struct PageImage {
  int width = 0, height = 0;
  std::vector<std::uint8_t> rgb;  // width * height * 3 bytes
};
Result<PageImage> render_page(const PagedDocument& doc, int page, double dpi);

// The same page written as a PNG file, atomically: no errors, or what stopped it (a font at its
// fonts.toml line, an image at its file, a write at `destination`).
Diagnostics write_png(const PagedDocument& doc, int page, double dpi,
                      const std::filesystem::path& destination);

// The same with the font lookup passed in, so they can be driven without a FontSet (tests of
// non-text features).
Result<PageImage> render_page(const PagedDocument& doc, const FaceLookup& lookup, int page, double dpi);
Diagnostics write_png(const PagedDocument& doc, const FaceLookup& lookup, int page, double dpi,
                      const std::filesystem::path& destination);

}  // namespace siyasa
