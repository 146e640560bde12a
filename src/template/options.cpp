#include "template/options.h"

#include <algorithm>

#include "core/suggest.h"

namespace siyasa {
namespace {

const char* type_name(OptionType type) {
  switch (type) {
    case OptionType::string: return "text";
    case OptionType::integer: return "a whole number";
    case OptionType::boolean: return "true or false";
    case OptionType::list:
    case OptionType::numbering:
    case OptionType::sections: return "a list of texts";
  }
  return "";
}

bool fits(OptionType type, const OptionValue& value) {
  switch (type) {
    case OptionType::string: return std::holds_alternative<std::string>(value);
    case OptionType::integer: return std::holds_alternative<std::int64_t>(value);
    case OptionType::boolean: return std::holds_alternative<bool>(value);
    case OptionType::list:
    case OptionType::numbering:
    case OptionType::sections: return std::holds_alternative<std::vector<std::string>>(value);
  }
  return false;
}

std::string joined(const std::vector<std::string>& values) {
  std::string out;
  for (const auto& v : values) out += (out.empty() ? "" : ", ") + ("\"" + v + "\"");
  return out;
}

// A value outside `values`, outside [min, max]: a message, or empty when fine.
std::string check_range(const OptionSpec& spec, const OptionValue& value, std::string& hint) {
  auto allowed = [&](const std::string& s) {
    return spec.values.empty() || std::find(spec.values.begin(), spec.values.end(), s) != spec.values.end();
  };
  if (auto* s = std::get_if<std::string>(&value); s && !allowed(spec.heading ? option_value_word(*s) : *s)) {
    hint = "allowed: " + joined(spec.values);
    if (auto close = did_you_mean(*s, spec.values); !close.empty()) hint = close + " (" + hint + ")";
    return "option '" + spec.key + "' cannot be \"" + *s + "\"";
  }
  if (auto* list = std::get_if<std::vector<std::string>>(&value)) {
    for (const auto& item : *list) {
      if (!allowed(item)) {
        hint = "allowed: " + joined(spec.values);
        return "option '" + spec.key + "' cannot hold \"" + item + "\"";
      }
    }
  }
  if (auto* i = std::get_if<std::int64_t>(&value); i && (*i < spec.min || *i > spec.max)) {
    hint = "between " + std::to_string(spec.min) + " and " + std::to_string(spec.max);
    return "option '" + spec.key + "' is out of range";
  }
  return {};
}

}  // namespace

std::string option_value_word(const std::string& value) {
  std::string word = value;
  if (word.ends_with(':')) {
    word.pop_back();
    while (word.ends_with(' ')) word.pop_back();
  }
  return word;
}

SourcePos option_position(const OrgData& org, const std::string& policy, const std::string& key) {
  for (const auto& candidate : {"policies." + policy + "." + key, "policies." + policy + ".options." + key,
                                "policies." + policy}) {
    auto it = org.positions.find(candidate);
    if (it != org.positions.end()) return it->second;
  }
  return SourcePos{org.source.string(), 0, 0};
}

Result<CheckedOptions> check_options(const TemplateSpec& spec, const OrgData& org, const PolicyAdoption& adoption) {
  CheckedOptions out;
  Diagnostics errors;
  std::vector<std::string> declared;
  for (const auto& o : spec.options) declared.push_back(o.key);

  for (const auto& [key, value] : adoption.options) {
    const SourcePos where = option_position(org, adoption.id, key);
    const OptionSpec* option = spec.option(key);
    if (!option) {
      std::string hint = did_you_mean(key, declared);
      if (hint.empty()) hint = "policy '" + spec.id + "' has the options: " + joined(declared);
      errors.push_back(make_error(where, "unknown option '" + key + "' for policy '" + spec.id + "'", hint));
      continue;
    }
    if (!fits(option->type, value)) {
      // A number written as text ("2", "أسبوعان"): say how a number is written.
      std::string hint = option->description;
      if (option->type == OptionType::integer && std::holds_alternative<std::string>(value))
        hint = "write the number in digits without quotes, e.g. " + key + " = " +
               std::to_string(std::get<std::int64_t>(option->default_value)) + " (" + option->description + ")";
      if (option->type == OptionType::boolean && std::holds_alternative<std::string>(value))
        hint = "write true or false without quotes (" + option->description + ")";
      errors.push_back(make_error(where, "option '" + key + "' must be " + type_name(option->type), hint));
      continue;
    }
    std::string hint;
    if (std::string message = check_range(*option, value, hint); !message.empty()) {
      errors.push_back(make_error(where, message, hint));
      continue;
    }
    out.values[key] = value;
    out.is_default[key] = false;
  }
  for (const auto& option : spec.options) {
    if (out.values.count(option.key)) continue;
    out.values[option.key] = option.default_value;
    out.is_default[option.key] = true;
  }
  if (!errors.empty()) return Result<CheckedOptions>::failure(errors);
  return Result<CheckedOptions>::success(std::move(out));
}

}  // namespace siyasa
