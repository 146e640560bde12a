// Stage "pdf", internal: the tags of a tagged PDF, from the logical structure layout recorded
// (PagedDocument::structure, TextItem::tag, ImageItem::tag).
//
// The page writer (page_content.cpp) puts the items of one line that belong to the same element
// into one marked-content sequence with its own MCID ("/P <</MCID 3>> BDC … EMC"), and each run
// of a right-to-left line into one of its own (written right to left, so that a reader of the
// tags, who gets a sequence's characters in drawing order, reads each run alone). Everything untagged (letterhead, footer,
// page numbers, rules, frames) is wrapped as /Artifact. The structure tree gives the reading
// order: a node's sequences come in the order layout placed their items (pages in order, each
// page's items in order), and a node takes its place in its parent when its first item is
// placed, so the tree reads in the order of the text. Nodes with nothing placed are left out,
// except the empty cells of a table row, which keep their column.
//
// Added here, not by layout: a /Span with /Lang (en) around a run of Latin text in an Arabic
// document; a /Link element around the text a link annotation covers, with the annotation's
// object reference (OBJR), its /StructParent and its /Contents (the text it covers); a /Form
// element holding the signature field's widget (a signed policy), after everything else in the
// document (it sits below the approval block, the end of the policy).
#pragma once

#include <functional>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "layout/paged_document.h"
#include "pdf/pdf_objects.h"

namespace siyasa {

class StructureTree {
 public:
  // `annotated`: whether a link item becomes a link annotation (pdf_document.cpp decides).
  StructureTree(const PagedDocument& doc, const std::function<bool(const LinkItem&)>& annotated);

  // The element item `item` of page `page` belongs to; -1: an artifact. Items with the same
  // element may share a marked-content sequence.
  int element(std::size_t page, std::size_t item) const { return elements_[page][item]; }

  // A new marked-content sequence of `element` on `page`, whose first item in the page's order
  // is `first_item`: its MCID and the element's type for BDC.
  struct Mark {
    int mcid = -1;
    std::string type;  // "P", "H2", "Figure", "Span" …
  };
  Mark mark(std::size_t page, std::size_t first_item, int element);

  // The link annotation made from item `item` of page `page`: its /StructParent key and the
  // text it covers (for /Contents). Only for items `annotated` accepted.
  struct Annotation {
    int key = 0;
    std::string text;
  };
  const Annotation* annotation(std::size_t page, std::size_t item) const;

  // After every page's content: writes the elements, the parent tree and the StructTreeRoot;
  // returns the root's object. `annotation_ids`: the object of each annotation, by (page, item).
  // `widget`: the signature field's widget annotation, 0 when there is none.
  int write(PdfObjects& pdf, const std::vector<int>& page_ids,
            const std::map<std::pair<std::size_t, std::size_t>, int>& annotation_ids, int widget = 0);

  // The /StructParent of the signature field's widget (after the link annotations').
  int widget_key() const { return static_cast<int>(page_count_ + links_.size()); }

 private:
  struct Kid {
    enum Kind { node, mcid, objr, widget } kind;
    int value = 0;           // node index, MCID, or annotation ordinal
    std::size_t page = 0;
  };
  struct Node {
    std::string type;        // the standard structure type
    int parent = -1;
    std::string alt, lang, attributes;
    std::vector<Kid> kids;
    bool attached = false;
  };
  struct Entry {             // one marked-content sequence
    int node = 0;
    std::size_t page = 0, first_item = 0;
    int mcid = 0;
  };
  struct Link {
    std::size_t page = 0, item = 0;
    int node = -1;           // its Link element
  };

  int add_node(std::string type, int parent);
  void attach(int node);

  std::vector<Node> nodes_;
  std::vector<std::vector<int>> elements_;    // per page, per item: its element or -1
  std::vector<std::vector<int>> mcid_nodes_;  // per page: the element holding each MCID
  std::vector<Entry> entries_;
  std::vector<Link> links_;
  std::map<int, std::vector<int>> row_cells_;  // each table row's cells, in column order
  std::map<std::pair<std::size_t, std::size_t>, Annotation> annotations_;
  std::vector<int> top_;                      // kids of the Document element
  std::size_t page_count_ = 0;
  int widget_page_ = -1;                      // the signature field's page, -1: none
};

}  // namespace siyasa
