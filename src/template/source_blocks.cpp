#include "template/source_blocks.h"

#include <cctype>

namespace siyasa {
namespace {

std::string_view trim(std::string_view s) {
  size_t b = s.find_first_not_of(" \t\r");
  if (b == std::string_view::npos) return {};
  size_t e = s.find_last_not_of(" \t\r");
  return s.substr(b, e - b + 1);
}

bool is_id_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.';
}

// "{{! section: objectives }}" → "objectives"; "" for any other line.
std::string section_name(std::string_view line) {
  line = trim(line);
  constexpr std::string_view open = "{{! section:";
  if (!line.starts_with(open) || !line.ends_with("}}")) return {};
  return std::string(trim(line.substr(open.size(), line.size() - open.size() - 2)));
}

bool is_heading(std::string_view line) {
  size_t i = line.find_first_not_of(' ');
  if (i == std::string_view::npos || i > 3 || line[i] != '#') return false;
  size_t hashes = line.find_first_not_of('#', i);
  return hashes != std::string_view::npos && hashes - i <= 6 && line[hashes] == ' ';
}

// The list marker at `i` ("- ", "* ", "+ ", "12. ", "3) "): its length with the space, or 0.
size_t literal_marker(std::string_view line, size_t i) {
  if (i + 1 < line.size() && (line[i] == '-' || line[i] == '*' || line[i] == '+') && line[i + 1] == ' ') return 2;
  size_t d = i;
  while (d < line.size() && d - i < 9 && line[d] >= '0' && line[d] <= '9') ++d;
  if (d > i && d + 1 < line.size() && (line[d] == '.' || line[d] == ')') && line[d + 1] == ' ') return d - i + 2;
  return 0;
}

struct Prefix {
  size_t length = 0;
  bool marker = false;
};

// What leads a content line up to its words: indentation, section tags that close again before
// the words, "{{marker.x}}" or a literal list marker. Only a prefix whose sections are balanced
// counts, so "{{#g}}تضع|يضع{{/g}} …" has none. Markers inside sections are alternatives, each
// kept: "{{#a}}{{marker.x}}{{/a}}{{^a}}{{marker.y}}{{/a}} " is the whole prefix.
Prefix line_prefix(std::string_view line) {
  Prefix best;
  int depth = 0;
  bool marker = false;
  size_t i = 0;
  while (i < line.size()) {
    if (line[i] == ' ') {
      ++i;
    } else if (line.substr(i, 2) == "{{") {
      size_t end = line.find("}}", i + 2);
      if (end == std::string_view::npos) break;
      std::string_view inner = trim(line.substr(i + 2, end - i - 2));
      if (inner.starts_with('#') || inner.starts_with('^')) {
        ++depth;
      } else if (inner.starts_with('/')) {
        if (--depth < 0) break;
      } else if (inner.starts_with("marker.") && (!marker || depth > 0)) {
        marker = true;
      } else {
        break;
      }
      i = end + 2;
    } else if (size_t n = marker ? 0 : literal_marker(line, i)) {
      marker = true;
      i += n;
    } else {
      break;
    }
    if (depth == 0) best = {i, marker};
  }
  return best;
}

bool is_open_tag(std::string_view line) {
  line = trim(line);
  return line.starts_with("{{#") || line.starts_with("{{^");
}

std::string tag_name(std::string_view line) {
  line = trim(line);
  return std::string(trim(line.substr(3, line.size() - 5)));
}

}  // namespace

