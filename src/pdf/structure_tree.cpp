#include "pdf/structure_tree.h"

#include <algorithm>

namespace siyasa {
namespace {

std::string type_of(const StructNode& node) {
  switch (node.role) {
    case StructRole::section: return "Sect";
    case StructRole::heading: return "H" + std::to_string(std::clamp(node.level, 1, 6));
    case StructRole::paragraph: return "P";
    case StructRole::list: return "L";
    case StructRole::list_item: return "LI";
    case StructRole::label: return "Lbl";
    case StructRole::list_body: return "LBody";
    case StructRole::table: return "Table";
    case StructRole::table_row: return "TR";
    case StructRole::table_header: return "TH";
    case StructRole::table_cell: return "TD";
    case StructRole::figure: return "Figure";
    case StructRole::quote: return "BlockQuote";
    case StructRole::contents: return "TOC";
    case StructRole::contents_item: return "TOCI";
  }
  return "P";
}

// The structure attributes (PDF 1.7, 14.8.5) a reader needs to make sense of the element.
std::string attributes_of(const StructNode& node) {
  switch (node.role) {
    case StructRole::list:
      return node.level > 0 ? "<< /O /List /ListNumbering /Decimal >>" : "<< /O /List /ListNumbering /Disc >>";
    case StructRole::table_header: return "<< /O /Table /Scope /Column >>";
    default: return {};
  }
}

bool is_arabic_letter(char32_t c) {
  return (c >= 0x0600 && c <= 0x06FF) || (c >= 0x0750 && c <= 0x077F) || (c >= 0x08A0 && c <= 0x08FF) ||
         (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF);
}

// A run of Latin text (letters, no Arabic): English in an Arabic document, such as an e-mail
// address or a web site.
bool is_latin(const std::string& text) {
  bool latin = false;
  for (char32_t c : decode_utf8(text)) {
    if (is_arabic_letter(c)) return false;
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) latin = true;
  }
  return latin;
}

bool inside(const LinkItem& link, double x, double y) {
  return x >= link.x && x <= link.x + link.w && y >= link.y && y <= link.y + link.h;
}

}  // namespace

int StructureTree::add_node(std::string type, int parent) {
  Node node;
  node.type = std::move(type);
  node.parent = parent;
  nodes_.push_back(std::move(node));
  return static_cast<int>(nodes_.size()) - 1;
}

void StructureTree::attach(int node) {
  while (!nodes_[node].attached) {
    nodes_[node].attached = true;
    const int parent = nodes_[node].parent;
    if (parent < 0) {
      top_.push_back(node);
      return;
    }
    nodes_[parent].kids.push_back(Kid{Kid::node, node, 0});
    node = parent;
  }
}

