// Stage "markdown": cmark-gfm's tree → our DocTree. Blocks are converted by a walk whose depth is
// capped (kMaxMarkdownNesting: deeper is an error); inline content is read with cmark's iterator,
// which needs no recursion, so hostile nesting cannot exhaust the stack.
#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "markdown/doctree.h"

namespace siyasa {
namespace {

using ParserPtr = std::unique_ptr<cmark_parser, decltype(&cmark_parser_free)>;
using NodePtr = std::unique_ptr<cmark_node, decltype(&cmark_node_free)>;
using IterPtr = std::unique_ptr<cmark_iter, decltype(&cmark_iter_free)>;

constexpr std::array<const char*, 4> kExtensions = {"table", "strikethrough", "autolink",
                                                    "tagfilter"};

std::string_view type_name(cmark_node* node) {
  const char* name = cmark_node_get_type_string(node);
  return name ? std::string_view(name) : std::string_view();
}

std::string literal_of(cmark_node* node) {
  const char* text = cmark_node_get_literal(node);
  return text ? std::string(text) : std::string();
}

std::string without_final_newline(std::string text) {
  while (!text.empty() && text.back() == '\n') text.pop_back();
  return text;
}

// Appends text with a style, merging it into the previous span when the style is the same.
void append_span(std::vector<Span>& spans, Span span) {
  if (span.text.empty()) return;
  if (!spans.empty()) {
    Span& last = spans.back();
    if (last.bold == span.bold && last.italic == span.italic && last.code == span.code &&
        last.strike == span.strike && last.link == span.link) {
      last.text += span.text;
      return;
    }
  }
  spans.push_back(std::move(span));
}

// Inline style while walking: counters because emphasis may nest inside itself.
struct InlineState {
  int strong = 0;
  int emph = 0;
  int strike = 0;
  std::vector<std::string> links;

  Span span(std::string text, bool code = false) const {
    Span s;
    s.text = std::move(text);
    s.bold = strong > 0;
    s.italic = emph > 0;
    s.strike = strike > 0;
    s.code = code;
    if (!links.empty()) s.link = links.back();
    return s;
  }
};

void enter_inline(cmark_node* node, InlineState& state, std::vector<Span>& spans) {
  switch (cmark_node_get_type(node)) {
    case CMARK_NODE_TEXT: append_span(spans, state.span(literal_of(node))); break;
    case CMARK_NODE_CODE: append_span(spans, state.span(literal_of(node), true)); break;
    // Raw HTML is kept as the characters the author typed, never as markup.
    case CMARK_NODE_HTML_INLINE: append_span(spans, state.span(literal_of(node))); break;
    case CMARK_NODE_SOFTBREAK: append_span(spans, state.span(" ")); break;
    case CMARK_NODE_LINEBREAK: append_span(spans, state.span("\n")); break;
    case CMARK_NODE_STRONG: ++state.strong; break;
    case CMARK_NODE_EMPH: ++state.emph; break;
    case CMARK_NODE_LINK: {
      const char* url = cmark_node_get_url(node);
      state.links.emplace_back(url ? url : "");
      break;
    }
    default:
      if (type_name(node) == "strikethrough") ++state.strike;
      break;  // images: their alt text arrives as TEXT children
  }
}

void exit_inline(cmark_node* node, InlineState& state) {
  switch (cmark_node_get_type(node)) {
    case CMARK_NODE_STRONG: --state.strong; break;
    case CMARK_NODE_EMPH: --state.emph; break;
    case CMARK_NODE_LINK: state.links.pop_back(); break;
    default:
      if (type_name(node) == "strikethrough") --state.strike;
      break;
  }
}

bool is_host_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '.';
}

bool is_path_char(char c) {
  return is_host_char(c) || c == '/' || c == '_' || c == '~' || c == '%' || c == '?' || c == '=' ||
         c == '&' || c == '#' || c == '+';
}

// "kiswa.org.sa" or "kiswa.org.sa/policies": a host of dotted labels ending in letters (not a
// file name such as "logo.png"), maybe a path. The length of the address, or 0.
std::size_t bare_web_address(std::string_view text, std::size_t at) {
  std::size_t host_end = at;
  while (host_end < text.size() && is_host_char(text[host_end])) ++host_end;
  while (host_end > at && text[host_end - 1] == '.') --host_end;  // a sentence's full stop
  const std::string_view host = text.substr(at, host_end - at);
  const std::size_t dot = host.rfind('.');
  if (dot == std::string_view::npos || dot == 0 || host.find("..") != std::string_view::npos ||
      host.front() == '-' || host.front() == '.')
    return 0;
  const std::string_view tld = host.substr(dot + 1);
  if (tld.size() < 2 || tld.size() > 12) return 0;
  for (char c : tld)
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return 0;
  static constexpr std::array<std::string_view, 10> kFileEndings = {
      "png", "jpg", "jpeg", "pdf", "toml", "md", "txt", "html", "docx", "doc"};
  for (std::string_view ending : kFileEndings)
    if (tld == ending) return 0;
  std::size_t end = host_end;
  if (end < text.size() && text[end] == '/') {
    while (end < text.size() && is_path_char(text[end])) ++end;
    while (end > host_end && (text[end - 1] == '.' || text[end - 1] == '?')) --end;
  }
  return end - at;
}

// A web address the autolink extension leaves as text (it links "www.…", "https://…" and
// e-mails, not a bare "kiswa.org.sa"), linked the same way, so a website in a list item or a
// paragraph is a link like an e-mail is. Only where an address starts a word: after a space,
// a bracket, a bidi isolate or an Arabic letter's end of word, never inside an e-mail or a path.
// "kiswa\.org\.sa" → "kiswa.org.sa": the backslashes escape_markdown gave an organisation's
// value, which the autolink extension keeps in the address it links.
std::string without_escapes(const std::string& text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\\' && i + 1 < text.size() && std::ispunct(static_cast<unsigned char>(text[i + 1]))) ++i;
    out += text[i];
  }
  return out;
}

