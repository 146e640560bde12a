// Stage "pdf": the document level of the PDF — catalog, pages, links, bookmarks, metadata —
// written by our own writer (pdf_objects.h); fonts and page contents come from page_content.h.
#include <cstdio>
#include <map>
#include <vector>

#include "core/atomic_write.h"
#include "core/links.h"
#include "pdf/page_content.h"
#include "pdf/pdf_objects.h"
#include "pdf/pdf_render.h"
#include "pdf/structure_tree.h"
#include "pdf/xmp.h"

namespace siyasa {
namespace {

// "D:YYYYMMDDhhmmss" from ISO 8601; data may give only the date. Without a date the output
// still must not depend on the clock, so a fixed one is used.
std::string pdf_date(const std::string& iso) {
  std::string digits;
  for (char c : iso.empty() ? std::string("2000-01-01") : iso)
    if (c >= '0' && c <= '9') digits += c;
  digits.resize(14, '0');
  return "(D:" + digits + ")";
}

std::string info_dictionary(const DocumentInfo& info) {
  std::string out = "<<";
  const std::pair<const char*, std::string> fields[] = {
      {"/Title", info.title}, {"/Author", info.author}, {"/Subject", info.subject},
      {"/Keywords", info.keywords}};
  for (const auto& [key, value] : fields)
    if (!value.empty()) out += std::string(" ") + key + " " + pdf_text_string(value);
  const std::string date = pdf_date(info.creation_date);
  return out + " /Creator (siyasa) /Producer (siyasa) /CreationDate " + date + " /ModDate " + date +
         version_info_entries(info.version) + " >>";
}

bool is_language_tag(const std::string& tag) {
  return !tag.empty() && tag.size() < 36 && std::all_of(tag.begin(), tag.end(), [](unsigned char c) {
    return std::isalnum(c) || c == '-';
  });
}

// A destination: the page, scrolled so that `y` (from the top) is at the top of the window.
std::string destination(const std::vector<int>& page_ids, const PagedDocument& doc, int page, double y) {
  return "[" + ref(page_ids[page]) + " /XYZ 0 " + pdf_number(doc.pages[page].height - y) + " null]";
}

// A URI as PDF wants it: 7-bit ASCII, anything else percent-encoded.
std::string uri_string(const std::string& uri) {
  std::string ascii;
  for (unsigned char c : uri) {
    if (c > 0x20 && c < 0x7F) {
      ascii += static_cast<char>(c);
    } else {
      char escape[4];
      std::snprintf(escape, sizeof escape, "%%%02X", c);
      ascii += escape;
    }
  }
  return pdf_literal(ascii);
}

// Whether a link item becomes an annotation: the web pages' allowlist holds here too (a
// javascript:, file: or data: link stays plain text), and an internal link needs its page.
bool annotated(const LinkItem& link, const PagedDocument& doc) {
  if (!link.uri.empty()) return safe_href(link.uri).has_value();
  return link.dest_page >= 0 && link.dest_page < static_cast<int>(doc.pages.size());
}

// The page's link annotations, as the references of an /Annots array ("" when it has none); each
// annotation's object goes into `ids` by (page, item).
std::string link_annotations(PdfObjects& pdf, std::size_t page_index, const PagedDocument& doc,
                             const std::vector<int>& page_ids, const StructureTree& tree,
                             std::map<std::pair<std::size_t, std::size_t>, int>& ids) {
  const Page& page = doc.pages[page_index];
  std::string annots;
  for (std::size_t k = 0; k < page.items.size(); ++k) {
    const auto* link = std::get_if<LinkItem>(&page.items[k]);
    if (!link || !annotated(*link, doc)) continue;
    const std::string action =
        link->uri.empty() ? "/Dest " + destination(page_ids, doc, link->dest_page, link->dest_y)
                          : "/A << /S /URI /URI " + uri_string(*safe_href(link->uri)) + " >>";
    const StructureTree::Annotation* tagged = tree.annotation(page_index, k);
    const int id = pdf.reserve();
    pdf.set(id, "<< /Type /Annot /Subtype /Link /Rect [" + pdf_number(link->x) + " " +
                    pdf_number(page.height - link->y - link->h) + " " + pdf_number(link->x + link->w) +
                    " " + pdf_number(page.height - link->y) + "] /Border [0 0 0] " + action +
                    (tagged ? " /Contents " + pdf_text_string(tagged->text) + " /StructParent " +
                                  std::to_string(tagged->key)
                            : std::string()) +
                    " >>");
    ids[{page_index, k}] = id;
    annots += (annots.empty() ? "" : " ") + ref(id);
  }
  return annots;
}

// Bookmarks nested by level: an entry hangs under the nearest earlier entry of a lower level.
// Returns the /Outlines object, 0 when there are none, or -1 with `error` set.
int write_outline(PdfObjects& pdf, const PagedDocument& doc, const std::vector<int>& page_ids,
                  std::optional<Diagnostic>& error) {
  if (doc.outline.empty()) return 0;
  struct Node {
    int id = 0, parent = -1;  // parent: index into nodes, -1 = the root
    std::vector<int> children;
  };
  std::vector<Node> nodes;
  std::vector<int> top, open;  // open: indices, innermost last
  for (const OutlineEntry& entry : doc.outline) {
    if (entry.page < 0 || entry.page >= static_cast<int>(doc.pages.size())) {
      error = make_error({}, "the bookmark \"" + entry.title + "\" points at page " +
                                 std::to_string(entry.page + 1) + " of a " +
                                 std::to_string(doc.pages.size()) + "-page document");
      return -1;
    }
    while (!open.empty() && doc.outline[open.back()].level >= entry.level) open.pop_back();
    const int index = static_cast<int>(nodes.size());
    nodes.push_back({pdf.reserve(), open.empty() ? -1 : open.back(), {}});
    (open.empty() ? top : nodes[open.back()].children).push_back(index);
    open.push_back(index);
  }
  const int root = pdf.reserve();
  auto siblings = [&](const std::vector<int>& list, std::size_t i) {
    std::string out;
    if (i > 0) out += " /Prev " + ref(nodes[list[i - 1]].id);
    if (i + 1 < list.size()) out += " /Next " + ref(nodes[list[i + 1]].id);
    return out;
  };
  auto children = [&](const std::vector<int>& list) {
    if (list.empty()) return std::string();
    return " /First " + ref(nodes[list.front()].id) + " /Last " + ref(nodes[list.back()].id) +
           " /Count " + std::to_string(list.size());
  };
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    const OutlineEntry& entry = doc.outline[i];
    const Node& node = nodes[i];
    const std::vector<int>& list = node.parent < 0 ? top : nodes[node.parent].children;
    const std::size_t at = std::find(list.begin(), list.end(), static_cast<int>(i)) - list.begin();
    pdf.set(node.id, "<< /Title " + pdf_text_string(entry.title) + " /Parent " +
                         ref(node.parent < 0 ? root : nodes[node.parent].id) + siblings(list, at) +
                         children(node.children) + " /Dest " +
                         destination(page_ids, doc, entry.page, entry.y) + " >>");
  }
  pdf.set(root, "<< /Type /Outlines" + children(top) + " >>");
  return root;
}

// The catalog: pages, bookmarks, language, viewer preferences, tags, metadata.
std::string catalog_dictionary(const PagedDocument& doc, int pages, int outline, int structure, int metadata) {
  std::string root = "<< /Type /Catalog /Pages " + ref(pages);
  if (outline > 0) root += " /Outlines " + ref(outline) + " /PageMode /UseOutlines";
  std::string preferences = "/DisplayDocTitle true";
  if (is_language_tag(doc.info.language)) {
    root += " /Lang (" + doc.info.language + ")";
    if (doc.info.language.rfind("ar", 0) == 0) preferences += " /Direction /R2L";
  }
  return root + " /ViewerPreferences << " + preferences + " >> /MarkInfo << /Marked true >> /StructTreeRoot " +
         ref(structure) + " /Metadata " + ref(metadata) + " >>";
}

// The signature field's widget (a signed policy): an invisible appearance (layout draws the
// caption), printed and locked, tagged as a Form element (its /StructParent). Its value, the
// signature dictionary, comes in the incremental update (signature_update.cpp).
std::string signature_widget(const PagedDocument& doc, int page_id, int struct_parent, int appearance) {
  const SignatureField& field = doc.signature;
  const double height = doc.pages[field.page].height;
  const std::string rect = pdf_number(field.x) + " " + pdf_number(height - field.y - field.h) + " " +
                           pdf_number(field.x + field.w) + " " + pdf_number(height - field.y);
  return "<< /Type /Annot /Subtype /Widget /FT /Sig /T (signature) /TU " + pdf_text_string(kSignatureFieldText) +
         " /Contents " + pdf_text_string(kSignatureFieldText) + " /F 132 /Rect [" + rect + "] /P " + ref(page_id) +
         " /StructParent " + std::to_string(struct_parent) + " /AP << /N " + ref(appearance) + " >> >>";
}

}  // namespace

