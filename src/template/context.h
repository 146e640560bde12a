// Stage "template": an organisation, one of its policy adoptions, the template's declarations and
// the audience forms in; the tree of values the template's placeholders name out. Every text in
// the tree is already Markdown (values from the organisation file escaped, template-owned text
// as written), so the Mustache renderer does no escaping of its own.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "core/diagnostic.h"
#include "data/org.h"
#include "template/front_matter.h"

namespace siyasa {

// A section helper: {{#name}}raw text{{/name}}. It receives the raw section text and a function
// that renders Mustache text in the current context, and returns Markdown.
using SectionHelper =
    std::function<std::string(const std::string& raw, const std::function<std::string(const std::string&)>& render)>;

struct ContextValue {
  enum class Kind { text, flag, list, table, helper };
  Kind kind = Kind::table;
  std::string text;                         // text: Markdown, ready to print
  bool flag = false;                        // flag
  std::vector<ContextValue> items;          // list
  std::shared_ptr<ContextValue> item_shape; // list: what one item looks like (to check names)
  std::map<std::string, ContextValue> fields;  // table
  SectionHelper helper;                     // helper

  static ContextValue of_text(std::string markdown);  // template-owned Markdown, kept as is
  static ContextValue of_value(std::string_view value);  // organisation value: escaped
  static ContextValue of_flag(bool b);
  static ContextValue of_list(std::vector<ContextValue> items, ContextValue shape);
  static ContextValue of_helper(SectionHelper helper);

  // Sets a dotted path ("org.name"), creating tables on the way.
  void set(const std::string& path, ContextValue value);
  // Finds a dotted path from this value; nullptr when a part is missing.
  const ContextValue* find(const std::string& path) const;
  // Truthy as a Mustache section: non-empty text, true flag, non-empty list, any table or helper.
  bool truthy() const;
};

// The organisation's values under the names every kind of template uses for them — policy
// templates and form labels as org.<name>, site pages as org.<name> too — as plain text (not yet
// escaped for Markdown or HTML), plus its grammatical gender. The one mapping from OrgData to
// template names: `self` and `self_name` are the same text (self_name, else the short name, else
// the name).
struct OrgNames {
  std::vector<std::pair<std::string, std::string>> texts;  // "short_name" → "جمعية الخير"
  bool feminine = false, masculine = false;
};
OrgNames org_names(const OrgData& org);

// Forms of one audience ("beneficiaries", "members"), read from templates/audiences.toml, and
// the grammar of the noun the text speaks of (`generic`): its number, which chooses the half of
// {{#n}}singular|plural{{/n}}, and the pronoun joined to a word that refers back to it.
enum class GrammaticalNumber { singular, plural };
struct Audience {
  std::string key;
  std::map<std::string, std::string> forms;  // "plural" → "المستفيدين" …
  GrammaticalNumber number = GrammaticalNumber::singular;
  std::string pronoun;                        // ه ها هم هن
  bool needs_general_assembly = false;        // members of a general assembly (الجمعية العمومية)
};

// Whether an organisation of this kind has a general assembly (الجمعية العمومية): an association
// or a cooperative has one; an endowment (وقف) or a foundation (مؤسسة أهلية) has none. "other"
// is not refused.
bool has_general_assembly(const OrgData& org);
Result<std::map<std::string, Audience>> read_audiences(const std::filesystem::path& file);

// Option values after checking (options.cpp): declared key → value, defaults filled in.
using ResolvedOptions = std::map<std::string, OptionValue>;

// The context every template sees: org.*, audience.*, approval.*, helpers (g, li, bi, weeks, num;
// n when there is an audience).
// Options are added by add_options once their defaults have been merged.
// `audience` is empty for a template without audiences; every audience's is_<key> flag is set.
ContextValue build_context(const OrgData& org, const PolicyAdoption& adoption,
                           const std::map<std::string, Audience>& audiences, const std::string& audience);

// org.* as plain text (not escaped for Markdown) and the helpers (g, li, bi, num, weeks): the
// context of a short text that names only the organisation (template/org_text.h); for a form, also
// what the adopted policy that refers to it gives (OrgData::form_values: policy.*, audience.*).
ContextValue org_context(const OrgData& org);

// options.<key> (+ options.<key>_<value> flags, marker.<list> for numbering options).
// `render_default` merges a template-owned default text of an option in the context built so far.
void add_options(ContextValue& context, const TemplateSpec& spec, const ResolvedOptions& values,
                 const std::map<std::string, bool>& is_default, Numerals numerals,
                 const std::function<std::string(const OptionSpec&, const std::string&)>& render_default);

}  // namespace siyasa
