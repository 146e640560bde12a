// Stage "layout", body part: a policy's DocTree in, a column of slices out (see flow.h).
// Headings, paragraphs (justified, kashida when the organisation asks), lists with hanging
// markers in the organisation's digits, tables (tables.cpp), block quotes and rules. The break
// rules are set here: headings keep with what follows, no single widow or orphan line, a list's
// marker is on the same slice as its first line, an introducing paragraph keeps with its list.
#pragma once

#include <string>
#include <vector>

#include "data/org.h"
#include "layout/flow.h"
#include "layout/geometry.h"
#include "layout/typeset.h"
#include "markdown/doctree.h"

namespace siyasa {

struct BodyOptions {
  Numerals numerals = Numerals::arab;
  bool kashida = false;
  bool article_style = false;   // display-level-1 headings become "المادة (n) …"
  int outline_base = 1;         // outline level of a display-level-1 heading (2 in a booklet)
  int toc_depth = 2;            // display levels listed in the TOC
  std::string anchor_prefix;    // keeps anchors unique when several policies share a booklet
  std::string source;           // the template the body came from, for diagnostics
  std::string list_numbers = "1.";  // how numbered lists are marked: "1." "1-" "(1)" "أ-"
  int structure_parent = -1;    // the StructNode the body's nodes hang under (-1: the document)
};

struct BodyContext {
  const Typesetter& ts;
  const DocumentStyle& style;
  const PageGeometry& geometry;
  const BodyOptions& options;
};

// A horizontal extent on the page.
struct HBox {
  double left = 0, right = 0;
  double width() const { return right - left; }
};

// Appends the slices of every block of `tree` across the body width.
void append_body(const BodyContext& ctx, const DocTree& tree, std::vector<Slice>& out);

// The markdown heading level shown as display level 1 (the shallowest level in the tree).
int shallowest_heading(const DocTree& tree);

// DocTree spans as the text engine's styled spans (bold, links) over a base style.
std::vector<StyledText> styled_spans(const std::vector<Span>& spans, const TextStyle& base);

// One paragraph as line slices in `box`; keeps the first two and last two lines together.
// Returns how many slices were appended.
std::size_t append_paragraph(const BodyContext& ctx, const std::vector<StyledText>& spans,
                             HBox box, double space_before, Align align, std::vector<Slice>& out);

// A GFM table, one slice per row, first column on the right (tables.cpp); its table node (rows,
// header and data cells) goes under the StructNode `parent`.
void append_table(const BodyContext& ctx, const Block& table, HBox box, int parent,
                  std::vector<Slice>& out);

// Tags the untagged items of out[from...] with `node` (see tag_items).
void tag_slices(std::vector<Slice>& out, std::size_t from, int node);

}  // namespace siyasa