void link_web_addresses(std::vector<Span>& spans) {
  std::vector<Span> out;
  for (Span& span : spans) {
    // An autolinked address (its text is in its link) reads without the escapes.
    if (!span.link.empty() && span.text.find('\\') != std::string::npos &&
        span.link.find(span.text) != std::string::npos) {
      span.link = without_escapes(span.link);
      span.text = without_escapes(span.text);
    }
    if (!span.link.empty() || span.code) {
      out.push_back(std::move(span));
      continue;
    }
    const std::string& text = span.text;
    std::size_t from = 0;
    for (std::size_t i = 0; i < text.size();) {
      const bool word_start =
          i == 0 || text[i - 1] == ' ' || text[i - 1] == '(' || text[i - 1] == '\n' ||
          text[i - 1] == '\t' || text[i - 1] == ':' ||
          static_cast<unsigned char>(text[i - 1]) >= 0x80;  // after a non-ASCII character
      const std::size_t n = word_start ? bare_web_address(text, i) : 0;
      const char next = i + n < text.size() ? text[i + n] : ' ';
      const bool whole = n > 0 && next != '@' && next != '-' && !(is_host_char(next) && next != '.');
      if (!whole) {
        ++i;
        continue;
      }
      Span before = span, address = span;
      before.text = text.substr(from, i - from);
      address.text = text.substr(i, n);
      address.link = "https://" + address.text;
      if (!before.text.empty()) out.push_back(std::move(before));
      out.push_back(std::move(address));
      i += n;
      from = i;
    }
    if (from == 0) {
      out.push_back(std::move(span));
    } else if (from < text.size()) {
      Span rest = span;
      rest.text = text.substr(from);
      out.push_back(std::move(rest));
    }
  }
  spans = std::move(out);
}

