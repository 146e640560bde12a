// Stage "pdf": the public writer, which finds each face's file through the document's FontSet.
#include "pdf/pdf_writer.h"

#include "pdf/pdf_render.h"

namespace siyasa {

Diagnostics write_pdf(const PagedDocument& doc, const std::filesystem::path& destination) {
  return write_pdf(doc, fonts_of(doc.fonts), destination);
}

Diagnostics render_signable_pdf(const PagedDocument& doc, const SignatureDetails& details, SignablePdf& out) {
  return render_signable_pdf(doc, fonts_of(doc.fonts), details, out);
}

}  // namespace siyasa
