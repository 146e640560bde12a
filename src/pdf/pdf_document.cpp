// Stage "pdf": the document-level part of the PDF (surface, pages, outline, metadata).
#include <cairo-pdf.h>

#include <cstdio>
#include <vector>

#include "core/atomic_write.h"
#include "pdf/cairo_lock.h"
#include "pdf/draw_page.h"
#include "pdf/pdf_lang.h"
#include "pdf/pdf_render.h"

namespace siyasa {
namespace {

cairo_status_t append_bytes(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

// cairo wants "YYYY-MM-DDThh:mm:ss"; data may give only the date. Without a date the output
// still must not depend on the clock, so a fixed one is used.
std::string pdf_date(const std::string& iso) {
  if (iso.empty()) return "2000-01-01T00:00:00";
  if (iso.size() == 10) return iso + "T00:00:00";
  return iso;
}

void set_metadata(cairo_surface_t* surface, const DocumentInfo& info) {
  const std::pair<cairo_pdf_metadata_t, std::string> fields[] = {
      {CAIRO_PDF_METADATA_TITLE, info.title},
      {CAIRO_PDF_METADATA_AUTHOR, info.author},
      {CAIRO_PDF_METADATA_SUBJECT, info.subject},
      {CAIRO_PDF_METADATA_KEYWORDS, info.keywords},
      {CAIRO_PDF_METADATA_CREATOR, "siyasa"},
      {CAIRO_PDF_METADATA_CREATE_DATE, pdf_date(info.creation_date)},
      {CAIRO_PDF_METADATA_MOD_DATE, pdf_date(info.creation_date)},
  };
  for (const auto& [field, value] : fields)
    if (!value.empty()) cairo_pdf_surface_set_metadata(surface, field, value.c_str());
}

std::string destination(int page, double y) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "page=%d pos=[0 %.2f]", page + 1, y);
  return buffer;
}

// Bookmarks nested by level: an entry hangs under the nearest earlier entry of a lower level.
std::string add_outline(cairo_surface_t* surface, const PagedDocument& doc) {
  std::vector<std::pair<int, int>> open;  // (level, cairo outline id), innermost last
  for (const OutlineEntry& entry : doc.outline) {
    if (entry.page < 0 || entry.page >= static_cast<int>(doc.pages.size()))
      return "the bookmark \"" + entry.title + "\" points at page " + std::to_string(entry.page + 1) +
             " of a " + std::to_string(doc.pages.size()) + "-page document";
    while (!open.empty() && open.back().first >= entry.level) open.pop_back();
    int parent = open.empty() ? CAIRO_PDF_OUTLINE_ROOT : open.back().second;
    int id = cairo_pdf_surface_add_outline(surface, parent, entry.title.c_str(),
                                           destination(entry.page, entry.y).c_str(),
                                           cairo_pdf_outline_flags_t(0));
    open.emplace_back(entry.level, id);
  }
  return {};
}

}  // namespace

std::string render_pdf(const PagedDocument& doc, const FaceLookup& lookup, std::string& error) {
  std::lock_guard cairo(cairo_lock());
  if (doc.pages.empty()) {
    error = "the document has no pages";
    return {};
  }
  std::string bytes;
  PageResources resources(lookup);
  cairo_surface_t* surface = cairo_pdf_surface_create_for_stream(
      append_bytes, &bytes, doc.pages.front().width, doc.pages.front().height);
  cairo_pdf_surface_restrict_to_version(surface, CAIRO_PDF_VERSION_1_5);
  set_metadata(surface, doc.info);
  cairo_t* cr = cairo_create(surface);
  cairo_font_options_t* options = cairo_font_options_create();
  cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
  cairo_set_font_options(cr, options);
  cairo_font_options_destroy(options);

  // cairo 1.16 gives each link a structure element; without an enclosing one it writes a
  // reference to an object it never writes (qpdf: "expected 3 0 obj"). So all pages sit in a
  // Document element. (cairo_pdf_surface_set_size inside that element breaks its nesting, so it
  // is called only when a page really changes size.)
  cairo_tag_begin(cr, "Document", "");
  double width = doc.pages.front().width, height = doc.pages.front().height;
  for (const Page& page : doc.pages) {
    if (page.width != width || page.height != height) {
      width = page.width;
      height = page.height;
      cairo_pdf_surface_set_size(surface, width, height);
    }
    error = draw_page(cr, page, resources, /*tag_links=*/true);
    if (!error.empty()) break;
    cairo_show_page(cr);
  }
  cairo_tag_end(cr, "Document");
  if (error.empty()) error = add_outline(surface, doc);
  cairo_destroy(cr);
  cairo_surface_finish(surface);
  if (error.empty() && cairo_surface_status(surface) != CAIRO_STATUS_SUCCESS)
    error = std::string("cairo could not write the PDF: ") +
            cairo_status_to_string(cairo_surface_status(surface));
  cairo_surface_destroy(surface);
  if (!error.empty()) return {};
  return set_pdf_language(bytes, doc.info.language);
}

std::string write_pdf(const PagedDocument& doc, const FaceLookup& lookup,
                      const std::filesystem::path& destination) {
  std::string error;
  std::string bytes = render_pdf(doc, lookup, error);
  if (!error.empty()) return error;
  return write_file_atomically(destination, bytes);
}

}  // namespace siyasa