StructureTree::StructureTree(const PagedDocument& doc, const std::function<bool(const LinkItem&)>& annotated)
    : page_count_(doc.pages.size()), widget_page_(doc.signature.page) {
  const int layout_nodes = static_cast<int>(doc.structure.size());
  for (int i = 0; i < layout_nodes; ++i) {
    const StructNode& node = doc.structure[i];
    // Parents come first; anything else would be a cycle, and goes to the top instead.
    const int parent = node.parent >= 0 && node.parent < i ? node.parent : -1;
    const int index = add_node(type_of(node), parent);
    nodes_[index].alt = node.alt;
    nodes_[index].attributes = attributes_of(node);
  }
  const bool arabic = doc.info.language.rfind("ar", 0) == 0;

  for (int i = 0; i < layout_nodes; ++i)
    if (doc.structure[i].role == StructRole::table_row) {
      row_cells_[i];  // a row without cells still has its (empty) list
    } else if ((doc.structure[i].role == StructRole::table_cell || doc.structure[i].role == StructRole::table_header) &&
               nodes_[i].parent >= 0 && doc.structure[nodes_[i].parent].role == StructRole::table_row) {
      row_cells_[nodes_[i].parent].push_back(i);
    }

  elements_.resize(doc.pages.size());
  mcid_nodes_.resize(doc.pages.size());
  for (std::size_t p = 0; p < doc.pages.size(); ++p) {
    const Page& page = doc.pages[p];
    elements_[p].assign(page.items.size(), -1);
    // The page's link annotations, each with its Link element once text inside it is found.
    std::vector<std::pair<std::size_t, int>> page_links;  // (item, index into links_)
    for (std::size_t k = 0; k < page.items.size(); ++k)
      if (const auto* link = std::get_if<LinkItem>(&page.items[k]); link && annotated(*link)) {
        page_links.emplace_back(k, static_cast<int>(links_.size()));
        annotations_[{p, k}] = Annotation{static_cast<int>(doc.pages.size() + links_.size()), {}};
        links_.push_back(Link{p, k, -1});
      }
    for (std::size_t k = 0; k < page.items.size(); ++k) {
      int tag = kArtifact;
      const TextItem* text = std::get_if<TextItem>(&page.items[k]);
      const ImageItem* image = std::get_if<ImageItem>(&page.items[k]);
      const BoxItem* box = std::get_if<BoxItem>(&page.items[k]);
      if (text) tag = text->tag;
      if (image) tag = image->tag;
      if (box) tag = box->tag;
      if (tag < 0 || tag >= layout_nodes) continue;
      int node = tag;
      {
        // Inside a link annotation: under the Link element that holds the annotation.
        const double mid_x = text ? text->x + text->run.width / 2 : image ? image->x + image->w / 2 : box->x + box->w / 2;
        const double mid_y = text ? text->y - text->run.size * 0.3 : image ? image->y + image->h / 2 : box->y + box->h / 2;
        for (const auto& [item, index] : page_links) {
          if (!inside(std::get<LinkItem>(page.items[item]), mid_x, mid_y)) continue;
          Link& link = links_[index];
          if (link.node < 0) link.node = add_node("Link", node);
          node = link.node;
          if (text) {
            std::string& words = annotations_[{p, item}].text;
            words += (words.empty() ? "" : " ") + text->run.text;
          }
          break;
        }
      }
      if (text) {
        if (arabic && is_latin(text->run.text)) {
          node = add_node("Span", node);
          nodes_[node].lang = "en";
        }
      }
      if (image) {
        const double h = page.height;
        nodes_[node].attributes = "<< /O /Layout /Placement /Block /BBox [" + pdf_number(image->x) + " " +
                                  pdf_number(h - image->y - image->h) + " " + pdf_number(image->x + image->w) +
                                  " " + pdf_number(h - image->y) + "] >>";
      }
      elements_[p][k] = node;
    }
  }
  for (Link& link : links_) {
    const LinkItem& item = std::get<LinkItem>(doc.pages[link.page].items[link.item]);
    std::string& words = annotations_[{link.page, link.item}].text;
    if (words.empty()) words = item.uri.empty() ? "رابط داخلي" : item.uri;  // "an internal link"
  }
}

StructureTree::Mark StructureTree::mark(std::size_t page, std::size_t first_item, int element) {
  const int mcid = static_cast<int>(mcid_nodes_[page].size());
  mcid_nodes_[page].push_back(element);
  entries_.push_back(Entry{element, page, first_item, mcid});
  return Mark{mcid, nodes_[element].type};
}

const StructureTree::Annotation* StructureTree::annotation(std::size_t page, std::size_t item) const {
  const auto found = annotations_.find({page, item});
  return found == annotations_.end() ? nullptr : &found->second;
}

