// Pipeline, form → PDF and form → browser page: one form of one organisation laid out by the forms
// stage and written as a PDF (A4, for printing, by the pdf stage) or a browser page, atomically —
// never a partial file. What `siyasa form` and `siyasa build` call.
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

}  // namespace siyasa
