// Stage "forms", output: one form of one organisation written as a PDF (A4, for printing) or a
// browser page, atomically — never a partial file. What `siyasa form` and `siyasa build` call.
#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include "core/deadline.h"
#include "core/diagnostic.h"
#include "core/report.h"
#include "data/org.h"
#include "forms/form_html.h"
#include "forms/form_spec.h"
#include "text/fonts.h"

namespace siyasa {

using FormReport = OutputReport;  // errors: nothing was written

// Nothing is written when `deadline` expires while the form is laid out.
FormReport write_form_pdf(const std::shared_ptr<const FontSet>& fonts, const OrgData& org, const FormSpec& spec,
                          const std::filesystem::path& destination, const Deadline& deadline = {});

FormReport write_form_html(const OrgData& org, const FormSpec& spec, const FormPage& page,
                           const std::filesystem::path& destination, const FormHtmlOptions& options = {});

// For `siyasa build`: takes the spec of <form_id> from `specs` and writes
//   out_dir/<slug>/forms/<form_id>.pdf       when `pdf`
//   out_dir/<slug>/site/forms/<form_id>.html when `html` (with form.css and form.js of the
//                                            specs' folder)
FormReport build_form(const std::shared_ptr<const FontSet>& fonts, const OrgData& org,
                      FormSpecs& specs, const std::string& form_id,
                      const std::filesystem::path& out_dir, bool pdf, bool html,
                      const Deadline& deadline = {});

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

// The files a built form depends on (for the build cache): the spec, the organisation file, its logo.
std::vector<std::filesystem::path> form_inputs(const OrgData& org, const std::filesystem::path& templates_dir,
                                               const std::string& form_id);

}  // namespace siyasa
