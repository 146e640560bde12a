#include "template/overrides.h"

#include <algorithm>
#include <set>

#include "core/read_file.h"
#include "core/suggest.h"
#include "data/toml_file.h"
#include "template/escape.h"

namespace siyasa {
namespace {

// An organisation's wording of one policy is a few pages at most.
constexpr std::uintmax_t kMaxOverrideBytes = 256 * 1024;

constexpr char kBlockMark = '\x1E';  // never in values: escape_markdown drops control characters
constexpr char kBlockMarkEnd = '\x1D';

std::string_view trim(std::string_view s) {
  size_t b = s.find_first_not_of(" \t\r");
  if (b == std::string_view::npos) return {};
  size_t e = s.find_last_not_of(" \t\r");
  return s.substr(b, e - b + 1);
}

int code_points(std::string_view s) {
  int n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

const char* action_key(Override::Action a) {
  switch (a) {
    case Override::Action::replace: return "replace";
    case Override::Action::remove: return "remove";
    case Override::Action::after: return "after";
  }
  return "replace";
}

SourcePos position_of(const toml::node& node, const std::string& name, int line_offset) {
  return toml_position(name, node.source(), line_offset + 1);
}

const std::string kExample =
    "for example:\n"
    "    +++\n"
    "    replace = \"objectives.3\"\n"
    "    shared = \"the shared text, as `siyasa diff` shows it\"\n"
    "    +++\n"
    "    your wording";

// One entry's header (the TOML between its "+++" lines) into `entry`.
void read_header(const std::string& header, const std::string& name, int offset, const SourcePos& fence,
                 Override& entry, Diagnostics& errors) {
  auto parsed = parse_toml(header, name, offset + 1);
  if (!parsed.ok()) {
    for (Diagnostic& d : parsed.diagnostics)
      if (d.hint.empty()) d.hint = "text values are written in double quotes: replace = \"objectives.3\"";
    errors.insert(errors.end(), parsed.diagnostics.begin(), parsed.diagnostics.end());
    return;
  }
  const toml::table& table = *parsed;
  int actions = 0;
  for (const auto& [k, node] : table) {
    std::string key(k.str());
    SourcePos where = position_of(node, name, offset);
    if (!node.is_string()) {
      errors.push_back(make_error(where, "'" + key + "' must be a text in double quotes"));
      continue;
    }
    std::string value = *node.value<std::string>();
    if (key == "replace" || key == "remove" || key == "after") {
      ++actions;
      entry.action = key == "replace" ? Override::Action::replace
                     : key == "remove" ? Override::Action::remove
                                       : Override::Action::after;
      entry.block = std::string(trim(value));
      entry.block_pos = where;
    } else if (key == "shared") {
      entry.shared = value;
      entry.shared_pos = where;
    } else {
      std::string hint = did_you_mean(key, {"replace", "remove", "after", "shared"});
      SourcePos at = toml_position(name, k.source(), offset + 1);
      errors.push_back(make_error(at, "unknown key '" + key + "' in an override",
                                  hint.empty() ? "an override has one of replace, remove or after, and shared" : hint));
    }
  }
  if (actions == 0) {
    errors.push_back(make_error(fence, "this override names no block",
                                "write replace = \"id\", remove = \"id\" or after = \"id\" (`siyasa diff` shows the ids)"));
  } else if (actions > 1) {
    errors.push_back(make_error(fence, "this override has more than one of replace, remove and after",
                                "one entry per change: start another with a \"+++\" line"));
  }
}

// The TOML line that records `text` as an override's shared text (several lines: a list).
std::string shared_line(const std::string& text) {
  std::string quoted;
  for (char c : text) {
    if (c == '"' || c == '\\') quoted += '\\';
    quoted += c;
  }
  if (text.find('\n') == std::string::npos) return "shared = \"" + quoted + "\"";
  return "shared = \"\"\"\n" + quoted + "\"\"\"";
}

}  // namespace

std::filesystem::path org_overrides_file(const OrgData& org, const std::string& policy_id) {
  return org.source.parent_path() / org.slug / "overrides" / (policy_id + ".md");
}

std::filesystem::path org_template_file(const OrgData& org, const std::string& policy_id) {
  return org.source.parent_path() / org.slug / "policies" / (policy_id + ".md");
}

Result<std::vector<Override>> read_overrides(const std::filesystem::path& file) {
  using R = Result<std::vector<Override>>;
  const std::string name = file.string();
  auto text = read_input_file(file, name, "an override file", kMaxOverrideBytes);
  if (!text.ok()) return R::failure(text.diagnostics);
  const auto lines = body_lines(*text);
  std::vector<Override> out;
  Diagnostics errors;
  size_t n = 0;
  while (n < lines.size() && trim(lines[n]).empty()) ++n;
  if (n < lines.size() && trim(lines[n]) != "+++") {
    return R::failure(make_error({name, static_cast<int>(n) + 1, 1},
                                 "an override file is a list of entries, each starting with a \"+++\" line", kExample));
  }
  while (n < lines.size()) {
    const SourcePos fence{name, static_cast<int>(n) + 1, 1};
    const int offset = static_cast<int>(n) + 1;  // header line k (1-based in the header) is file line k + offset
    std::string header;
    bool closed = false;
    for (++n; n < lines.size(); ++n) {
      if (trim(lines[n]) == "+++") {
        closed = true;
        ++n;
        break;
      }
      header += std::string(lines[n]) + '\n';
    }
    if (!closed) {
      errors.push_back(make_error(fence, "this override's header is not closed", "end it with a line holding only \"+++\""));
      break;
    }
    Override entry;
    entry.block_pos = fence;
    read_header(header, name, offset, fence, entry, errors);
    size_t first = n;
    while (n < lines.size() && trim(lines[n]) != "+++") ++n;
    size_t last = n;
    while (first < last && trim(lines[first]).empty()) ++first;
    while (last > first && trim(lines[last - 1]).empty()) --last;
    entry.text_pos = {name, static_cast<int>(first) + 1, 1};
    for (size_t i = first; i < last; ++i) {
      std::string_view line = lines[i];
      if (line.ends_with('\r')) line.remove_suffix(1);
      entry.text += std::string(line) + (i + 1 < last ? "\n" : "");
    }
    if (entry.action == Override::Action::remove && !entry.text.empty()) {
      errors.push_back(make_error(entry.text_pos, "text after a remove entry would not be printed",
                                  "to change the block's words write replace = \"" + entry.block +
                                      "\"; to add text write after = \"" + entry.block + "\""));
    } else if (entry.action != Override::Action::remove && entry.text.empty() && !entry.block.empty()) {
      errors.push_back(make_error(entry.block_pos, "this override has no text",
                                  "write the text after the closing \"+++\" line; to drop the block write remove = \"" +
                                      entry.block + "\""));
    }
    out.push_back(std::move(entry));
  }
  if (!errors.empty()) return R::failure(errors);
  return R::success(std::move(out));
}

std::string mark_blocks(std::string_view body, const std::vector<SourceBlock>& blocks) {
  const auto lines = body_lines(body);
  std::vector<int> first_of(lines.size(), -1);
  for (size_t i = 0; i < blocks.size(); ++i) first_of[blocks[i].first] = static_cast<int>(i);
  std::string out;
  for (size_t n = 0; n < lines.size(); ++n) {
    if (first_of[n] >= 0) out += kBlockMark + std::to_string(first_of[n]) + kBlockMarkEnd;
    std::string_view rest = lines[n];
    explicit_block_id(lines[n], &rest);
    out += rest;
    out += '\n';
  }
  return out;
}

std::vector<std::string> block_texts(std::string_view merged, size_t count) {
  std::vector<std::string> texts(count);
  int current = -1;
  for (std::string_view line : body_lines(merged)) {
    if (trim(line).empty()) {
      current = -1;
      continue;
    }
    if (line.front() == kBlockMark) {
      size_t end = line.find(kBlockMarkEnd);
      if (end == std::string_view::npos) continue;
      current = std::stoi(std::string(line.substr(1, end - 1)));
      line.remove_prefix(end + 1);
    }
    if (current < 0 || current >= static_cast<int>(count)) continue;
    auto& text = texts[current];
    if (!text.empty()) text += '\n';
    text += line;
  }
  return texts;
}

std::vector<int> block_order(std::string_view merged) {
  std::vector<int> order;
  std::set<int> seen;
  for (std::string_view line : body_lines(merged)) {
    if (line.empty() || line.front() != kBlockMark) continue;
    size_t end = line.find(kBlockMarkEnd);
    if (end == std::string_view::npos) continue;
    int n = std::stoi(std::string(line.substr(1, end - 1)));
    if (seen.insert(n).second) order.push_back(n);
  }
  return order;
}

std::string plain_block_text(std::string_view markdown) {
  std::string out;
  for (std::string_view line : body_lines(markdown)) {
    line = trim(line);
    if (line.starts_with('#')) {
      line.remove_prefix(std::min(line.size(), line.find_first_not_of('#')));
    } else if (line.starts_with("- ") || line.starts_with("* ") || line.starts_with("+ ")) {
      line.remove_prefix(2);
    } else {
      size_t d = 0;
      while (d < line.size() && line[d] >= '0' && line[d] <= '9') ++d;
      if (d > 0 && d < line.size() && (line[d] == '.' || line[d] == ')')) line.remove_prefix(d + 1);
    }
    std::string text;
    for (size_t i = 0; i < line.size(); ++i) {
      if (line[i] == '\\' && i + 1 < line.size()) {
        text += line.substr(i, 2);
        ++i;
      } else if ((line[i] == '*' || line[i] == '_') && i + 1 < line.size() && line[i + 1] == line[i]) {
        ++i;  // emphasis markers
      } else {
        text += line[i];
      }
    }
    if (!out.empty()) out += '\n';
    out += collapse_spaces(unescape_markdown(text));
  }
  return out;
}

ResolvedOverrides resolve_overrides(const std::vector<Override>& overrides, const std::vector<SourceBlock>& blocks,
                                    const std::vector<std::string>& texts,
                                    const std::map<std::string, std::string>& front_texts) {
  ResolvedOverrides out;
  std::map<std::string, int> index;
  std::vector<std::string> ids, normal;
  for (size_t i = 0; i < blocks.size(); ++i) {
    index.emplace(blocks[i].id, static_cast<int>(i));
    ids.push_back(blocks[i].id);
    normal.push_back(collapse_spaces(texts[i]));
  }
  for (const auto& id : front_block_ids()) ids.push_back(id);
  std::set<int> taken;  // blocks already replaced or removed
  for (const Override& o : overrides) {
    if (o.block.empty()) continue;
    const std::string wanted = o.shared ? collapse_spaces(*o.shared) : std::string();
    if (auto front = front_texts.find(o.block); front != front_texts.end()) {
      if (o.action == Override::Action::after) {
        out.diagnostics.push_back(make_error(o.block_pos, "nothing can be inserted after the '" + o.block + "'",
                                             "replace it instead, or insert after a block of the body"));
        continue;
      }
      if (out.front.count(o.block)) {
        out.diagnostics.push_back(make_error(o.block_pos, "a second override of '" + o.block + "'",
                                             "keep one entry per block"));
        continue;
      }
      if (!o.shared) {
        Diagnostic d = make_error(o.block_pos, "this override does not record the shared text it was written against",
                                  "add the line: " + shared_line(front->second));
        d.severity = Severity::warning;
        out.diagnostics.push_back(d);
      } else if (wanted != collapse_spaces(front->second)) {
        Diagnostic d = make_error(o.shared_pos, "the shared text of '" + o.block + "' has changed since this override was written",
                                  "it now reads: «" + collapse_spaces(front->second) +
                                      "»; if your wording still fits, copy the new text into shared");
        d.severity = Severity::warning;
        out.diagnostics.push_back(d);
      }
      out.front[o.block] = &o;
      continue;
    }
    int target = -1;
    auto moved_to = [&]() {
      if (wanted.empty()) return -1;
      int found = -1;
      for (size_t i = 0; i < normal.size(); ++i)
        if (normal[i] == wanted) {
          if (found >= 0) return -1;  // twice: no way to tell which
          found = static_cast<int>(i);
        }
      return found;
    };
    if (auto it = index.find(o.block); it != index.end()) {
      target = it->second;
      if (o.shared && wanted != normal[target]) {
        int moved = moved_to();
        Diagnostic d;
        if (moved >= 0) {
          d = make_error(o.block_pos, "block '" + o.block + "' no longer holds the shared text this override was written against; that text is now block '" + blocks[moved].id + "'",
                         std::string("the override is applied to '") + blocks[moved].id + "': write " +
                             action_key(o.action) + " = \"" + blocks[moved].id + "\"");
          target = moved;
        } else {
          d = make_error(o.shared_pos, "the shared text of block '" + o.block + "' has changed since this override was written",
                         "it now reads: «" + normal[target] + "»; if your wording still fits, copy the new text into shared");
        }
        d.severity = Severity::warning;
        out.diagnostics.push_back(d);
      }
    } else if (int moved = moved_to(); moved >= 0) {
      Diagnostic d = make_error(o.block_pos, "the template has no block '" + o.block + "' any more; the shared text this override was written against is now block '" + blocks[moved].id + "'",
                                std::string("the override is applied to '") + blocks[moved].id + "': write " +
                                    action_key(o.action) + " = \"" + blocks[moved].id + "\"");
      d.severity = Severity::warning;
      out.diagnostics.push_back(d);
      target = moved;
    } else {
      std::string hint = did_you_mean(o.block, ids);
      out.diagnostics.push_back(make_error(
          o.block_pos, "the template has no block '" + o.block + "'",
          (hint.empty() ? std::string("the block may") : hint + " The block may") +
              " have been removed from the shared template: `siyasa diff --org FILE --policy ID` lists the blocks"));
      continue;
    }
    if (!o.shared) {
      Diagnostic d = make_error(o.block_pos, "this override does not record the shared text it was written against",
                                "add the line: " + shared_line(texts[target]));
      d.severity = Severity::warning;
      out.diagnostics.push_back(d);
    }
    if (normal[target].empty()) {
      Diagnostic d = make_error(o.block_pos, "block '" + blocks[target].id + "' is not printed for this organisation, so this override changes nothing",
                                "its section is left out (option sections) or switched off by an option");
      d.severity = Severity::warning;
      out.diagnostics.push_back(d);
    }
    if (o.action != Override::Action::after && !taken.insert(target).second) {
      out.diagnostics.push_back(make_error(o.block_pos, "a second override replaces or removes block '" + blocks[target].id + "'",
                                           "keep one replace or remove per block"));
      continue;
    }
    out.by_block[target].push_back(&o);
  }
  return out;
}

namespace {

class BodyWriter {
 public:
  BodyWriter(OverriddenBody& out, bool mark) : out_(out), mark_(mark) {}
  void line(std::string_view text, LineOrigin origin) {
    if (!label_.empty() && !trim(text).empty()) {
      out_.body += kBlockMark + std::to_string(out_.labels.size()) + kBlockMarkEnd;
      out_.labels.push_back(label_);
      label_.clear();
    }
    out_.body += text;
    out_.body += '\n';
    out_.origins.push_back(std::move(origin));
  }
  // The next line that is not blank starts the block `label` (only when marking).
  void start(std::string label) {
    if (mark_) label_ = std::move(label);
  }

