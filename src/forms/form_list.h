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
FormList list_org_forms(const OrgData& org, FormSpecs& specs, const std::vector<std::string>& form_ids);

}  // namespace siyasa
