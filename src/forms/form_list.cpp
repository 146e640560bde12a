#include "forms/form_list.h"

#include <algorithm>

#include "forms/label.h"

namespace siyasa {

FormList list_org_forms(const OrgData& org, FormSpecs& specs, const std::vector<std::string>& form_ids) {
  FormList list;
  for (const auto& id : form_ids) {
    const Result<FormSpec>& spec = specs.get(id);
    list.diagnostics.insert(list.diagnostics.end(), spec.diagnostics.begin(), spec.diagnostics.end());
    if (!spec.ok() || !form_is_for_kind(*spec, org.kind)) continue;
    if (auto missing = missing_form_values(*spec, org); !missing.empty())
      list.diagnostics.insert(list.diagnostics.end(), missing.begin(), missing.end());
    else
      list.forms.push_back(FormSummary{id, render_label(spec->title, org)});
  }
  return list;
}

std::vector<std::string> forms_for_org(const OrgData& org, FormSpecs& specs, const std::vector<std::string>& referred,
                                       const std::vector<std::string>& form_ids) {
  std::vector<std::string> ids;
  for (const auto& id : referred) {
    const Result<FormSpec>& spec = specs.get(id);
    if (!spec.ok() || form_is_for_kind(*spec, org.kind)) ids.push_back(id);
  }
  for (const auto& id : form_ids) {
    if (std::find(ids.begin(), ids.end(), id) != ids.end()) continue;
    const Result<FormSpec>& spec = specs.get(id);
    if (spec.ok() && !spec->kinds.empty() && form_is_for_kind(*spec, org.kind)) ids.push_back(id);
  }
  return ids;
}

}  // namespace siyasa