// The inline content of a paragraph, heading or table cell as styled spans.
std::vector<Span> collect_spans(cmark_node* container) {
  std::vector<Span> spans;
  InlineState state;
  IterPtr iter(cmark_iter_new(container), &cmark_iter_free);
  cmark_event_type event;
  while ((event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE) {
    cmark_node* node = cmark_iter_get_node(iter.get());
    if (node == container) continue;
    if (event == CMARK_EVENT_ENTER) {
      enter_inline(node, state, spans);
    } else {
      exit_inline(node, state);
    }
  }
  link_web_addresses(spans);
  return spans;
}

// All the text below a node, blocks separated by spaces: what a too-deep subtree becomes.
std::string collect_text(cmark_node* root) {
  std::string text;
  IterPtr iter(cmark_iter_new(root), &cmark_iter_free);
  cmark_event_type event;
  while ((event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE) {
    cmark_node* node = cmark_iter_get_node(iter.get());
    const bool leaf_text = cmark_node_get_literal(node) != nullptr;
    if (event == CMARK_EVENT_ENTER && leaf_text) {
      text += literal_of(node);
    } else if (event == CMARK_EVENT_ENTER && cmark_node_get_type(node) == CMARK_NODE_SOFTBREAK) {
      text += ' ';
    } else if (event == CMARK_EVENT_EXIT && !text.empty() && text.back() != ' ') {
      if (cmark_node_get_type(node) == CMARK_NODE_PARAGRAPH ||
          cmark_node_get_type(node) == CMARK_NODE_HEADING) {
        text += ' ';
      }
    }
  }
  while (!text.empty() && (text.back() == ' ' || text.back() == '\n')) text.pop_back();
  return text;
}

// How many levels of lists and quotes `root` makes, itself included (iterative: any depth).
int nesting_below(cmark_node* root) {
  int level = 0, deepest = 0;
  IterPtr iter(cmark_iter_new(root), &cmark_iter_free);
  cmark_event_type event;
  while ((event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE) {
    const cmark_node_type type = cmark_node_get_type(cmark_iter_get_node(iter.get()));
    if (type != CMARK_NODE_LIST && type != CMARK_NODE_BLOCK_QUOTE) continue;
    if (event == CMARK_EVENT_ENTER) {
      deepest = std::max(deepest, ++level);
    } else {
      --level;
    }
  }
  return deepest;
}

// cmark counts columns in bytes; people (and editors showing Arabic) count characters.
class ColumnMap {
 public:
  explicit ColumnMap(std::string_view text) : text_(text) {
    line_starts_.push_back(0);
    for (size_t i = 0; i < text.size(); ++i) {
      if (text[i] == '\n') line_starts_.push_back(i + 1);
    }
  }

  // 1-based character column of a 1-based byte column on a 1-based line.
  int character_column(int line, int byte_column) const {
    if (line < 1 || line > static_cast<int>(line_starts_.size()) || byte_column < 1) {
      return byte_column;
    }
    const size_t start = line_starts_[line - 1];
    const size_t end = std::min(text_.size(), start + byte_column - 1);
    int column = 1;
    for (size_t i = start; i < end; ++i) {
      if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++column;
    }
    return column;
  }

 private:
  std::string_view text_;
  std::vector<size_t> line_starts_;
};

class Converter {
 public:
  Converter(std::string_view markdown, const std::string& source_name, int first_line)
      : columns_(markdown), source_name_(source_name), line_offset_(first_line - 1) {}

  std::vector<Block> convert_children(cmark_node* parent, int depth) {
    std::vector<Block> blocks;
    for (cmark_node* child = cmark_node_first_child(parent); child;
         child = cmark_node_next(child)) {
      blocks.push_back(convert_block(child, depth));
    }
    return blocks;
  }

  Diagnostics take_errors() { return std::move(errors_); }

 private:
  SourcePos position_of(cmark_node* node) const {
    const int line = cmark_node_get_start_line(node);
    return {source_name_, line + line_offset_,
            columns_.character_column(line, cmark_node_get_start_column(node))};
  }

  Block positioned(cmark_node* node, BlockKind kind) const {
    Block block;
    block.kind = kind;
    const SourcePos where = position_of(node);
    block.line = where.line;
    block.column = where.column;
    return block;
  }

  Block text_paragraph(cmark_node* node, std::string text, bool code) const {
    Block block = positioned(node, BlockKind::paragraph);
    Span span;
    span.text = std::move(text);
    span.code = code;
    if (!span.text.empty()) block.spans.push_back(std::move(span));
    return block;
  }

  // A list or quote at nesting level kMaxMarkdownNesting + 1: an error (the first time) saying
  // how deep the nesting goes. The subtree is not converted: the document fails.
  Block too_deep(cmark_node* node, int depth) {
    if (errors_.empty()) {
      errors_.push_back(make_error(
          position_of(node),
          "lists or quotes nested " + std::to_string(depth + nesting_below(node)) +
              " levels deep; the limit is " + std::to_string(kMaxMarkdownNesting),
          "flatten the nesting in the template: fewer lists inside lists (or quotes inside "
          "quotes), or headings for the outer levels"));
    }
    return positioned(node, BlockKind::paragraph);
  }

  Block convert_block(cmark_node* node, int depth) {
    switch (cmark_node_get_type(node)) {
      case CMARK_NODE_HEADING: {
        Block block = positioned(node, BlockKind::heading);
        block.level = cmark_node_get_heading_level(node);
        block.spans = collect_spans(node);
        return block;
      }
      case CMARK_NODE_PARAGRAPH: {
        Block block = positioned(node, BlockKind::paragraph);
        block.spans = collect_spans(node);
        return block;
      }
      case CMARK_NODE_THEMATIC_BREAK: return positioned(node, BlockKind::rule);
      case CMARK_NODE_CODE_BLOCK:
        return text_paragraph(node, without_final_newline(literal_of(node)), true);
      case CMARK_NODE_HTML_BLOCK:
        return text_paragraph(node, without_final_newline(literal_of(node)), false);
      case CMARK_NODE_LIST:
      case CMARK_NODE_BLOCK_QUOTE:
        if (depth >= kMaxMarkdownNesting) return too_deep(node, depth);
        return convert_container(node, depth);
      case CMARK_NODE_ITEM: return convert_container(node, depth);
      default: break;
    }
    const std::string_view type = type_name(node);
    if (type == "table" && depth < kMaxMarkdownNesting) return convert_table(node);
    return text_paragraph(node, collect_text(node), false);
  }

  Block convert_container(cmark_node* node, int depth) {
    Block block;
    switch (cmark_node_get_type(node)) {
      case CMARK_NODE_LIST:
        block = positioned(node, BlockKind::list);
        block.ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST;
        block.start = block.ordered ? cmark_node_get_list_start(node) : 1;
        block.tight = cmark_node_get_list_tight(node) != 0;
        break;
      case CMARK_NODE_ITEM: block = positioned(node, BlockKind::list_item); break;
      default: block = positioned(node, BlockKind::quote); break;
    }
    // A list item is on its list's level; what it holds is one level deeper.
    const bool item = block.kind == BlockKind::list_item;
    block.children = convert_children(node, item ? depth : depth + 1);
    return block;
  }

  Block convert_table(cmark_node* node) {
    Block table = positioned(node, BlockKind::table);
    for (cmark_node* row = cmark_node_first_child(node); row; row = cmark_node_next(row)) {
      Block out_row = positioned(row, BlockKind::table_row);
      out_row.header = cmark_gfm_extensions_get_table_row_is_header(row) != 0;
      for (cmark_node* cell = cmark_node_first_child(row); cell; cell = cmark_node_next(cell)) {
        Block out_cell = positioned(cell, BlockKind::table_cell);
        out_cell.spans = collect_spans(cell);
        out_row.children.push_back(std::move(out_cell));
      }
      table.children.push_back(std::move(out_row));
    }
    return table;
  }

  ColumnMap columns_;
  const std::string& source_name_;
  int line_offset_;
  Diagnostics errors_;
};

// Anchors are the heading's place in the outline: "h-2-3" is the third subheading of the second
// top-level heading, counted from the shallowest heading level the document uses. They change
// only when headings are added or removed before them, never when wording changes.
class AnchorNumbering {
 public:
  explicit AnchorNumbering(int top_level) : top_level_(top_level) {}

  void assign(std::vector<Block>& blocks) {
    for (Block& block : blocks) {
      if (block.kind == BlockKind::heading) block.anchor = next_anchor(block.level);
      assign(block.children);
    }
  }

 private:
  std::string next_anchor(int level) {
    const int depth = std::max(0, level - top_level_);
    ++counters_[depth];
    for (int i = depth + 1; i < 6; ++i) counters_[i] = 0;
    std::string anchor = "h";
    for (int i = 0; i <= depth; ++i) anchor += "-" + std::to_string(counters_[i]);
    return anchor;
  }

  int top_level_;
  std::array<int, 6> counters_{};
};

int shallowest_heading(const std::vector<Block>& blocks, int found = 7) {
  for (const Block& block : blocks) {
    if (block.kind == BlockKind::heading) found = std::min(found, block.level);
    found = shallowest_heading(block.children, found);
  }
  return found;
}

ParserPtr make_parser() {
  cmark_gfm_core_extensions_ensure_registered();
  ParserPtr parser(cmark_parser_new(CMARK_OPT_VALIDATE_UTF8), &cmark_parser_free);
  for (const char* name : kExtensions) {
    if (cmark_syntax_extension* extension = cmark_find_syntax_extension(name)) {
      cmark_parser_attach_syntax_extension(parser.get(), extension);
    }
  }
  return parser;
}

}  // namespace

std::string plain_text(const std::vector<Span>& spans) {
  std::string text;
  for (const Span& span : spans) text += span.text;
  return text;
}

Result<DocTree> parse_markdown(std::string_view markdown, const std::string& source_name,
                               int first_line) {
  ParserPtr parser = make_parser();
  cmark_parser_feed(parser.get(), markdown.data(), markdown.size());
  NodePtr document(cmark_parser_finish(parser.get()), &cmark_node_free);
  if (!document) {
    return Result<DocTree>::failure(
        make_error({source_name, first_line, 0}, "the Markdown parser ran out of memory"));
  }
  Converter converter(markdown, source_name, first_line);
  DocTree tree;
  tree.blocks = converter.convert_children(document.get(), 0);
  if (Diagnostics errors = converter.take_errors(); !errors.empty())
    return Result<DocTree>::failure(std::move(errors));
  AnchorNumbering(shallowest_heading(tree.blocks)).assign(tree.blocks);
  return Result<DocTree>::success(std::move(tree));
}

}  // namespace siyasa
