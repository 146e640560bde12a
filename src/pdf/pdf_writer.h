// Stage "pdf": a PagedDocument in, a PDF file (our own writer) out. Glyph runs keep their logical
// text and clusters, so readers copy real Arabic out of the PDF. hb-subset, libpng and zlib stay
// inside src/pdf/. (The PNG previews are drawn by src/preview/.)
#pragma once

#include <cstddef>
#include <ctime>
#include <filesystem>
#include <string>

#include "core/diagnostic.h"
#include "layout/paged_document.h"

namespace siyasa {

// Writes the whole document (pages, links, outline, metadata) to `destination`, atomically.
// Returns no errors on success, otherwise what went wrong, where its cause is: a font at its
// fonts.toml line, an image at its file, a write that failed at `destination`.
Diagnostics write_pdf(const PagedDocument& doc, const std::filesystem::path& destination);

// A PDF to be signed (PAdES): the document as write_pdf writes it, with the signature field
// PagedDocument::signature places (a widget tagged as a Form element), then an incremental
// update — the signature dictionary (/SubFilter /ETSI.CAdES.detached, /ByteRange, /Contents left
// as zeros), the field's value, the catalog with its /AcroForm (/SigFlags 3), a cross-reference
// section and a trailer with /Prev. The sign stage fills /Contents (sign/signer.h).
struct SignatureDetails {
  std::string signer;         // the certificate's name, for /Name
  std::time_t time = 0;       // /M, the claimed signing time (UTC)
};
struct SignablePdf {
  std::string bytes;
  std::size_t contents_offset = 0, contents_length = 0;  // "<00…0>", '<' and '>' included
};
// Returns what stops it (as render_pdf), or nothing with `out` filled. The document must have a
// signature field.
Diagnostics render_signable_pdf(const PagedDocument& doc, const SignatureDetails& details, SignablePdf& out);

}  // namespace siyasa
