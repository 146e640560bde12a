// For the forms tests: every text of a form spec a person must read, worded for an organisation.
// The organisations are tests/support/sample_orgs.h's: a feminine association with Arabic-Indic
// digits and a masculine endowment with Western digits (the grammar and numerals forms vary by).
#pragma once

#include <string>
#include <vector>

#include "data/org.h"
#include "forms/form_spec.h"
#include "forms/label.h"
#include "support/sample_orgs.h"

namespace siyasa::test {

// Every text of the spec a person must read, worded for `org` (what both the browser form and
// the printed form must show).
inline std::vector<std::string> spec_texts(const FormSpec& spec, const OrgData& org) {
  std::vector<std::string> texts{render_label(spec.title, org)};
  auto add = [&](const Label& l) {
    if (!l.empty()) texts.push_back(render_label(l, org));
  };
  add(spec.instructions);
  for (const auto& s : spec.sections) {
    add(s.title);
    add(s.note);
    for (const auto& f : s.fields) {
      add(f.label), add(f.help), add(f.unit), add(f.other), add(f.explain), add(f.text), add(f.signed_by);
      for (const auto* list : {&f.options, &f.items, &f.levels, &f.decisions})
        for (const auto& l : *list) add(l);
      for (const auto& c : f.columns) add(c.label);
    }
  }
  return texts;
}

}  // namespace siyasa::test
