// The policies an organisation adopts: [policies.<id>] with its booklet order, its board approval
// ([policies.<id>.approval]) and every other key kept as a template option, checked later
// against the template's declared options.
#include <algorithm>
#include <cstdio>
#include <set>
#include <tuple>

#include "data/checks.h"
#include "data/org_fields.h"

namespace siyasa {
namespace {

std::string format_date(const Date& d) {
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02d-%02d", d.year, d.month, d.day);
  return text;
}

// An option value: text, whole number, true/false or a list of texts.
std::optional<OptionValue> read_option(TomlReader& reader, const toml::table& policy, std::string_view key,
                                       const std::string& prefix) {
  const toml::node& node = *policy.get(key);
  if (node.is_boolean()) return OptionValue{node.as_boolean()->get()};
  if (node.is_integer()) return OptionValue{node.as_integer()->get()};
  if (node.is_string()) {
    if (auto text = reader.text(policy, key, prefix)) return OptionValue{*text};
    return std::nullopt;
  }
  if (node.is_array()) {
    if (auto list = reader.text_list(policy, key, prefix)) return OptionValue{*list};
    return std::nullopt;
  }
  reader.wrong_type(node, dotted(prefix, key), "text, a whole number, true/false or a list of texts");
  return std::nullopt;
}

// `date = 2023` is allowed when year_only is set: the minutes name only the year.
std::optional<Date> read_approval_date(TomlReader& reader, const toml::table& approval, const std::string& prefix,
                                       bool year_only) {
  const toml::node* node = approval.get("date");
  if (node && node->is_integer() && year_only) {
    Date year{static_cast<int>(node->as_integer()->get()), 0, 0};
    if (auto problem = check_gregorian_date(Date{year.year, 1, 1}); !problem.empty()) {
      reader.error(reader.at(*node), "'" + prefix + ".date' is not a real year: " + problem);
      return std::nullopt;
    }
    return year;
  }
  if (node && node->is_integer())
    reader.error(reader.at(*node), "'" + prefix + ".date' is a year only, but 'year_only' is not true",
                 "write the full date (2021-06-13), or add: year_only = true");
  if (node && node->is_integer()) return std::nullopt;
  return reader.date(approval, "date", prefix);
}

std::optional<Approval> read_approval(TomlReader& reader, const toml::table& approval, const std::string& prefix) {
  reader.check_keys(approval, prefix,
                    {"meeting", "session", "date", "hijri", "year_only", "supersedes", "supersedes_what"});
  reader.require(approval, "meeting", prefix);
  reader.require(approval, "date", prefix);
  Approval a;
  a.meeting = reader.text_or_number(approval, "meeting", prefix).value_or("");
  a.session = reader.text_or_number(approval, "session", prefix).value_or("");
  a.year_only = reader.flag(approval, "year_only", prefix).value_or(false);
  auto date = read_approval_date(reader, approval, prefix, a.year_only);
  if (date) a.date = *date;
  const toml::node* hijri_node = approval.get("hijri");
  if (hijri_node && hijri_node->is_date()) {
    auto h = hijri_node->as_date()->get();
    Date hijri{h.year, h.month, h.day};
    if (auto problem = check_hijri_date(hijri); !problem.empty()) {
      reader.error(reader.at(*hijri_node), "'" + prefix + ".hijri' is not a Hijri date: " + problem,
                   "write the Hijri date year first: hijri = 1447-03-23");
    } else if (a.year_only) {
      reader.error(reader.at(*hijri_node), "'" + prefix + ".hijri' cannot go with year_only = true");
    } else if (date && hijri_gregorian_gap_days(hijri, *date) > 3) {
      Date near = approximate_hijri(*date);
      reader.error(reader.at(*hijri_node), "'" + prefix + ".hijri' does not fall on the meeting date",
                   "the meeting date is about " + format_date(near) + " AH; check both dates against the minutes");
    } else {
      a.hijri = hijri;
    }
  } else if (hijri_node) {
    reader.wrong_type(*hijri_node, prefix + ".hijri", "a date", "write it without quotes: hijri = 1447-03-23");
  }
  // The approval's wording already says "الاجتماع (…)", "في دورته (…)", "محل …": a value that
  // repeats those words would print them twice.
  for (const auto& [key, word, example] :
       {std::tuple{"meeting", "الاجتماع", "\"الدوري الثالث\" or \"الأول\""},
        std::tuple{"session", "الدورة", "\"الأولى\""}, std::tuple{"session", "دورته", "\"الأولى\""},
        std::tuple{"supersedes_what", "محل", "\"جميع السياسات الموضوعة سابقاً\""}}) {
    const toml::node* node = approval.get(key);
    auto text = node ? node->value<std::string>() : std::nullopt;
    if (text && text->rfind(std::string(word) + " ", 0) == 0)
      reader.warning(reader.at(*approval.get(key)),
                     "'" + prefix + "." + key + "' starts with \"" + word + "\", which the approval sentence already writes before it",
                     std::string("leave the word out: ") + key + " = " + example);
  }
  auto what = reader.text(approval, "supersedes_what", prefix);
  a.supersedes = reader.flag(approval, "supersedes", prefix).value_or(what.has_value());
  a.supersedes_what = what.value_or("");
  if (what && !a.supersedes)
    reader.error(reader.at(*approval.get("supersedes_what")),
                 "'" + prefix + ".supersedes_what' is given but 'supersedes' is false");
  if (!date || a.meeting.empty()) return std::nullopt;
  return a;
}

void read_policy(TomlReader& reader, const std::string& id, const toml::table& policy, PolicyAdoption& out) {
  std::string prefix = "policies." + id;
  reader.record_positions(policy, prefix);  // options are free-form here: the template judges them
  for (auto&& [key, value] : policy) {
    std::string name(key.str());
    if (name == "order") {
      if (auto order = reader.integer(policy, "order", prefix)) {
        if (*order < 1 || *order > 1000) reader.error(reader.at(value), "'" + prefix + ".order' must be 1 or more");
        else out.order = static_cast<int>(*order);
      }
    } else if (name == "layout") {
      if (const toml::table* layout = reader.subtable(policy, "layout", prefix))
        read_layout(reader, *layout, prefix + ".layout", out.layout);
    } else if (name == "approval") {
      if (const toml::table* approval = reader.subtable(policy, "approval", prefix))
        out.approval = read_approval(reader, *approval, prefix + ".approval");
    } else if (auto option = read_option(reader, policy, name, prefix)) {
      out.options[name] = *option;
    }
  }
}

// One text key whose value must be one of `values`.
std::optional<std::string> one_of(TomlReader& reader, const toml::table& table, std::string_view key,
                                  const std::string& prefix, const std::vector<std::string>& values) {
  auto text = reader.text(table, key, prefix);
  if (!text) return std::nullopt;
  if (std::find(values.begin(), values.end(), *text) != values.end()) return text;
  std::string allowed;
  for (const auto& v : values) allowed += (allowed.empty() ? "\"" : ", \"") + v + "\"";
  reader.error(reader.at(*table.get(key)), "'" + dotted(prefix, key) + "' cannot be \"" + *text + "\"",
               "write one of " + allowed);
  return std::nullopt;
}

template <class T>
void fill(std::optional<T>& mine, const std::optional<T>& from) {
  if (!mine) mine = from;
}

}  // namespace

void read_layout(TomlReader& reader, const toml::table& table, const std::string& prefix, LayoutChoices& out) {
  reader.check_keys(table, prefix,
                    {"contents", "title_page", "name_under_title", "approval_placement", "approval_heading",
                     "list_numbers", "signature_caption", "stamp_caption"});
  out.contents = one_of(reader, table, "contents", prefix, {"auto", "on", "off"});
  out.title_page = reader.flag(table, "title_page", prefix);
  out.name_under_title = reader.flag(table, "name_under_title", prefix);
  out.approval_placement = one_of(reader, table, "approval_placement", prefix, {"end", "after_title"});
  out.approval_heading = reader.text(table, "approval_heading", prefix);
  out.list_numbers = one_of(reader, table, "list_numbers", prefix, {"1.", "1-", "(1)", "أ-"});
  out.signature_caption = reader.text(table, "signature_caption", prefix);
  out.stamp_caption = reader.text(table, "stamp_caption", prefix);
}

void read_policies(TomlReader& reader, const toml::table& root, OrgData& org) {
  const toml::table* policies = reader.subtable(root, "policies", "");
  if (!policies) return;
  std::map<int, std::string> taken;  // order → policy id
  reader.record_positions(*policies, "policies");  // where each adoption starts, for later stages
  for (auto&& [key, value] : *policies) {
    std::string id(key.str());
    SourcePos where = reader.at(key.source());
    if (!is_valid_slug(id)) {
      reader.error(where, "policy id '" + id + "' is not valid",
                   "a policy id is the template's file name: lower-case Latin letters, digits and '-'");
      continue;
    }
    if (!value.is_table()) {
      reader.wrong_type(value, "policies." + id, "a table", "write it as a section: [policies." + id + "]");
      continue;
    }
    PolicyAdoption adoption;
    adoption.id = id;
    read_policy(reader, id, *value.as_table(), adoption);
    if (adoption.order > 0) {
      auto [it, fresh] = taken.emplace(adoption.order, id);
      if (!fresh)
        reader.error(reader.at(*value.as_table()->get("order")),
                     "policies '" + it->second + "' and '" + id + "' have the same order " + std::to_string(adoption.order),
                     "give each policy its own place in the booklet: order = 1, 2, …");
    }
    org.policies.push_back(std::move(adoption));
  }
  // Booklet order: explicit orders first, then the rest in the order they are written.
  auto line_of = [&](const PolicyAdoption& p) { return policies->get(p.id)->source().begin.line; };
  std::stable_sort(org.policies.begin(), org.policies.end(), [&](const auto& a, const auto& b) {
    if ((a.order > 0) != (b.order > 0)) return a.order > 0;
    return a.order > 0 ? a.order < b.order : line_of(a) < line_of(b);
  });
  for (auto& p : org.policies) {  // the organisation's [layout] where the policy's own says nothing
    LayoutChoices& l = p.layout;
    fill(l.contents, org.layout.contents);
    fill(l.title_page, org.layout.title_page);
    fill(l.name_under_title, org.layout.name_under_title);
    fill(l.approval_placement, org.layout.approval_placement);
    fill(l.approval_heading, org.layout.approval_heading);
    fill(l.list_numbers, org.layout.list_numbers);
    fill(l.signature_caption, org.layout.signature_caption);
    fill(l.stamp_caption, org.layout.stamp_caption);
  }
  int next = taken.empty() ? 1 : taken.rbegin()->first + 1;
  for (auto& p : org.policies)
    if (p.order == 0) p.order = next++;
  if (policies->empty())
    reader.error(reader.at(*policies), "[policies] lists no policy",
                 "add a section per policy, e.g. [policies.beneficiary-relations]");
}

}  // namespace siyasa
