// The policies an organisation adopts: [policies.<id>] with its booklet order, its board approval
// ([policies.<id>.approval]) and every other key kept as a template option, checked later
// against the template's declared options.
#include <algorithm>
#include <cstdio>
#include <set>
#include <tuple>

#include "data/checks.h"
#include "data/org_fields.h"
#include "data/register.h"

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

std::optional<Approval> read_approval(TomlReader& reader, const toml::table& approval, const std::string& prefix,
                                     bool in_register = false) {
  if (in_register)
    reader.check_keys(approval, prefix,
                      {"version", "meeting", "session", "date", "hijri", "year_only", "effective", "changes",
                       "supersedes", "supersedes_what"});
  else
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
  a.supersedes = in_register ? what.has_value() : reader.flag(approval, "supersedes", prefix).value_or(what.has_value());
  a.supersedes_what = what.value_or("");
  if (what && !a.supersedes)
    reader.error(reader.at(*approval.get("supersedes_what")),
                 "'" + prefix + ".supersedes_what' is given but 'supersedes' is false");
  if (!date || a.meeting.empty()) return std::nullopt;
  return a;
}

// One entry of [[policies.<id>.versions]]: its approval plus version, effective, changes and
// supersedes (a version number), checked against the entries before it.
std::optional<PolicyVersion> read_version(TomlReader& reader, const toml::table& entry, const std::string& prefix,
                                          const std::vector<PolicyVersion>& earlier) {
  reader.require(entry, "version", prefix);
  auto approval = read_approval(reader, entry, prefix, true);
  auto number = reader.integer(entry, "version", prefix);
  auto effective = reader.date(entry, "effective", prefix);
  auto changes = reader.text(entry, "changes", prefix);
  auto supersedes = reader.integer(entry, "supersedes", prefix);
  if (!approval || !number) return std::nullopt;
  PolicyVersion v;
  v.number = static_cast<int>(*number);
  v.approval = *approval;
  v.effective = effective;
  v.changes = changes.value_or("");
  const int expected = earlier.empty() ? 1 : earlier.back().number + 1;
  if (v.number != expected) {
    reader.error(reader.at(*entry.get("version")),
                 "versions out of order: version " + std::to_string(v.number) + " where version " +
                     std::to_string(expected) + " comes next",
                 "list the versions oldest first, numbered 1, 2, 3 …");
    return std::nullopt;
  }
  if (!earlier.empty() && compare_dates(v.approval.date, earlier.back().approval.date) < 0)
    reader.error(reader.at(*entry.get("date")),
                 "the date goes backwards: version " + std::to_string(v.number) + " is approved on " +
                     iso_date(v.approval.date) + ", before version " + std::to_string(earlier.back().number) +
                     " (" + iso_date(earlier.back().approval.date) + ")",
                 "check both dates against the minutes");
  if (effective && !v.approval.year_only && compare_dates(*effective, v.approval.date) < 0)
    reader.error(reader.at(*entry.get("effective")),
                 "the effective date " + iso_date(*effective) + " is before the approval on " +
                     iso_date(v.approval.date),
                 "a version takes effect on or after the meeting that approved it");
  if (supersedes) {
    if (*supersedes < 1 || *supersedes >= v.number) {
      reader.error(reader.at(*entry.get("supersedes")),
                   "version " + std::to_string(v.number) + " supersedes version " + std::to_string(*supersedes) +
                       ", which is not an earlier version of this policy",
                   v.number == 1 ? std::string("the first version supersedes no version; leave 'supersedes' out")
                                 : "write the number of an earlier version (1 to " + std::to_string(v.number - 1) + ")");
    } else {
      v.supersedes = static_cast<int>(*supersedes);
    }
  } else if (v.number > 1) {
    v.supersedes = v.number - 1;
  }
  return v;
}