std::vector<std::string_view> body_lines(std::string_view body) {
  std::vector<std::string_view> lines;
  size_t start = 0;
  while (start < body.size()) {
    size_t end = body.find('\n', start);
    if (end == std::string_view::npos) end = body.size();
    lines.push_back(body.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

bool is_standalone_tag_line(std::string_view line) {
  line = trim(line);
  return line.size() > 4 && line.starts_with("{{") && line.ends_with("}}") &&
         std::string_view("#^/!").find(line[2]) != std::string_view::npos &&
         line.find("{{", 2) == std::string_view::npos;
}

std::string explicit_block_id(std::string_view line, std::string_view* rest) {
  std::string_view t = line;
  while (!t.empty() && (t.back() == ' ' || t.back() == '\r' || t.back() == '\t')) t.remove_suffix(1);
  if (t.size() < 4 || t.back() != '}') return {};
  size_t open = t.rfind("{#");
  if (open == std::string_view::npos || open == 0 || t[open - 1] != ' ') return {};
  std::string_view id = t.substr(open + 2, t.size() - open - 3);
  if (id.empty()) return {};
  for (char c : id)
    if (!is_id_char(c)) return {};
  if (rest) {
    std::string_view kept = t.substr(0, open);
    while (!kept.empty() && kept.back() == ' ') kept.remove_suffix(1);
    *rest = kept;
  }
  return std::string(id);
}

std::vector<SourceBlock> split_blocks(std::string_view body) {
  const auto lines = body_lines(body);
  std::vector<SourceBlock> blocks;
  std::string region = "top";
  std::string pending_section;  // a section line with no block after it yet
  int counter = 0, headings = 0;
  bool open_block = false;      // the previous line belongs to a block that may go on
  for (int n = 0; n < static_cast<int>(lines.size()); ++n) {
    std::string_view line = lines[n];
    if (trim(line).empty() || is_standalone_tag_line(line)) {
      if (std::string name = section_name(line); !name.empty()) {
        pending_section = region = name;
        counter = 0;
      }
      open_block = false;
      continue;
    }
    const bool heading = is_heading(line);
    const Prefix prefix = heading ? Prefix{} : line_prefix(line);
    const bool starts = !open_block || heading || prefix.marker || blocks.back().kind == SourceBlock::Kind::heading;
    std::string id = explicit_block_id(line);
    if (!starts) {
      blocks.back().last = n;
      if (!id.empty() && !blocks.back().explicit_id) {
        blocks.back().id = id;
        blocks.back().explicit_id = true;
      }
      continue;
    }
    SourceBlock block;
    block.first = block.last = n;
    block.explicit_id = !id.empty();
    if (heading) {
      ++headings;
      block.kind = SourceBlock::Kind::heading;
      size_t i = line.find('#');
      block.prefix = std::string(line.substr(0, line.find(' ', i) + 1));
      if (id.empty()) id = !pending_section.empty() ? pending_section : "h" + std::to_string(headings);
      region = id;
      counter = 0;
    } else {
      block.kind = prefix.marker ? SourceBlock::Kind::item : SourceBlock::Kind::paragraph;
      block.prefix = std::string(line.substr(0, prefix.length));
      ++counter;
      if (id.empty()) id = region + "." + std::to_string(counter);
    }
    block.id = id;
    pending_section.clear();
    blocks.push_back(std::move(block));
    open_block = true;
  }
  // A block wrapped alone in a section (a loop over an option's list) takes the section with it
  // when it is removed or something is inserted after it.
  for (auto& b : blocks) {
    b.outer_first = b.first;
    b.outer_last = b.last;
    if (b.first > 0 && b.last + 1 < static_cast<int>(lines.size()) && is_open_tag(lines[b.first - 1]) &&
        is_standalone_tag_line(lines[b.first - 1]) && is_standalone_tag_line(lines[b.last + 1]) &&
        trim(lines[b.last + 1]).starts_with("{{/") && tag_name(lines[b.first - 1]) == tag_name(lines[b.last + 1])) {
      b.outer_first = b.first - 1;
      b.outer_last = b.last + 1;
    }
  }
  return blocks;
}

std::string strip_block_ids(std::string_view body) {
  if (body.find("{#") == std::string_view::npos) return std::string(body);
  std::string out;
  out.reserve(body.size());
  const auto lines = body_lines(body);
  for (size_t i = 0; i < lines.size(); ++i) {
    std::string_view rest;
    if (!explicit_block_id(lines[i], &rest).empty()) out += rest;
    else out += lines[i];
    if (i + 1 < lines.size() || body.ends_with('\n')) out += '\n';
  }
  return out;
}

}  // namespace siyasa
