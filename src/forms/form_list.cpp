#include "forms/form_list.h"

#include "forms/label.h"

namespace siyasa {

FormList list_org_forms(const OrgData& org, FormSpecs& specs, const std::vector<std::string>& form_ids) {
  FormList list;
  for (const auto& id : form_ids) {
    const Result<FormSpec>& spec = specs.get(id);
    list.diagnostics.insert(list.diagnostics.end(), spec.diagnostics.begin(), spec.diagnostics.end());
    if (!spec.ok()) continue;
    if (auto missing = missing_form_values(*spec, org); !missing.empty())
      list.diagnostics.insert(list.diagnostics.end(), missing.begin(), missing.end());
    else
      list.forms.push_back(FormSummary{id, render_label(spec->title, org)});
  }
  return list;
}

}  // namespace siyasa
