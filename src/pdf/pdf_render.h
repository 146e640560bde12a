// Stage "pdf", internal: the writers with the font lookup passed in, so they can be driven
// without a FontSet (tests of non-text features). pdf_writer.h is the public face.
#pragma once

#include <filesystem>
#include <string>

#include "core/diagnostic.h"
#include "layout/paged_document.h"
#include "pdf/pdf_objects.h"
#include "pdf/pdf_writer.h"
#include "text/face_lookup.h"

namespace siyasa {

// What the signature field and its widget say to a reader ("a digital signature").
inline constexpr const char* kSignatureFieldText = "التوقيع الرقمي للوثيقة";

// The document's objects before they are written out, and what an incremental update that signs
// it must rewrite: the catalog (to add the /AcroForm) and the signature field's widget (to add
// its value); widget 0 when the document has no signature field.
struct RenderedPdf {
  PdfObjects objects;
  int catalog = 0, info = 0, widget = 0;
  std::string catalog_body, widget_body;  // "<< … >>"
};
Result<RenderedPdf> render_pdf_objects(const PagedDocument& doc, const FaceLookup& lookup);

// The PDF's bytes, or what stops it: a font at its fonts.toml line, an image at its file; a
// problem of no file of the user's (a layout bug) has an empty position.
Result<std::string> render_pdf(const PagedDocument& doc, const FaceLookup& lookup);

Diagnostics write_pdf(const PagedDocument& doc, const FaceLookup& lookup,
                      const std::filesystem::path& destination);

Diagnostics render_signable_pdf(const PagedDocument& doc, const FaceLookup& lookup,
                                const SignatureDetails& details, SignablePdf& out);

}  // namespace siyasa
