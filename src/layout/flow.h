// Stage "layout", flow part: a column of slices (unbreakable vertical pieces: one line of a
// paragraph, a heading, a table row, the approval block) in, pages of the body frame out.
// Break rules live on the slices (keep-with-next, page break before), so widow/orphan control,
// keep-with-next for headings and "never a list marker alone" are decided where slices are made.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "layout/geometry.h"
#include "layout/paged_document.h"

namespace siyasa {

// A heading (or other target) inside a slice: for the outline, the TOC and internal links.
struct Anchor {
  std::string id;           // "h-2-3", "policy-1", "approval" …
  std::string title;        // plain logical text, as the outline shows it
  int level = 1;            // outline level, 1 = top
  bool in_toc = false;
  double y = 0;             // relative to the slice's top
};

struct Slice {
  double space_before = 0;  // dropped when the slice starts a page
  double height = 0;
  double baseline = 0;      // of its first line of text, relative to its top (list markers align to it)
  std::vector<PageItem> items;  // x absolute, y relative to the slice's top
  std::vector<Anchor> anchors;
  bool keep_with_next = false;  // no page break between this slice and the next
  bool page_break_before = false;
  // A table's header row, drawn again above this row when the row starts a page.
  std::shared_ptr<const Slice> repeat_header;
  std::string what;         // for diagnostics and tests: "heading", "line", "row", "approval" …
};

struct PlacedAnchor {
  Anchor anchor;
  int page = 0;             // 0-based, in the flowed pages
  double y = 0;             // absolute on that page
};

struct FlowResult {
  std::vector<Page> pages;             // body items only; furniture is added later
  std::vector<PlacedAnchor> anchors;   // in document order
  std::vector<std::vector<int>> slices_on_page;  // slice indices of each page (for tests)
  Diagnostics warnings;                // a slice taller than the body frame
};

// Fills body frames (geometry.body_top() … body_bottom()) top to bottom. When a slice does not
// fit, the page breaks at the last allowed point before it; when the whole page is one
// keep-together chain, it breaks right before the slice that does not fit.
FlowResult flow_slices(const std::vector<Slice>& slices, const PageGeometry& geometry);

}  // namespace siyasa
