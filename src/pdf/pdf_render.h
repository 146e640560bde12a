// Stage "pdf", internal: the writers with the font lookup passed in, so they can be driven
// without a FontSet (tests of non-text features). pdf_writer.h is the public face.
#pragma once

#include <filesystem>
#include <string>

#include "layout/paged_document.h"
#include "pdf/pdf_writer.h"
#include "text/face_lookup.h"

namespace siyasa {

// The PDF's bytes, or what stops it: a font at its fonts.toml line, an image at its file; a
// problem of no file of the user's (a layout bug) has an empty position.
Result<std::string> render_pdf(const PagedDocument& doc, const FaceLookup& lookup);

Diagnostics write_pdf(const PagedDocument& doc, const FaceLookup& lookup,
                      const std::filesystem::path& destination);

}  // namespace siyasa
