#include "template/context.h"

#include <algorithm>

#include "data/toml_file.h"
#include "template/arabic.h"
#include "template/dates.h"
#include "template/escape.h"
#include "template/options.h"

namespace siyasa {
namespace {

std::vector<std::string> split_path(const std::string& path) {
  std::vector<std::string> parts;
  size_t start = 0;
  while (true) {
    size_t dot = path.find('.', start);
    parts.push_back(path.substr(start, dot - start));
    if (dot == std::string::npos) break;
    start = dot + 1;
  }
  return parts;
}

bool all_digits(std::string_view s) {
  std::string ascii = western_digits(s);
  return !ascii.empty() && std::all_of(ascii.begin(), ascii.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// `markdown`: the values escaped for Markdown (policies), else kept as plain text (form labels).
void add_org(ContextValue& c, const OrgData& org, bool markdown = true) {
  const OrgNames names = org_names(org);
  for (const auto& [key, value] : names.texts)
    c.set("org." + key, markdown ? ContextValue::of_value(value) : ContextValue::of_text(value));
  c.set("org.has_general_assembly", ContextValue::of_flag(has_general_assembly(org)));
  c.set("org.feminine", ContextValue::of_flag(names.feminine));
  c.set("org.masculine", ContextValue::of_flag(names.masculine));
}

ContextValue dates_of(const Date& date, Calendar calendar, Numerals numerals) {
  ContextValue t;
  t.set("numeric", ContextValue::of_value(format_date(date, calendar, DateStyle::numeric, numerals)));
  t.set("spaced", ContextValue::of_value(format_date(date, calendar, DateStyle::spaced, numerals)));
  t.set("long", ContextValue::of_value(format_date(date, calendar, DateStyle::long_form, numerals)));
  t.set("year", ContextValue::of_value(format_date(date, calendar, DateStyle::year, numerals)));
  return t;
}

// The register's current version, for organisations that keep one ([[policies.<id>.versions]]):
// its number, the version it replaces and the day it takes effect.
void add_version(ContextValue& c, const OrgData& org, const PolicyAdoption& adoption) {
  const PolicyVersion* v = adoption.current();
  const bool versioned = adoption.versioned && v;
  auto number = [&](int n) { return localize_digits(std::to_string(n), org.numerals); };
  c.set("approval.versioned", ContextValue::of_flag(versioned));
  c.set("approval.version", ContextValue::of_value(versioned ? number(v->number) : ""));
  c.set("approval.supersedes_version",
        ContextValue::of_value(versioned && v->supersedes > 0 ? number(v->supersedes) : ""));
  const bool dated = versioned && !v->approval.year_only;
  c.set("approval.effective", dated ? dates_of(v->effective_date(), Calendar::gregorian, org.numerals)
                                    : dates_of(Date{}, Calendar::gregorian, org.numerals));
}

void add_approval(ContextValue& c, const OrgData& org, const PolicyAdoption& adoption) {
  const Approval none;
  const Approval& a = adoption.approval ? *adoption.approval : none;
  const bool given = adoption.approval.has_value();
  const bool numbered = given && all_digits(a.meeting);
  c.set("approval.given", ContextValue::of_flag(given));
  c.set("approval.meeting",
        ContextValue::of_value(numbered ? localize_digits(western_digits(a.meeting), org.numerals) : a.meeting));
  c.set("approval.meeting_number", ContextValue::of_flag(numbered));
  c.set("approval.meeting_ordinal", ContextValue::of_flag(given && !numbered));
  c.set("approval.session", ContextValue::of_value(a.session));
  c.set("approval.year_only", ContextValue::of_flag(given && a.year_only));
  c.set("approval.full_date", ContextValue::of_flag(given && !a.year_only));
  c.set("approval.supersedes", ContextValue::of_flag(given && a.supersedes));
  c.set("approval.supersedes_what", ContextValue::of_value(a.supersedes_what));
  add_version(c, org, adoption);
  if (given && a.year_only) {
    // The minutes name only the year: no day or month to write, no Hijri date to compute.
    ContextValue year;
    for (const char* k : {"numeric", "spaced", "long"}) year.set(k, ContextValue::of_value(""));
    year.set("year", ContextValue::of_value(localize_digits(std::to_string(a.date.year), org.numerals)));
    c.set("approval.date", year);
    ContextValue empty;
    for (const char* k : {"numeric", "spaced", "long", "year"}) empty.set(k, ContextValue::of_value(""));
    c.set("approval.hijri", empty);
  } else if (given) {
    c.set("approval.date", dates_of(a.date, Calendar::gregorian, org.numerals));
    std::optional<Date> hijri = a.hijri ? a.hijri : to_hijri(a.date);
    c.set("approval.hijri", hijri ? dates_of(*hijri, Calendar::hijri, org.numerals)
                                  : dates_of(Date{}, Calendar::hijri, org.numerals));
  } else {
    ContextValue empty;
    for (const char* k : {"numeric", "spaced", "long", "year"}) empty.set(k, ContextValue::of_value(""));
    c.set("approval.date", empty);
    c.set("approval.hijri", empty);
  }
}

void add_helpers(ContextValue& c, const OrgData& org) {
  const Gender gender = org.gender;
  const Numerals numerals = org.numerals;
  c.set("g", ContextValue::of_helper([gender](const std::string& raw, const auto& render) {
    return render(choose_gendered(raw, gender));
  }));
  c.set("li", ContextValue::of_helper([](const std::string& raw, const auto& render) {
    return with_li(render(raw));
  }));
  c.set("bi", ContextValue::of_helper([](const std::string& raw, const auto& render) {
    return with_bi(render(raw));
  }));
  c.set("num", ContextValue::of_helper([numerals](const std::string& raw, const auto& render) {
    return localize_digits(render(raw), numerals);
  }));
  // {{#weeks}}, {{#days}}, {{#years}}: the merged number (an int option) with its counted noun.
  using Phrase = std::string (*)(long long, Numerals);
  const std::pair<const char*, Phrase> counts[] = {
      {"weeks", weeks_phrase}, {"days", days_phrase}, {"years", years_phrase}};
  for (const auto& count : counts) {  // no structured binding: clang 14 (fuzz) cannot capture one
    const Phrase phrase = count.second;
    c.set(count.first, ContextValue::of_helper([numerals, phrase](const std::string& raw, const auto& render) {
      long long n = 0;
      for (char ch : western_digits(render(raw)))
        if (ch >= '0' && ch <= '9' && n < 1000000) n = n * 10 + (ch - '0');
      return phrase(n, numerals);
    }));
  }
}

void add_audience(ContextValue& c, const std::map<std::string, Audience>& audiences, const std::string& key) {
  for (const auto& [k, a] : audiences) c.set("audience.is_" + k, ContextValue::of_flag(k == key));
  auto it = audiences.find(key);
  if (it == audiences.end()) return;
  const Audience& audience = it->second;
  c.set("audience.key", ContextValue::of_value(key));
  // Audience forms are template-owned text (templates/audiences.toml), kept as written.
  for (const auto& [form, text] : audience.forms) c.set("audience." + form, ContextValue::of_text(text));
  const bool plural = audience.number == GrammaticalNumber::plural;
  c.set("audience.singular_number", ContextValue::of_flag(!plural));
  c.set("audience.plural_number", ContextValue::of_flag(plural));
  c.set("audience.pronoun", ContextValue::of_text(audience.pronoun));
  // {{#n}}موقعه|مواقعهم{{/n}}: the half that agrees in number with audience.generic.
  c.set("n", ContextValue::of_helper([plural](const std::string& raw, const auto& render) {
    return render(choose_form(raw, plural ? 1 : 0));
  }));
}

// The keys of an audience's table that are not forms.
constexpr std::string_view kNumberKey = "number";
constexpr std::string_view kPronounKey = "pronoun";
constexpr std::string_view kAssemblyKey = "needs_general_assembly";

// Reads one [audience] table into `a`; problems go to `errors`.
void read_audience(const toml::table& table, const std::string& file, Audience& a, Diagnostics& errors) {
  auto where = [&](const toml::node& node) {
    return SourcePos{file, static_cast<int>(node.source().begin.line), static_cast<int>(node.source().begin.column)};
  };
  bool has_number = false;
  for (const auto& [fk, node] : table) {
    const std::string key(fk.str());
    if (key == kAssemblyKey) {
      if (auto b = node.value<bool>()) a.needs_general_assembly = *b;
      else errors.push_back(make_error(where(node), "'" + key + "' must be true or false"));
      continue;
    }
    auto s = node.value<std::string>();
    if (!s) {
      errors.push_back(make_error(where(node), "audience form '" + key + "' must be text"));
      continue;
    }
    if (key == kNumberKey) {
      has_number = *s == "singular" || *s == "plural";
      if (!has_number)
        errors.push_back(make_error(where(node), "number must be \"singular\" or \"plural\", not \"" + *s + "\"",
                                    "the number of the audience's `generic` noun: المستفيد is singular, الأعضاء plural"));
      a.number = *s == "plural" ? GrammaticalNumber::plural : GrammaticalNumber::singular;
    } else if (key == kPronounKey) {
      a.pronoun = *s;
    } else {
      a.forms[key] = *s;
    }
  }
  const SourcePos at = where(table);
  if (!has_number && !table.contains(kNumberKey))
    errors.push_back(make_error(at, "audience '" + a.key + "' has no number",
                                "add number = \"singular\" or \"plural\" (the number of its `generic` noun)"));
  const bool plural_pronoun = a.pronoun == "هم" || a.pronoun == "هن";
  const bool singular_pronoun = a.pronoun == "ه" || a.pronoun == "ها";
  if (has_number && (a.number == GrammaticalNumber::plural ? !plural_pronoun : !singular_pronoun))
    errors.push_back(make_error(at, "audience '" + a.key + "' has no pronoun that agrees with its number",
                                a.number == GrammaticalNumber::plural ? "add pronoun = \"هم\" (or \"هن\")"
                                                                      : "add pronoun = \"ه\" (or \"ها\")"));
}

}  // namespace

OrgNames org_names(const OrgData& org) {
  const std::string short_name = org.short_name.empty() ? org.name : org.short_name;
  const std::string self = org.self_name.empty() ? short_name : org.self_name;
  OrgNames names;
  names.texts = {
      {"name", org.name},
      {"kind", org.kind},
      {"country_line", org.country_line},
      {"registration_authority", org.registration_authority},
      {"registration_number", org.registration_number},
      {"licence_number", org.licence_number},
      {"city", org.city},
      {"website", org.website},
      {"email", org.email},
      {"phone", org.phone},
      {"bank_name", org.bank_name},
      {"iban", org.iban},
      {"account_number", org.account_number},
      {"chairman_name", org.chairman_name},
      {"chairman_title", org.chairman_title},
      {"short_name", short_name},
      {"self", self},
      {"self_name", self},
      {"self_li", with_li(self)},
      {"self_bi", with_bi(self)},
      {"board", org.board},
      {"board_of", board_of(org)},
      {"name_li", with_li(org.name)},
      {"short_name_li", with_li(short_name)},
  };
  names.feminine = org.gender == Gender::feminine;
  names.masculine = org.gender == Gender::masculine;
  return names;
}

ContextValue ContextValue::of_text(std::string markdown) {
  ContextValue v;
  v.kind = Kind::text;
  v.text = std::move(markdown);
  return v;
}

ContextValue ContextValue::of_value(std::string_view value) { return of_text(escape_markdown(value)); }

ContextValue ContextValue::of_flag(bool b) {
  ContextValue v;
  v.kind = Kind::flag;
  v.flag = b;
  return v;
}

ContextValue ContextValue::of_list(std::vector<ContextValue> items, ContextValue shape) {
  ContextValue v;
  v.kind = Kind::list;
  v.items = std::move(items);
  v.item_shape = std::make_shared<ContextValue>(std::move(shape));
  return v;
}

ContextValue ContextValue::of_helper(SectionHelper helper) {
  ContextValue v;
  v.kind = Kind::helper;
  v.helper = std::move(helper);
  return v;
}

void ContextValue::set(const std::string& path, ContextValue value) {
  ContextValue* at = this;
  auto parts = split_path(path);
  for (size_t i = 0; i + 1 < parts.size(); ++i) {
    auto& next = at->fields[parts[i]];
    if (next.kind != Kind::table) next = ContextValue{};
    at = &next;
  }
  at->fields[parts.back()] = std::move(value);
}

const ContextValue* ContextValue::find(const std::string& path) const {
  const ContextValue* at = this;
  for (const auto& part : split_path(path)) {
    if (at->kind != Kind::table) return nullptr;
    auto it = at->fields.find(part);
    if (it == at->fields.end()) return nullptr;
    at = &it->second;
  }
  return at;
}

bool ContextValue::truthy() const {
  switch (kind) {
    case Kind::text: return !text.empty();
    case Kind::flag: return flag;
    case Kind::list: return !items.empty();
    case Kind::table:
    case Kind::helper: return true;
  }
  return false;
}

constexpr std::uintmax_t kMaxAudiencesBytes = 256 * 1024;

Result<std::map<std::string, Audience>> read_audiences(const std::filesystem::path& file) {
  using R = Result<std::map<std::string, Audience>>;
  const std::string name = file.string();
  auto parsed = read_toml_file(file, name, "an audiences file", kMaxAudiencesBytes);
  if (!parsed.ok()) return R::failure(std::move(parsed.diagnostics));
  const toml::table& table = *parsed;
  std::map<std::string, Audience> out;
  Diagnostics errors;
  for (const auto& [k, node] : table) {
    Audience a;
    a.key = std::string(k.str());
    SourcePos where = toml_position(name, node.source());
    if (!node.is_table()) {
      errors.push_back(make_error(where, "audience '" + a.key + "' must be a table of forms"));
      continue;
    }
    read_audience(*node.as_table(), name, a, errors);
    out[a.key] = std::move(a);
  }
  // Every audience must offer the same forms, or a template would merge for one and not another.
  for (const auto& [k, a] : out) {
    for (const auto& [k2, b] : out) {
      for (const auto& [form, text] : a.forms) {
        if (!b.forms.count(form))
          errors.push_back(make_error({name, 0, 0}, "audience '" + k2 + "' lacks the form '" + form +
                                                        "' that audience '" + k + "' has"));
      }
    }
  }
  if (!errors.empty()) return R::failure(errors);
  return R::success(std::move(out));
}

ContextValue build_context(const OrgData& org, const PolicyAdoption& adoption,
                           const std::map<std::string, Audience>& audiences, const std::string& audience) {
  ContextValue c;
  add_org(c, org);
  add_approval(c, org, adoption);
  add_helpers(c, org);
  add_audience(c, audiences, audience);
  return c;
}

ContextValue org_context(const OrgData& org) {
  ContextValue c;
  add_org(c, org, false);
  add_helpers(c, org);
  for (const auto& [name, value] : org.form_values) c.set(name, ContextValue::of_text(value));
  return c;
}

void add_options(ContextValue& context, const TemplateSpec& spec, const ResolvedOptions& values,
                 const std::map<std::string, bool>& is_default, Numerals numerals,
                 const std::function<std::string(const OptionSpec&, const std::string&)>& render_default) {
  for (const auto& option : spec.options) {
    auto it = values.find(option.key);
    if (it == values.end()) continue;
    const bool from_template = is_default.count(option.key) && is_default.at(option.key);
    auto text_of = [&](const std::string& s) {
      return from_template ? ContextValue::of_text(render_default(option, s)) : ContextValue::of_value(s);
    };
    const std::string path = "options." + option.key;
    const OptionValue& value = it->second;
    switch (option.type) {
      case OptionType::string: {
        const auto& s = std::get<std::string>(value);
        context.set(path, text_of(s));
        const std::string word = option.heading ? option_value_word(s) : s;
        for (const auto& allowed : option.values)
          context.set(path + "_" + allowed, ContextValue::of_flag(word == allowed));
        break;
      }
      case OptionType::integer:
        context.set(path, ContextValue::of_text(localize_digits(std::to_string(std::get<std::int64_t>(value)), numerals)));
        break;
      case OptionType::boolean:
        context.set(path, ContextValue::of_flag(std::get<bool>(value)));
        break;
      case OptionType::list:
      case OptionType::numbering:
      case OptionType::sections: {
        const auto& list = std::get<std::vector<std::string>>(value);
        std::vector<ContextValue> items;
        for (const auto& s : list) {
          ContextValue item = text_of(s);
          // A default item that merges to nothing ("{{#audience.is_x}}…{{/audience.is_x}}") is left out.
          if (from_template && item.text.empty()) continue;
          items.push_back(std::move(item));
        }
        context.set(path, ContextValue::of_list(std::move(items), ContextValue::of_text("x")));
        for (const auto& allowed : option.values) {
          const bool on = std::find(list.begin(), list.end(), allowed) != list.end();
          context.set(path + "_" + allowed, ContextValue::of_flag(on));
          if (option.type == OptionType::numbering)
            context.set("marker." + allowed, ContextValue::of_text(on ? "1." : "-"));
        }
        break;
      }
    }
  }
}

}  // namespace siyasa
