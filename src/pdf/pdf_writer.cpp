// Stage "pdf": the public writers, which find each face's file through the document's FontSet.
#include "pdf/pdf_writer.h"

#include "pdf/pdf_render.h"

namespace siyasa {
namespace {

FaceLookup lookup_in(const PagedDocument& doc) {
  auto fonts = doc.fonts;
  return [fonts](FaceId id) { return fonts ? face_file(*fonts, id) : FaceFile{}; };
}

}  // namespace

std::string write_pdf(const PagedDocument& doc, const std::filesystem::path& destination) {
  return write_pdf(doc, lookup_in(doc), destination);
}

Result<PageImage> render_page(const PagedDocument& doc, int page, double dpi) {
  return render_page(doc, lookup_in(doc), page, dpi);
}

std::string write_png(const PagedDocument& doc, int page, double dpi,
                      const std::filesystem::path& destination) {
  return write_png(doc, lookup_in(doc), page, dpi, destination);
}

}  // namespace siyasa
