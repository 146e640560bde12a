#include "forms/label.h"

#include <algorithm>
#include <map>
#include <optional>
#include <vector>

namespace siyasa {
namespace {

// What a form label may name: the organisation's identity and contact details, and its gender
// as two sections ({{#feminine}}تلتزم{{/feminine}}{{^feminine}}يلتزم{{/feminine}}).
const std::vector<std::string>& string_names() {
  static const std::vector<std::string> names = {
      "name", "short_name", "self_name", "city", "country_line", "registration_authority",
      "registration_number", "licence_number", "email", "phone", "website", "chairman_title"};
  return names;
}

bool is_string_name(const std::string& n) {
  for (const auto& s : string_names())
    if (s == n) return true;
  return false;
}
bool is_flag_name(const std::string& n) { return n == "feminine" || n == "masculine"; }

std::string string_value(const std::string& n, const OrgData& org) {
  if (n == "name") return org.name;
  if (n == "short_name") return org.short_name.empty() ? org.name : org.short_name;
  if (n == "self_name") return org.self_name;
  if (n == "city") return org.city;
  if (n == "country_line") return org.country_line;
  if (n == "registration_authority") return org.registration_authority;
  if (n == "registration_number") return org.registration_number;
  if (n == "licence_number") return org.licence_number;
  if (n == "email") return org.email;
  if (n == "phone") return org.phone;
  if (n == "website") return org.website;
  if (n == "chairman_title") return org.chairman_title;
  return {};
}

bool flag_value(const std::string& n, const OrgData& org) {
  return (n == "feminine") == (org.gender == Gender::feminine);
}

struct Tag {
  char type = 0;            // 0 variable, '#', '^', '/', '!'
  std::string name;
  std::size_t begin = 0;    // byte offset of "{{"
  std::size_t end = 0;      // byte offset just past "}}"
};

std::string trim(std::string s) {
  auto b = s.find_first_not_of(" \t");
  auto e = s.find_last_not_of(" \t");
  return b == std::string::npos ? std::string{} : s.substr(b, e - b + 1);
}

// Splits the source into tags; an unterminated "{{" is reported through `error_at`.
std::vector<Tag> scan(const std::string& src, std::optional<std::size_t>& error_at) {
  std::vector<Tag> tags;
  std::size_t pos = 0;
  while ((pos = src.find("{{", pos)) != std::string::npos) {
    bool triple = src.compare(pos, 3, "{{{") == 0;
    auto close = src.find(triple ? "}}}" : "}}", pos);
    if (close == std::string::npos) {
      error_at = pos;
      return tags;
    }
    Tag t;
    t.begin = pos;
    t.end = close + (triple ? 3 : 2);
    std::string inner = src.substr(pos + (triple ? 3 : 2), close - pos - (triple ? 3 : 2));
    inner = trim(inner);
    if (!inner.empty() && (inner[0] == '#' || inner[0] == '^' || inner[0] == '/' ||
                           inner[0] == '!' || inner[0] == '&')) {
      t.type = inner[0] == '&' ? 0 : inner[0];
      inner = trim(inner.substr(1));
    }
    t.name = inner;
    tags.push_back(t);
    pos = t.end;
  }
  return tags;
}

std::string suggestion_list() {
  std::string all;
  for (const auto& s : string_names()) all += (all.empty() ? "" : ", ") + s;
  return all + ", and the sections feminine / masculine";
}

}  // namespace

std::vector<LabelProblem> find_label_problems(const std::string& source) {
  std::vector<LabelProblem> out;
  auto problem = [&](std::size_t offset, std::string message, std::string hint = {}) {
    auto end = source.find("}}", offset);
    std::string tag = source.substr(offset, end == std::string::npos ? 2 : end + 2 - offset);
    out.push_back(LabelProblem{offset, tag, std::move(message), std::move(hint)});
  };
  std::optional<std::size_t> unterminated;
  auto tags = scan(source, unterminated);
  std::vector<const Tag*> open;
  for (const auto& t : tags) {
    if (t.type == '!') continue;
    if (t.type == '#' || t.type == '^') {
      if (!is_flag_name(t.name))
        problem(t.begin, "unknown section '" + t.name + "' in label",
                "a label may open only {{#feminine}} or {{#masculine}}");
      open.push_back(&t);
    } else if (t.type == '/') {
      if (open.empty() || open.back()->name != t.name)
        problem(t.begin, "'{{/" + t.name + "}}' closes no open section");
      else
        open.pop_back();
    } else if (!is_string_name(t.name)) {
      problem(t.begin, "unknown placeholder '{{" + t.name + "}}' in label",
              "a label may name " + suggestion_list());
    }
  }
  for (const Tag* t : open)
    problem(t->begin, "section '" + t->name + "' is never closed", "close it with {{/" + t->name + "}}");
  if (unterminated) problem(*unterminated, "'{{' without a closing '}}'");
  std::sort(out.begin(), out.end(),
            [](const LabelProblem& a, const LabelProblem& b) { return a.offset < b.offset; });
  return out;
}

std::string render_label(const Label& label, const OrgData& org) {
  std::optional<std::size_t> unterminated;
  auto tags = scan(label.source, unterminated);
  std::string out;
  std::size_t pos = 0;
  std::vector<bool> shown{true};  // stack: is the current section's text shown?
  for (const auto& t : tags) {
    if (shown.back()) out += label.source.substr(pos, t.begin - pos);
    pos = t.end;
    if (t.type == '#' || t.type == '^') {
      bool on = flag_value(t.name, org) == (t.type == '#');
      shown.push_back(shown.back() && on);
    } else if (t.type == '/') {
      if (shown.size() > 1) shown.pop_back();
    } else if (t.type == 0 && shown.back()) {
      out += string_value(t.name, org);
    }
  }
  if (shown.back()) out += label.source.substr(pos);
  return out;
}

std::string format_number(int n, Numerals numerals) {
  std::string digits = std::to_string(n);
  if (numerals == Numerals::latn) return digits;
  static const char* arabic[] = {"٠", "١", "٢", "٣", "٤", "٥", "٦", "٧", "٨", "٩"};
  std::string out;
  for (char c : digits) out += (c >= '0' && c <= '9') ? arabic[c - '0'] : std::string(1, c);
  return out;
}

}  // namespace siyasa
