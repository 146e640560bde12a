// Stage "pipeline": keys no output prints (see unused_keys.h). An option is probed by merging
// the policy once more with another value in its place: when the text comes out the same, no
// part of the policy the organisation prints uses it.
#include "pipeline/unused_keys.h"

#include <algorithm>

#include "core/read_file.h"
#include "template/front_matter.h"
#include "template/options.h"

namespace siyasa {
namespace {

constexpr const char* kProbeText = "قيمة للفحص";

Diagnostic make_warning(SourcePos where, std::string message, std::string hint) {
  Diagnostic d = make_error(std::move(where), std::move(message), std::move(hint));
  d.severity = Severity::warning;
  return d;
}

// The other values of the option's type to try (every other choice of an enumerated text), or
// none (a structural option: sections and numbering always change the text they name). Two
// choices may print the same words (short_name and name when they are equal), so the option is
// unused only when every other value leaves the text as it is.
std::vector<OptionValue> other_values(const OptionSpec& spec, const OptionValue& value) {
  std::vector<OptionValue> out;
  switch (spec.type) {
    case OptionType::string: {
      const auto& s = std::get<std::string>(value);
      if (spec.values.empty()) return {OptionValue{s + " " + kProbeText}};
      const std::string word = spec.heading ? option_value_word(s) : s;
      for (const auto& allowed : spec.values)
        if (allowed != word) out.emplace_back(allowed);
      break;
    }
    case OptionType::integer: {
      const auto i = std::get<std::int64_t>(value);
      if (i + 1 <= spec.max) out.emplace_back(i + 1);
      else if (i - 1 >= spec.min) out.emplace_back(i - 1);
      break;
    }
    case OptionType::boolean: out.emplace_back(!std::get<bool>(value)); break;
    case OptionType::list:
      if (spec.values.empty()) out.emplace_back(std::vector<std::string>{kProbeText});
      break;
    case OptionType::numbering:
    case OptionType::sections: break;
  }
  return out;
}

// The specs of the forms the policy refers to, as text, read once per policy: an option a form
// prints ({{policy.<key>}}) is used even where the policy's own sentence is overridden (the
// request form prints the review body).
std::vector<std::string> form_spec_texts(const MergedPolicy& policy, const std::filesystem::path& templates_dir) {
  std::vector<std::string> texts;
  for (const std::string& form : policy.forms) {
    const auto file = templates_dir / "forms" / (form + ".toml");
    Result<std::string> text = read_input_file(file, file.string(), "a form spec", 1 << 20);
    if (text.ok()) texts.push_back(std::move(*text));
  }
  return texts;
}

bool a_form_prints(const std::vector<std::string>& form_specs, const std::string& key) {
  return std::any_of(form_specs.begin(), form_specs.end(),
                     [&](const std::string& text) { return text.find("policy." + key) != std::string::npos; });
}

bool same_text(const MergedPolicy& a, const MergedPolicy& b) {
  return a.markdown == b.markdown && a.title == b.title && a.subtitle == b.subtitle;
}

void check_options(const OrgData& org, const MergedPolicy& policy, const std::filesystem::path& templates_dir,
                   Diagnostics& out) {
  auto adoption = std::find_if(org.policies.begin(), org.policies.end(),
                               [&](const PolicyAdoption& a) { return a.id == policy.id; });
  if (adoption == org.policies.end()) return;
  auto spec = read_template(policy.template_file);
  if (!spec.ok()) return;
  const std::vector<std::string> form_specs = form_spec_texts(policy, templates_dir);
  for (const auto& entry : adoption->options) {
    const std::string& key = entry.first;  // named, not a structured binding: clang 14 cannot capture those
    const OptionValue& value = entry.second;
    const OptionSpec* option = spec->option(key);
    if (!option || a_form_prints(form_specs, key)) continue;
    const auto probes = other_values(*option, value);
    const bool unused = !probes.empty() && std::all_of(probes.begin(), probes.end(), [&](const OptionValue& probe) {
      OrgData changed = org;
      for (auto& a : changed.policies)
        if (a.id == policy.id) a.options[key] = probe;
      auto other = merge_policy(changed, policy.id, templates_dir);
      return other.ok() && same_text(policy, *other);
    });
    if (!unused) continue;
    out.push_back(make_warning(option_position(org, policy.id, key),
                               "option '" + key + "' of policy '" + policy.id +
                                   "' changes nothing: no part of the policy the organisation prints uses it",
                               "remove it: the parts that print it are left out (by 'sections', by another option, "
                               "or by an override that replaces their block)"));
  }
}

bool printed_in(const std::vector<MergedPolicy>& merged, const std::string& value) {
  return std::any_of(merged.begin(), merged.end(), [&](const MergedPolicy& p) {
    return p.markdown.find(value) != std::string::npos || p.title.find(value) != std::string::npos ||
           p.subtitle.find(value) != std::string::npos;
  });
}

bool listed(const std::vector<std::string>& list, const std::string& item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

void check_org_keys(const OrgData& org, const std::vector<MergedPolicy>& merged, Diagnostics& out) {
  auto warn = [&](const std::string& key, const std::string& message, const std::string& hint) {
    if (org.positions.count(key)) out.push_back(make_warning(org.where(key), message, hint));
  };
  if (org.letterhead_fields) {
    const auto& fields = org.reference_fields;
    if (!listed(fields, "number"))
      warn("letterhead.number", "'letterhead.number' is printed nowhere: fields leaves out \"number\"",
           "add \"number\" to fields, or remove the key");
    if (!listed(fields, "date") && !listed(fields, "hijri"))
      warn("letterhead.date", "'letterhead.date' is printed nowhere: fields leaves out \"date\" and \"hijri\"",
           "add \"date\" to fields, or remove the key");
    if (!listed(fields, "attachments"))
      warn("letterhead.attachments", "'letterhead.attachments' is printed nowhere: fields leaves out \"attachments\"",
           "add \"attachments\" to fields, or remove the key");
  }
  const auto shown = org.shown_footer_contacts();
  for (const auto& account : org.social)
    if (!listed(shown, account.platform) && !printed_in(merged, account.handle))
      warn("contact.social." + account.platform,
           "'contact.social." + account.platform + "' is printed nowhere: [footer] contacts leaves it out",
           "add \"" + account.platform + "\" to contacts under [footer], or remove the account");
  if (!org.licence_number.empty() && !listed(org.letterhead_lines, "licence") &&
      !printed_in(merged, org.licence_number))
    warn("registration.licence", "'registration.licence' is printed nowhere: [letterhead] lines leaves out \"licence\"",
         "add \"licence\" to lines under [letterhead], or print {{org.licence_number}} in your wording");
  const bool approval_block = std::any_of(merged.begin(), merged.end(), [](const MergedPolicy& p) {
    return p.approval.has_value();
  });
  if (!approval_block && !merged.empty())
    for (const char* key : {"stamp", "signature"})
      warn(std::string("images.") + key,
           std::string("'images.") + key + "' is printed nowhere: no policy has an approval block to put it in",
           "give a policy its [policies.<id>.approval], or the chairman's name under [chairman]");
}

}  // namespace

Diagnostics check_unused_keys(const OrgData& org, const std::vector<MergedPolicy>& merged,
                              const std::filesystem::path& templates_dir) {
  Diagnostics out;
  for (const MergedPolicy& policy : merged) check_options(org, policy, templates_dir, out);
  check_org_keys(org, merged, out);
  return out;
}

}  // namespace siyasa
