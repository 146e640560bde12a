// Stage "markdown": the plain-text renderer, one walk over the DocTree. Blocks are separated by
// one blank line; items of a tight list are not. Nested blocks are indented two spaces a level.
#include "markdown/plain_text.h"

#include <string>
#include <string_view>

namespace siyasa {
namespace {

// Generated numbers only (list numbers); identifiers in the text stay as written.
std::string format_number(int number, Numerals numerals) {
  static constexpr std::string_view kArabicIndic[] = {"٠", "١", "٢", "٣", "٤",
                                                     "٥", "٦", "٧", "٨", "٩"};
  std::string digits = std::to_string(number);
  if (numerals == Numerals::latn) return digits;
  std::string out;
  for (char c : digits) {
    if (c >= '0' && c <= '9') {
      out += kArabicIndic[c - '0'];
    } else {
      out += c;
    }
  }
  return out;
}

// Each line of `text` prefixed: the first with `first`, the rest with `rest`.
std::string prefix_lines(std::string_view text, std::string_view first, std::string_view rest) {
  std::string out;
  bool at_line_start = true;
  bool first_line = true;
  for (char c : text) {
    if (at_line_start && c != '\n') {
      out += first_line ? first : rest;
      at_line_start = false;
    }
    if (c == '\n') {
      at_line_start = true;
      first_line = false;
    }
    out += c;
  }
  return out;
}

class PlainTextWriter {
 public:
  explicit PlainTextWriter(Numerals numerals) : numerals_(numerals) {}

  // The blocks as text, each ending with "\n"; separated by a blank line unless `tight`.
  std::string blocks(const std::vector<Block>& blocks, bool tight) const {
    std::string out;
    for (size_t i = 0; i < blocks.size(); ++i) {
      if (i > 0 && !tight) out += '\n';
      out += block(blocks[i]);
    }
    return out;
  }

 private:
  std::string block(const Block& b) const {
    switch (b.kind) {
      case BlockKind::heading:
      case BlockKind::paragraph:
      case BlockKind::table_cell: return plain_text(b.spans) + '\n';
      case BlockKind::list: return list(b);
      case BlockKind::list_item: return blocks(b.children, true);
      case BlockKind::table: return blocks(b.children, true);
      case BlockKind::table_row: return table_row(b);
      case BlockKind::quote: return blocks(b.children, false);
      case BlockKind::rule: return "----\n";
    }
    return {};
  }

  std::string list(const Block& list) const {
    std::string out;
    int number = list.start;
    for (size_t i = 0; i < list.children.size(); ++i) {
      if (i > 0 && !list.tight) out += '\n';
      const std::string marker =
          list.ordered ? format_number(number++, numerals_) + ". " : std::string("- ");
      const std::string body = blocks(list.children[i].children, list.tight);
      out += body.empty() ? marker + '\n' : prefix_lines(body, marker, "  ");
    }
    return out;
  }

  std::string table_row(const Block& row) const {
    std::string out;
    for (size_t i = 0; i < row.children.size(); ++i) {
      if (i > 0) out += " | ";
      out += plain_text(row.children[i].spans);
    }
    return out + '\n';
  }

  Numerals numerals_;
};

}  // namespace

std::string render_plain_text(const DocTree& tree, Numerals numerals) {
  return PlainTextWriter(numerals).blocks(tree.blocks, false);
}

}  // namespace siyasa
