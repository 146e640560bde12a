// Stage "pdf": a PagedDocument in, a PDF file (our own writer) out. Glyph runs keep their logical
// text and clusters, so readers copy real Arabic out of the PDF. hb-subset, libpng and zlib stay
// inside src/pdf/. (The PNG previews are drawn by src/preview/.)
#pragma once

#include <filesystem>
#include <string>

#include "core/diagnostic.h"
#include "layout/paged_document.h"

namespace siyasa {

// Writes the whole document (pages, links, outline, metadata) to `destination`, atomically.
// Returns no errors on success, otherwise what went wrong, where its cause is: a font at its
// fonts.toml line, an image at its file, a write that failed at `destination`.
Diagnostics write_pdf(const PagedDocument& doc, const std::filesystem::path& destination);

}  // namespace siyasa
