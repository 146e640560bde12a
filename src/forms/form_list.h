// Stage "forms": the forms an organisation's site lists, each with its title worded for that
// organisation.
#pragma once

#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "data/org.h"
#include "forms/form_spec.h"

namespace siyasa {

// Every form of `form_ids` with its title worded for this organisation, in that order — what
// the site's index lists (html's FormRef). Specs that do not load are left out and their
// diagnostics returned.
struct FormSummary {
  std::string id;
  std::string title;
};
struct FormList {
  std::vector<FormSummary> forms;
  Diagnostics diagnostics;
};
// Forms whose `kinds` leave out this organisation's kind are not listed.
FormList list_org_forms(const OrgData& org, FormSpecs& specs, const std::vector<std::string>& form_ids);

// The forms an organisation offers, in order: `referred` (the forms its adopted policies refer
// to) that are for its kind, then the forms of `form_ids` that follow its kind rather than a
// policy — a spec whose `kinds` names its kind, such as the general assembly's proxy, which the
// bylaws call for — unless already referred to. A referred spec that does not load is kept, so
// that its errors are reported.
std::vector<std::string> forms_for_org(const OrgData& org, FormSpecs& specs, const std::vector<std::string>& referred,
                                       const std::vector<std::string>& form_ids);

}  // namespace siyasa
