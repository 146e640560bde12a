// Stage "pdf": a PagedDocument in, a PDF file (our own writer) or PNG previews (cairo image
// surface) out. Glyph runs keep their logical text and clusters, so readers copy real Arabic out
// of the PDF. cairo, FreeType, hb-subset, libpng and zlib stay inside src/pdf/.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "layout/paged_document.h"

namespace siyasa {

// Writes the whole document (pages, links, outline, metadata) to `destination`, atomically.
// Returns an empty string on success, otherwise what went wrong (missing font or image, ...).
std::string write_pdf(const PagedDocument& doc, const std::filesystem::path& destination);

// One page (0-based) drawn at `dpi` on white, as 8-bit RGB pixels, row by row.
struct PageImage {
  int width = 0, height = 0;
  std::vector<std::uint8_t> rgb;  // width * height * 3 bytes
};
Result<PageImage> render_page(const PagedDocument& doc, int page, double dpi);

// The same page written as a PNG file, atomically. Empty string on success, else an error message.
std::string write_png(const PagedDocument& doc, int page, double dpi,
                      const std::filesystem::path& destination);

}  // namespace siyasa