 private:
  OverriddenBody& out_;
  bool mark_;
  std::string label_;
};

bool has_own_marker(std::string_view line) {
  line = trim(line);
  if (line.starts_with("{{marker.") || line.starts_with("- ") || line.starts_with("* ") || line.starts_with("+ "))
    return true;
  size_t d = 0;
  while (d < line.size() && line[d] >= '0' && line[d] <= '9') ++d;
  return d > 0 && d + 1 < line.size() && (line[d] == '.' || line[d] == ')') && line[d + 1] == ' ';
}

// The block's prefix up to its list marker: the indentation (and the section tags around it)
// that nests an item under the one above, which a line with its own marker keeps too.
std::string before_marker(std::string_view prefix) {
  size_t i = 0;
  while (i < prefix.size()) {
    if (prefix[i] == ' ') {
      ++i;
    } else if (prefix.substr(i, 2) == "{{" && !prefix.substr(i).starts_with("{{marker.")) {
      const size_t end = prefix.find("}}", i + 2);
      if (end == std::string_view::npos) break;
      i = end + 2;
    } else {
      break;
    }
  }
  return std::string(prefix.substr(0, i));
}

// An override's text in place of (or after) a block: a heading keeps its hashes, each line of
// a list item's text becomes an item with the block's marker, a paragraph is written as is.
void write_text(BodyWriter& w, const SourceBlock& block, const Override& o, bool inserted) {
  const auto lines = body_lines(o.text);
  const std::string label = inserted ? block.id + "+" : block.id;
  auto origin = [&](size_t i, int shift) { return LineOrigin{o.text_pos.file, o.text_pos.line + static_cast<int>(i), shift}; };
  if (block.kind == SourceBlock::Kind::heading && !inserted) {
    std::string joined;
    for (auto l : lines) joined += (joined.empty() ? "" : " ") + std::string(trim(l));
    const bool own = joined.starts_with('#');
    w.start(label);
    w.line((own ? "" : block.prefix) + joined, origin(0, own ? 0 : code_points(block.prefix)));
    return;
  }
  if (block.kind == SourceBlock::Kind::item) {
    for (size_t i = 0; i < lines.size(); ++i) {
      if (trim(lines[i]).empty()) continue;
      const bool own = has_own_marker(lines[i]);
      // A line with its own marker keeps the block's indentation unless it brings its own.
      const std::string lead = own ? (lines[i].starts_with(' ') ? "" : before_marker(block.prefix)) : block.prefix;
      w.start(label);
      w.line(lead + std::string(own ? lines[i] : trim(lines[i])), origin(i, code_points(lead)));
    }
    return;
  }
  if (inserted) w.line("", origin(0, 0));
  for (size_t i = 0; i < lines.size(); ++i) {
    w.start(label);
    w.line(lines[i], origin(i, 0));
  }
  if (inserted) w.line("", origin(lines.size(), 0));
}

}  // namespace

OverriddenBody apply_overrides(std::string_view body, int body_first_line, const std::string& template_file,
                               const std::vector<SourceBlock>& blocks, const ResolvedOverrides& resolved,
                               bool mark) {
  OverriddenBody out;
  const auto lines = body_lines(body);
  if (resolved.by_block.empty() && !mark) {
    out.body = strip_block_ids(body);
    for (size_t n = 0; n < lines.size(); ++n) out.origins.push_back({template_file, body_first_line + static_cast<int>(n), 0});
    return out;
  }
  // Per line: the block whose replacement starts there, lines dropped, inserts after a line.
  std::map<int, const Override*> replace_at;
  std::map<int, const SourceBlock*> block_at;
  std::set<int> dropped;
  std::map<int, std::vector<std::pair<const SourceBlock*, const Override*>>> after;
  for (const auto& [index, list] : resolved.by_block) {
    const SourceBlock& b = blocks[index];
    for (const Override* o : list) {
      switch (o->action) {
        case Override::Action::replace:
          replace_at[b.first] = o;
          block_at[b.first] = &b;
          for (int n = b.first; n <= b.last; ++n) dropped.insert(n);
          break;
        case Override::Action::remove:
          for (int n = b.outer_first; n <= b.outer_last; ++n) dropped.insert(n);
          break;
        case Override::Action::after: after[b.outer_last].push_back({&b, o}); break;
      }
    }
  }
  std::map<int, const SourceBlock*> starts;
  for (const auto& b : blocks) starts[b.first] = &b;
  BodyWriter w(out, mark);
  for (int n = 0; n < static_cast<int>(lines.size()); ++n) {
    if (auto r = replace_at.find(n); r != replace_at.end()) write_text(w, *block_at[n], *r->second, false);
    if (!dropped.count(n)) {
      if (auto s = starts.find(n); s != starts.end()) w.start(s->second->id);
      std::string_view rest = lines[n];
      explicit_block_id(lines[n], &rest);
      w.line(rest, {template_file, body_first_line + n, 0});
    }
    if (auto a = after.find(n); a != after.end())
      for (const auto& [block, o] : a->second) write_text(w, *block, *o, true);
  }
  if (!body.ends_with('\n') && out.body.ends_with('\n')) out.body.pop_back();
  return out;
}

std::string_view without_mark(std::string_view line) {
  if (!line.empty() && line.front() == kBlockMark) {
    size_t end = line.find(kBlockMarkEnd);
    if (end != std::string_view::npos) line.remove_prefix(end + 1);
  }
  return line;
}

}  // namespace siyasa