int StructureTree::write(PdfObjects& pdf, const std::vector<int>& page_ids,
                         const std::map<std::pair<std::size_t, std::size_t>, int>& annotation_ids, int widget) {
  // Reading order: the order in which layout placed the sequences' first items.
  std::stable_sort(entries_.begin(), entries_.end(), [](const Entry& a, const Entry& b) {
    return a.page != b.page ? a.page < b.page : a.first_item < b.first_item;
  });
  for (const Entry& entry : entries_) {
    attach(entry.node);
    nodes_[entry.node].kids.push_back(Kid{Kid::mcid, entry.mcid, entry.page});
  }
  // A table row lists all its cells in column order, the empty ones too.
  for (const auto& [row, cells] : row_cells_) {
    if (!nodes_[row].attached) continue;
    std::vector<Kid> kids;
    for (int cell : cells) {
      kids.push_back(Kid{Kid::node, cell, 0});
      nodes_[cell].attached = true;
    }
    nodes_[row].kids = std::move(kids);
  }
  // Every link annotation is in the tree; one that covers no tagged text stands on its own.
  for (std::size_t i = 0; i < links_.size(); ++i) {
    Link& link = links_[i];
    if (link.node < 0) link.node = add_node("Link", -1);
    attach(link.node);
    nodes_[link.node].kids.push_back(Kid{Kid::objr, static_cast<int>(i), link.page});
  }
  int form = -1;
  if (widget > 0 && widget_page_ >= 0) {
    form = add_node("Form", -1);
    attach(form);
    nodes_[form].kids.push_back(Kid{Kid::widget, widget, static_cast<std::size_t>(widget_page_)});
  }

  const int root = pdf.reserve(), document = pdf.reserve(), parent_tree = pdf.reserve();
  std::vector<int> ids(nodes_.size(), 0);
  for (std::size_t i = 0; i < nodes_.size(); ++i)
    if (nodes_[i].attached) ids[i] = pdf.reserve();

  auto annotation_ref = [&](int ordinal) {
    const Link& link = links_[ordinal];
    const auto found = annotation_ids.find({link.page, link.item});
    return found == annotation_ids.end() ? std::string("null") : ref(found->second);
  };
  for (std::size_t i = 0; i < nodes_.size(); ++i) {
    const Node& node = nodes_[i];
    if (!node.attached) continue;
    std::string body = "<< /Type /StructElem /S /" + node.type + " /P " +
                       ref(node.parent < 0 ? document : ids[node.parent]);
    // The element's page: that of its first marked content; kids on other pages say theirs.
    const auto first = std::find_if(node.kids.begin(), node.kids.end(),
                                    [](const Kid& kid) { return kid.kind != Kid::node; });
    const std::size_t page = first == node.kids.end() ? page_ids.size() : first->page;
    if (page < page_ids.size()) body += " /Pg " + ref(page_ids[page]);
    if (!node.alt.empty()) body += " /Alt " + pdf_text_string(node.alt);
    if (!node.lang.empty()) body += " /Lang (" + node.lang + ")";
    if (!node.attributes.empty()) body += " /A " + node.attributes;
    if (!node.kids.empty()) {
      body += " /K [";
      for (std::size_t k = 0; k < node.kids.size(); ++k) {
        const Kid& kid = node.kids[k];
        if (k > 0) body += ' ';
        if (kid.kind == Kid::node)
          body += ref(ids[kid.value]);
        else if (kid.kind == Kid::objr || kid.kind == Kid::widget)
          body += "<< /Type /OBJR /Obj " + (kid.kind == Kid::objr ? annotation_ref(kid.value) : ref(kid.value)) +
                  " /Pg " + ref(page_ids[kid.page]) + " >>";
        else if (kid.page == page)
          body += std::to_string(kid.value);
        else
          body += "<< /Type /MCR /Pg " + ref(page_ids[kid.page]) + " /MCID " + std::to_string(kid.value) + " >>";
      }
      body += ']';
    }
    pdf.set(ids[i], body + " >>");
  }
  std::string top;
  for (int node : top_) top += (top.empty() ? "" : " ") + ref(ids[node]);
  pdf.set(document, "<< /Type /StructElem /S /Document /P " + ref(root) + " /K [" + top + "] >>");

  // The parent tree: for each page (key = page index) the element of each MCID, then for each
  // link annotation (key = its /StructParent) its Link element.
  std::string nums;
  for (std::size_t p = 0; p < mcid_nodes_.size(); ++p) {
    nums += (p == 0 ? "" : " ") + std::to_string(p) + " [";
    for (std::size_t m = 0; m < mcid_nodes_[p].size(); ++m)
      nums += (m == 0 ? "" : " ") + ref(ids[mcid_nodes_[p][m]]);
    nums += ']';
  }
  for (std::size_t i = 0; i < links_.size(); ++i)
    nums += " " + std::to_string(page_count_ + i) + " " + ref(ids[links_[i].node]);
  if (form >= 0) nums += " " + std::to_string(widget_key()) + " " + ref(ids[form]);
  pdf.set(parent_tree, "<< /Nums [" + nums + "] >>");
  pdf.set(root, "<< /Type /StructTreeRoot /K " + ref(document) + " /ParentTree " + ref(parent_tree) +
                    " /ParentTreeNextKey " + std::to_string(widget_key() + (form >= 0 ? 1 : 0)) + " >>");
  return root;
}

}  // namespace siyasa
