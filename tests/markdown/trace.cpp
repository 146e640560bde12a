#include "trace.h"

namespace siyasa::testing {
namespace {

std::string quoted(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '\n') {
      out += "\\n";
    } else if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else {
      out += c;
    }
  }
  return out + "\"";
}

std::string span_line(const Span& span) {
  std::string flags;
  if (span.bold) flags += "bold ";
  if (span.italic) flags += "italic ";
  if (span.code) flags += "code ";
  if (span.strike) flags += "strike ";
  if (!span.link.empty()) flags += "link=" + span.link + " ";
  return flags + quoted(span.text);
}

std::string head(const Block& b) {
  switch (b.kind) {
    case BlockKind::heading:
      return "heading " + std::to_string(b.level) + " #" + b.anchor;
    case BlockKind::paragraph: return "paragraph";
    case BlockKind::list:
      return std::string("list ") + (b.ordered ? "ordered start=" + std::to_string(b.start)
                                               : std::string("bullet")) +
             (b.tight ? " tight" : " loose");
    case BlockKind::list_item: return "item";
    case BlockKind::table: return "table";
    case BlockKind::table_row: return b.header ? "row header" : "row";
    case BlockKind::table_cell: return "cell";
    case BlockKind::quote: return "quote";
    case BlockKind::rule: return "rule";
  }
  return "?";
}

void trace_blocks(const std::vector<Block>& blocks, const std::string& indent, std::string& out) {
  for (const Block& b : blocks) {
    out += indent + head(b) + " @" + std::to_string(b.line) + ":" + std::to_string(b.column) +
           "\n";
    for (const Span& span : b.spans) out += indent + "  " + span_line(span) + "\n";
    trace_blocks(b.children, indent + "  ", out);
  }
}

}  // namespace

std::string trace_doctree(const DocTree& tree) {
  std::string out;
  trace_blocks(tree.blocks, "", out);
  return out;
}

}  // namespace siyasa::testing
