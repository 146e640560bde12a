#include "forms/label.h"

#include "template/arabic.h"

#include <algorithm>
#include <functional>
#include <map>
#include <optional>
#include <vector>

namespace siyasa {
namespace {

// What a form label may name — the same names the policy templates use (src/template/): the
// organisation's identity and contact details under org.*, its gender as the sections
// {{#org.feminine}} / {{#org.masculine}}, and {{#g}}feminine|masculine{{/g}} for agreement.
const std::vector<std::string>& string_names() {
  static const std::vector<std::string> names = {
      "org.name", "org.short_name", "org.self", "org.self_li", "org.self_bi", "org.city",
      "org.country_line", "org.registration_authority", "org.registration_number",
      "org.licence_number", "org.email", "org.phone", "org.website", "org.chairman_title"};
  return names;
}

// What the adopted policy that refers to a form gives it (OrgData::form_values): names checked
// only when the form is built for an organisation (missing_form_values).
bool is_policy_name(const std::string& n) { return n.starts_with("policy.") || n.starts_with("audience."); }

bool is_string_name(const std::string& n) {
  for (const auto& s : string_names())
    if (s == n) return true;
  return is_policy_name(n);
}
bool is_section_name(const std::string& n) {
  return n == "org.feminine" || n == "org.masculine" || n == "g";
}

std::string string_value(const std::string& n, const OrgData& org) {
  const std::string short_name = org.short_name.empty() ? org.name : org.short_name;
  const std::string self = org.self_name.empty() ? short_name : org.self_name;
  if (n == "org.name") return org.name;
  if (n == "org.short_name") return short_name;
  if (n == "org.self") return self;
  if (n == "org.self_li") return with_li(self);
  if (n == "org.self_bi") return with_bi(self);
  if (n == "org.city") return org.city;
  if (n == "org.country_line") return org.country_line;
  if (n == "org.registration_authority") return org.registration_authority;
  if (n == "org.registration_number") return org.registration_number;
  if (n == "org.licence_number") return org.licence_number;
  if (n == "org.email") return org.email;
  if (n == "org.phone") return org.phone;
  if (n == "org.website") return org.website;
  if (n == "org.chairman_title") return org.chairman_title;
  if (auto it = org.form_values.find(n); it != org.form_values.end()) return it->second;
  return {};
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
  return all + ", what the policy that refers to the form gives (policy.title, policy.<option>, "
               "policy.article.<key>, audience.<form>), and the sections g (feminine|masculine), org.feminine, "
               "org.masculine";
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
      if (!is_section_name(t.name))
        problem(t.begin, "unknown section '" + t.name + "' in label",
                "a label may open only {{#g}}, {{#org.feminine}} or {{#org.masculine}}");
      if (t.name == "g") {
        auto close = source.find("{{/g}}", t.end);
        if (close != std::string::npos && source.substr(t.end, close - t.end).find('|') == std::string::npos)
          problem(t.begin, "{{#g}} needs both forms: {{#g}}feminine|masculine{{/g}}",
                  "e.g. {{#g}}تلتزم|يلتزم{{/g}}");
      }
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

namespace {

// Byte offset of the tag that closes the section opened by tags[open_index].
std::size_t matching_close(const std::vector<Tag>& tags, std::size_t open_index) {
  int depth = 0;
  for (std::size_t i = open_index; i < tags.size(); ++i) {
    if ((tags[i].type == '#' || tags[i].type == '^') && tags[i].name == tags[open_index].name) ++depth;
    if (tags[i].type == '/' && tags[i].name == tags[open_index].name && --depth == 0) return i;
  }
  return tags.size();
}

std::string render_text(const std::string& source, const OrgData& org) {
  std::optional<std::size_t> unterminated;
  auto tags = scan(source, unterminated);
  std::string out;
  std::size_t pos = 0;
  for (std::size_t i = 0; i < tags.size(); ++i) {
    const Tag& t = tags[i];
    out += source.substr(pos, t.begin - pos);
    pos = t.end;
    if (t.type == '#' || t.type == '^') {
      std::size_t close = matching_close(tags, i);
      std::size_t inner_end = close < tags.size() ? tags[close].begin : source.size();
      std::string inner = source.substr(t.end, inner_end - t.end);
      if (t.name == "g") {
        out += render_text(choose_gendered(inner, org.gender), org);
      } else {
        bool on = (t.name == "org.feminine") == (org.gender == Gender::feminine);
        if (on == (t.type == '#')) out += render_text(inner, org);
      }
      i = close;
      pos = close < tags.size() ? tags[close].end : source.size();
    } else if (t.type == 0) {
      out += string_value(t.name, org);
    }
  }
  if (pos < source.size()) out += source.substr(pos);
  return out;
}

}  // namespace

std::string render_label(const Label& label, const OrgData& org) { return render_text(label.source, org); }

void for_each_label(const FormSpec& spec, const std::function<void(const Label&)>& visit) {
  visit(spec.title);
  visit(spec.instructions);
  auto all = [&](const std::vector<Label>& labels) {
    for (const auto& l : labels) visit(l);
  };
  for (const auto& section : spec.sections) {
    visit(section.title);
    visit(section.note);
    for (const auto& f : section.fields) {
      for (const Label* l : {&f.label, &f.help, &f.unit, &f.other, &f.explain, &f.text, &f.signed_by}) visit(*l);
      all(f.options);
      all(f.items);
      all(f.levels);
      all(f.decisions);
      for (const auto& c : f.columns) visit(c.label);
    }
  }
}

Diagnostics missing_form_values(const FormSpec& spec, const OrgData& org) {
  Diagnostics out;
  for_each_label(spec, [&](const Label& label) {
    std::optional<std::size_t> unterminated;
    for (const Tag& t : scan(label.source, unterminated)) {
      if (t.type != 0 || !is_policy_name(t.name) || org.form_values.count(t.name)) continue;
      out.push_back(make_error(label.where, "'{{" + t.name + "}}' names a value that no adopted policy gives this form",
                               "a form may name what the policy that lists it in `forms = [...]` gives: "
                               "policy.title, its string options, policy.article.<key> of its [articles], audience.<form>"));
    }
  });
  return out;
}

std::string format_number(int n, Numerals numerals) { return localize_digits(std::to_string(n), numerals); }

}  // namespace siyasa
