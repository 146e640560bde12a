// Stage "html": the DocTree → HTML walk. One function per block kind; spans that share a link
// are grouped into one <a>; a link whose target is not safe stays text.
#include "html/doctree_html.h"

#include <algorithm>
#include <optional>

#include "html/html_text.h"
#include "text/list_numbers.h"

namespace siyasa {
namespace {

// The text of one span with its styles, without the link (links wrap groups of spans).
std::string styled_text(const Span& span) {
  std::string html;
  size_t line_start = 0;
  // Hard line breaks inside a span become <br>.
  while (true) {
    const size_t newline = span.text.find('\n', line_start);
    html += escape_html_keeping_dates(std::string_view(span.text).substr(
        line_start, newline == std::string::npos ? std::string::npos : newline - line_start));
    if (newline == std::string::npos) break;
    html += "<br>";
    line_start = newline + 1;
  }
  if (span.code) html = "<code>" + html + "</code>";
  if (span.strike) html = "<del>" + html + "</del>";
  if (span.italic) html = "<em>" + html + "</em>";
  if (span.bold) html = "<strong>" + html + "</strong>";
  return html;
}

std::string inline_html(const std::vector<Span>& spans) {
  std::string html;
  for (size_t i = 0; i < spans.size();) {
    size_t end = i + 1;
    while (end < spans.size() && spans[end].link == spans[i].link) ++end;
    std::string group;
    for (size_t k = i; k < end; ++k) group += styled_text(spans[k]);
    const std::optional<std::string> href =
        spans[i].link.empty() ? std::nullopt : safe_href(spans[i].link);
    if (href) {
      const bool external = href->rfind("http", 0) == 0;
      html += "<a href=\"" + escape_html(*href) + "\"" +
              (external ? " rel=\"noopener noreferrer\"" : "") + ">" + group + "</a>";
    } else {
      html += group;
    }
    i = end;
  }
  return html;
}

int shallowest_heading(const std::vector<Block>& blocks) {
  int level = 7;
  for (const Block& b : blocks) {
    if (b.kind == BlockKind::heading) level = std::min(level, b.level);
  }
  return level;
}

class BodyWriter {
 public:
  BodyWriter(const HtmlBodyOptions& options, int shallowest)
      : options_(options), shift_(options.top_heading - std::min(shallowest, 6)) {}

  std::string blocks(const std::vector<Block>& blocks, bool tight = false) const {
    std::string html;
    for (const Block& b : blocks) html += block(b, tight);
    return html;
  }

 private:
  std::string block(const Block& b, bool tight) const {
    switch (b.kind) {
      case BlockKind::heading: return heading(b);
      case BlockKind::paragraph:
        if (b.spans.empty()) return {};
        // Paragraphs of a tight list item sit directly in the <li>, as cmark writes them.
        return tight ? inline_html(b.spans) + "\n" : "<p>" + inline_html(b.spans) + "</p>\n";
      case BlockKind::list: return list(b);
      case BlockKind::list_item: return "<li>" + blocks(b.children, tight) + "</li>\n";
      case BlockKind::table: return table(b);
      case BlockKind::quote: return "<blockquote>\n" + blocks(b.children) + "</blockquote>\n";
      case BlockKind::rule: return "<hr>\n";
      case BlockKind::table_row:
      case BlockKind::table_cell: break;  // only inside a table
    }
    return {};
  }

  // A numbered list whose numbers the browser cannot write ("١-", "(١)", "أ-"): each item
  // starts with its number as text, at the start of its first paragraph.
  std::string marked_list(const Block& b) const {
    std::string html = "<ol class=\"marked\"";
    if (b.start != 1) html += " start=\"" + std::to_string(b.start) + "\"";
    html += " style=\"list-style: none; padding-inline-start: 0.6rem\">\n";
    int number = b.start;
    for (const Block& item : b.children) {
      const std::string marker = "<span class=\"list-marker\">" +
                                 escape_html(list_number(number++, options_.numerals, options_.list_numbers)) +
                                 "</span> ";
      std::string inner = blocks(item.children, b.tight);
      if (inner.starts_with("<p>")) inner.insert(3, marker);
      else inner.insert(0, marker);
      html += "<li>" + inner + "</li>\n";
    }
    return html + "</ol>\n";
  }

  std::string heading(const Block& b) const {
    const std::string tag = "h" + std::to_string(std::clamp(b.level + shift_, 1, 6));
    return "<" + tag + " id=\"" + escape_html(b.anchor) + "\">" + inline_html(b.spans) + "</" +
           tag + ">\n";
  }

  std::string list(const Block& b) const {
    if (b.ordered && options_.list_numbers != "1.") return marked_list(b);
    std::string open = b.ordered ? "<ol" : "<ul";
    if (b.ordered && b.start != 1) open += " start=\"" + std::to_string(b.start) + "\"";
    if (b.ordered && options_.arabic_indic_lists) open += " style=\"list-style-type: arabic-indic\"";
    std::string html = open + ">\n";
    for (const Block& item : b.children) html += block(item, b.tight);
    return html + (b.ordered ? "</ol>\n" : "</ul>\n");
  }

  std::string row(const Block& r) const {
    std::string html = "<tr>";
    for (const Block& cell : r.children) {
      html += r.header ? "<th scope=\"col\">" + inline_html(cell.spans) + "</th>"
                       : "<td>" + inline_html(cell.spans) + "</td>";
    }
    return html + "</tr>\n";
  }

  // A box that scrolls sideways on a narrow phone instead of widening the page; focusable so a
  // keyboard can scroll it too. The style is inline so a fragment pasted into a CMS keeps it.
  std::string table(const Block& b) const {
    std::string head, body;
    for (const Block& r : b.children) (r.header ? head : body) += row(r);
    std::string html = "<div class=\"table-wrap\" style=\"overflow-x: auto\" role=\"region\" tabindex=\"0\" aria-label=\"" +
                       escape_html(options_.table_label) + "\">\n<table>\n";
    if (!head.empty()) html += "<thead>\n" + head + "</thead>\n";
    if (!body.empty()) html += "<tbody>\n" + body + "</tbody>\n";
    return html + "</table>\n</div>\n";
  }

  const HtmlBodyOptions& options_;
  int shift_;
};

}  // namespace

std::string render_doctree_html(const DocTree& tree, const HtmlBodyOptions& options) {
  return BodyWriter(options, shallowest_heading(tree.blocks)).blocks(tree.blocks);
}

std::vector<TocEntry> table_of_contents(const DocTree& tree, int max_depth) {
  std::vector<TocEntry> entries;
  const int top = shallowest_heading(tree.blocks);
  for (const Block& b : tree.blocks) {
    if (b.kind != BlockKind::heading || b.level - top > max_depth) continue;
    entries.push_back({b.anchor, plain_text(b.spans), b.level - top});
  }
  return entries;
}

}  // namespace siyasa
