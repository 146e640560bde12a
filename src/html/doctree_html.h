// Stage "html": a DocTree in, the HTML of the policy body out (our own walk over the tree, the
// same tree the PDF is laid out from). Every character of text is escaped; raw HTML never
// reaches the tree, so nothing in a template or an organisation file can become markup.
#pragma once

#include <string>
#include <vector>

#include "data/org.h"
#include "markdown/doctree.h"

namespace siyasa {

struct HtmlBodyOptions {
  int top_heading = 2;      // the shallowest heading of the tree becomes <h2> (the title is <h1>)
  std::string table_label;  // aria-label of the scrollable box around each table
  // Ordered lists count in Arabic-Indic digits (١، ٢، ٣), inline so a pasted fragment keeps it.
  bool arabic_indic_lists = false;
  // How numbered lists are marked ([layout] list_numbers): "1." is left to the browser (with
  // the digits above); "1-", "(1)" and "أ-" are written into each item as in the PDF
  // (<span class="list-marker">١-</span>; styled inline, so a pasted fragment keeps it), in
  // `numerals`.
  std::string list_numbers = "1.";
  Numerals numerals = Numerals::arab;
};

std::string render_doctree_html(const DocTree& tree, const HtmlBodyOptions& options = {});

// The headings of the tree, for a table of contents: anchor, text and depth (0 = shallowest
// heading level the document uses). Headings nested in lists or quotes are left out.
struct TocEntry {
  std::string anchor;
  std::string text;
  int depth = 0;
};
std::vector<TocEntry> table_of_contents(const DocTree& tree, int max_depth = 1);

}  // namespace siyasa