Result<RenderedPdf> render_pdf_objects(const PagedDocument& doc, const FaceLookup& lookup) {
  std::optional<Diagnostic> error;
  auto failed = [&error]() { return Result<RenderedPdf>::failure(std::move(*error)); };
  if (doc.pages.empty()) return Result<RenderedPdf>::failure(make_error({}, "the document has no pages"));
  RenderedPdf out;
  PdfObjects& pdf = out.objects;
  const int catalog = pdf.reserve(), info = pdf.reserve(), pages = pdf.reserve();
  DocumentResources resources(pdf, lookup);
  StructureTree tree(doc, [&doc](const LinkItem& link) { return annotated(link, doc); });
  std::map<std::pair<std::size_t, std::size_t>, int> annotation_ids;
  std::vector<int> page_ids;
  for (std::size_t i = 0; i < doc.pages.size(); ++i) page_ids.push_back(pdf.reserve());
  const bool has_field = doc.signature.page >= 0 && doc.signature.page < static_cast<int>(doc.pages.size());
  if (has_field) out.widget = pdf.reserve();
  for (std::size_t i = 0; i < doc.pages.size(); ++i) {
    const Page& page = doc.pages[i];
    const std::string content = page_content(page, i, resources, tree, error);
    if (error) return failed();
    const int contents = pdf.reserve();
    pdf.set_stream(contents, "", content);
    std::string annots = link_annotations(pdf, i, doc, page_ids, tree, annotation_ids);
    if (has_field && static_cast<int>(i) == doc.signature.page) annots += (annots.empty() ? "" : " ") + ref(out.widget);
    if (!annots.empty()) annots = " /Tabs /S /Annots [" + annots + "]";
    pdf.set(page_ids[i], "<< /Type /Page /Parent " + ref(pages) + " /MediaBox [0 0 " +
                             pdf_number(page.width) + " " + pdf_number(page.height) + "] /Resources " +
                             ref(resources.id()) + " /Contents " + ref(contents) + " /StructParents " +
                             std::to_string(i) + annots + " >>");
  }
  std::string kids;
  for (int id : page_ids) kids += (kids.empty() ? "" : " ") + ref(id);
  pdf.set(pages, "<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(page_ids.size()) + " >>");
  if (error = resources.finish(); error) return failed();
  const int outline = write_outline(pdf, doc, page_ids, error);
  if (outline < 0) return failed();

  const int structure = tree.write(pdf, page_ids, annotation_ids, out.widget);
  if (has_field) {
    const int appearance = pdf.reserve();  // empty: the caption is in the page's content
    pdf.set_stream(appearance, "/Type /XObject /Subtype /Form /BBox [0 0 " + pdf_number(doc.signature.w) + " " +
                                   pdf_number(doc.signature.h) + "]", "", false);
    out.widget_body = signature_widget(doc, page_ids[doc.signature.page], tree.widget_key(), appearance);
    pdf.set(out.widget, out.widget_body);
  }
  // A viewer shows the title, not the file name: a document needs one.
  DocumentInfo described = doc.info;
  if (described.title.empty()) described.title = described.subject.empty() ? "siyasa" : described.subject;
  const int metadata = pdf.reserve();
  pdf.set_stream(metadata, "/Type /Metadata /Subtype /XML",
                 xmp_packet(described, described.creation_date.empty() ? "2000-01-01" : described.creation_date), false);

  out.catalog_body = catalog_dictionary(doc, pages, outline, structure, metadata);
  pdf.set(catalog, out.catalog_body);
  pdf.set(info, info_dictionary(described));
  out.catalog = catalog;
  out.info = info;
  return Result<RenderedPdf>::success(std::move(out));
}

Result<std::string> render_pdf(const PagedDocument& doc, const FaceLookup& lookup) {
  auto rendered = render_pdf_objects(doc, lookup);
  if (!rendered.ok()) return Result<std::string>::failure(std::move(rendered.diagnostics));
  return Result<std::string>::success(rendered->objects.finish(rendered->catalog, rendered->info, "1.6"));
}

Diagnostics write_pdf(const PagedDocument& doc, const FaceLookup& lookup,
                      const std::filesystem::path& destination) {
  Result<std::string> bytes = render_pdf(doc, lookup);
  if (!bytes.ok()) {
    // A problem that is not in a file of the user's (a layout bug) is reported at the output.
    for (Diagnostic& d : bytes.diagnostics)
      if (d.where.file.empty()) d.where.file = destination.string();
    return std::move(bytes.diagnostics);
  }
  return write_file_atomically(destination, *bytes);
}

}  // namespace siyasa
