// Stage "template": the body of a policy template (Markdown + Mustache source) in, its blocks
// out: every heading, paragraph and list item with a stable id, the lines it spans and the
// prefix (heading hashes, list marker) an organisation's override keeps. Overrides
// (template/overrides.h) name blocks by these ids.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace siyasa {

// How a block is named:
//   - explicitly, by "{#id}" at the end of its line ("### الهدف العام {#goal}"), which is not printed;
//   - otherwise a heading takes the name of the "{{! section: name }}" line right above it, or
//     "h<N>" (the N-th heading of the file);
//   - a paragraph or list item is "<region>.<n>": the n-th block after the last heading or
//     section line (whose id is the region), or "top.<n>" before the first.
// So an id changes only when blocks are added or removed before it in the same region; editing
// any block's words, or anything in another region, leaves every other id as it was.
struct SourceBlock {
  enum class Kind { heading, paragraph, item };
  std::string id;
  Kind kind = Kind::paragraph;
  bool explicit_id = false;
  int first = 0, last = 0;  // 0-based line indexes in the body, inclusive (content lines only)
  // Lines of the Mustache section that wraps this block alone (a list written as a loop over
  // an option): "after" inserts after the closing line, "remove" takes the loop away.
  int outer_first = 0, outer_last = 0;
  std::string prefix;       // "### ", "{{marker.tools}} ", "1. " …; empty for a paragraph
};

// The body's lines (without their line breaks). A final line without a break is kept.
std::vector<std::string_view> body_lines(std::string_view body);

// A line that holds only one section tag or comment ({{#x}}, {{^x}}, {{/x}}, {{! …}}): Mustache's
// "standalone" lines, which print nothing.
bool is_standalone_tag_line(std::string_view line);

// "### الهدف العام {#goal}" → "goal" (and the line without the attribute in `rest`); "" when the
// line ends with no "{#id}".
std::string explicit_block_id(std::string_view line, std::string_view* rest = nullptr);

// The blocks of a body, in order.
std::vector<SourceBlock> split_blocks(std::string_view body);

// The body with every "{#id}" attribute taken out (the text merged for every organisation).
std::string strip_block_ids(std::string_view body);

}  // namespace siyasa
