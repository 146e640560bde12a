// Stage "forms", labels: a spec's Mustache label + an organisation in, plain text out, through the
// template stage's org_text.h (the names, helpers, checker and renderer of the policy templates).
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "data/org.h"
#include "forms/form_spec.h"

namespace siyasa {

// What is wrong with a label's Mustache text: unknown placeholders, unclosed or mismatched
// sections. `offset` is the byte offset of the offending "{{" in `source`, `tag` its full text
// (spec_reader.h finds it in the file, where escapes may have moved it).
struct LabelProblem {
  std::size_t offset = 0;
  std::string tag;
  std::string message, hint;
};
std::vector<LabelProblem> find_label_problems(const std::string& source);

// The label's text for this organisation (a checked label renders without error).
std::string render_label(const Label& label, const OrgData& org);

// Every label of a spec, in order (empty ones too).
void for_each_label(const FormSpec& spec, const std::function<void(const Label&)>& visit);

// The {{policy.*}} and {{audience.*}} names of a spec that `org.form_values` does not give: the
// form is built for an organisation whose policies do not refer to it, or cite what they lack.
Diagnostics missing_form_values(const FormSpec& spec, const OrgData& org);

// A generated number in the organisation's numerals: 12 → "١٢" or "12".
std::string format_number(int n, Numerals numerals);

}  // namespace siyasa
