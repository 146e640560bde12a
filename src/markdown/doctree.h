// Stage "markdown": merged Markdown in (cmark-gfm with the table, strikethrough, autolink and
// tagfilter extensions), DocTree out. cmark-gfm types stay inside src/markdown/.
// DocTree is what the HTML renderer and the page layout walk; raw HTML never reaches it
// (HTML blocks and inline HTML become plain text).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"

namespace siyasa {

// A run of inline text with one style. Soft line breaks become spaces; hard breaks become "\n".
struct Span {
  std::string text;   // UTF-8, logical order
  bool bold = false;
  bool italic = false;
  bool code = false;
  bool strike = false;  // GFM ~~strikethrough~~
  std::string link;   // URL when the span is (part of) a link; empty otherwise
};

enum class BlockKind {
  heading,     // level 1..6, spans
  paragraph,   // spans
  list,        // ordered/start; children are list_item
  list_item,   // children are blocks (paragraphs, nested lists)
  table,       // children are table_row; first row has header = true
  table_row,   // children are table_cell
  table_cell,  // spans
  quote,       // children are blocks
  rule,        // thematic break
};
// Fenced and indented code blocks become a paragraph with one code span; images become their
// alt text; footnotes are not enabled.

struct Block {
  BlockKind kind = BlockKind::paragraph;
  int level = 0;            // heading level
  bool ordered = false;     // list
  int start = 1;            // first number of an ordered list
  bool tight = true;        // list
  bool header = false;      // table_row
  std::string anchor;       // heading: stable id for links ("h-2-3" style, unique in the tree)
  std::vector<Span> spans;  // heading, paragraph, table_cell
  std::vector<Block> children;
  int line = 0;             // 1-based line in the Markdown given to parse_markdown
  int column = 0;
};

struct DocTree {
  std::vector<Block> blocks;
};

// Plain logical text of a run of spans (what a reader should copy out).
std::string plain_text(const std::vector<Span>& spans);

// `source_name` and `first_line` let diagnostics point into the template file the Markdown
// came from: Block::line is already shifted by first_line - 1. Lists and quotes nested more
// than kMaxMarkdownNesting levels deep (a list item is on its list's level) are an error at the
// first one too deep, saying how deep the nesting goes.
inline constexpr int kMaxMarkdownNesting = 32;
Result<DocTree> parse_markdown(std::string_view markdown, const std::string& source_name,
                               int first_line = 1);

}  // namespace siyasa
