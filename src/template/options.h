// Stage "template": the option values an organisation wrote for one policy (PolicyAdoption::
// options) and the options its template declares in; the checked values with defaults filled in
// out, or diagnostics pointing at the organisation file (unknown key with a "did you mean" hint,
// wrong type, a value outside the allowed ones).
#pragma once

#include <map>
#include <string>

#include "core/diagnostic.h"
#include "data/org.h"
#include "template/context.h"
#include "template/front_matter.h"

namespace siyasa {

struct CheckedOptions {
  ResolvedOptions values;
  std::map<std::string, bool> is_default;  // true when the template's default was used
};

Result<CheckedOptions> check_options(const TemplateSpec& spec, const OrgData& org, const PolicyAdoption& adoption);

// A heading option's value without a final ":" (and the spaces before it): "مقدمة :" → "مقدمة".
std::string option_value_word(const std::string& value);

// Where the organisation file wrote option `key` of policy `policy` (or the policy, or the file).
SourcePos option_position(const OrgData& org, const std::string& policy, const std::string& key);

}  // namespace siyasa