void read_versions(TomlReader& reader, const toml::node& node, const std::string& prefix, PolicyAdoption& out) {
  const toml::array* list = node.as_array();
  if (!list || !list->is_array_of_tables() || list->empty()) {
    reader.wrong_type(node, prefix, "a list of versions",
                      "write each version as its own section: [[" + prefix + "]]");
    return;
  }
  out.versioned = true;
  std::vector<PolicyVersion> versions;
  bool complete = true;
  int index = 0;
  for (const toml::node& element : *list) {
    const std::string entry_prefix = prefix + "." + std::to_string(++index);
    auto v = read_version(reader, *element.as_table(), entry_prefix, versions);
    if (v) versions.push_back(std::move(*v));
    else complete = false;
    if (!complete) break;  // later entries are judged against a register with a hole
  }
  if (!complete) return;
  out.versions = std::move(versions);
  out.approval = out.versions.back().approval;
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
    } else if (name == "review_years") {
      if (auto years = reader.integer(policy, "review_years", prefix)) {
        if (*years < 1 || *years > 10)
          reader.error(reader.at(value), "'" + prefix + ".review_years' must be from 1 to 10 years");
        else out.review_years = static_cast<int>(*years);
      }
    } else if (name == "layout") {
      if (const toml::table* layout = reader.subtable(policy, "layout", prefix))
        read_layout(reader, *layout, prefix + ".layout", out.layout);
    } else if (name == "approval") {
      if (policy.contains("versions")) {
        reader.error(reader.at(value), "'" + prefix + "' has both an [approval] and [[versions]]",
                     "keep the register only: the last of [[" + prefix + ".versions]] is the current approval");
      } else if (const toml::table* approval = reader.subtable(policy, "approval", prefix)) {
        out.approval = read_approval(reader, *approval, prefix + ".approval");
        if (out.approval) out.versions.push_back(PolicyVersion{1, *out.approval, std::nullopt, "", 0});
      }
    } else if (name == "versions") {
      read_versions(reader, value, prefix + ".versions", out);
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

// [publication]: the QR code's place, the site's public address, the version in the footer.
void read_publication(TomlReader& reader, const toml::table& root, OrgData& org) {
  const toml::table* table = reader.subtable(root, "publication", "");
  if (!table) return;
  reader.check_keys(*table, "publication", {"qr", "site_url", "version_in_footer"});
  if (auto qr = reader.text(*table, "qr", "publication")) {
    if (*qr == "approval" || *qr == "footer" || *qr == "none")
      org.qr_placement = *qr;
    else
      reader.error(reader.at(*table->get("qr")), "'publication.qr' must be \"approval\", \"footer\" or \"none\"",
                   "approval: under the approval block · footer: in every page's footer · none: no QR code");
  }
  if (auto url = reader.text(*table, "site_url", "publication")) {
    if (url->rfind("https://", 0) != 0 && url->rfind("http://", 0) != 0)
      reader.error(reader.at(*table->get("site_url")), "'publication.site_url' must start with https://",
                   "the public address of the policy pages, e.g. https://example.org.sa/policies/");
    else
      org.site_url = *url;
  }
  org.version_in_footer = reader.flag(*table, "version_in_footer", "publication").value_or(false);
}

// [digital_signature]: pkcs12 = "…", or key = "…" with certificates = "…". The files are read
// when the PDFs are signed (src/sign/), with the passphrase the build is given; a missing file is
// reported then, at this table's line, so `check` passes on a machine that holds no key.
void read_digital_signature(TomlReader& reader, const toml::table& root, OrgData& org) {
  const toml::table* table = reader.subtable(root, "digital_signature", "");
  if (!table) return;
  reader.check_keys(*table, "digital_signature", {"pkcs12", "key", "certificates", "passphrase"});
  if (const toml::node* written = table->get("passphrase"))
    reader.error(reader.at(*written), "the passphrase never goes in the organisation file",
                 "remove it (and change it: the file may have been shared); give it in the environment variable "
                 "SIYASA_SIGN_PASSPHRASE or in a file named by `siyasa build --sign-passphrase-file`");
  SigningFiles files;
  files.where = reader.at(*table);
  const auto path = [&](const char* key) -> std::filesystem::path {
    auto written = reader.text(*table, key, "digital_signature");
    if (!written || written->empty()) return {};
    if (files.where.line == reader.at(*table).line) files.where = reader.at(*table->get(key));
    std::filesystem::path p(*written);
    return p.is_absolute() ? p : org.source.parent_path() / p;
  };
  files.pkcs12 = path("pkcs12");
  files.key = path("key");
  files.certificates = path("certificates");
  const std::string hint =
      "either pkcs12 = \"keys/org.p12\", or key = \"keys/org-key.pem\" with certificates = \"keys/org-chain.pem\"";
  if (!files.pkcs12.empty() && (!files.key.empty() || !files.certificates.empty()))
    reader.error(files.where, "[digital_signature] names both a PKCS#12 file and PEM files", hint);
  else if (files.pkcs12.empty() && (files.key.empty() || files.certificates.empty()))
    reader.error(files.where, "[digital_signature] needs 'pkcs12', or both 'key' and 'certificates'", hint);
  else
    org.signing = std::move(files);
}

}  // namespace siyasa
