#include "pipeline/write_form.h"

#include "core/atomic_write.h"
#include "forms/form_layout.h"
#include "forms/label.h"
#include "pdf/pdf_writer.h"

namespace siyasa {
namespace {

FormReport failure(Diagnostics errors) {
  FormReport r;
  r.diagnostics = std::move(errors);
  return r;
}

}  // namespace

FormReport write_form_pdf(const std::shared_ptr<const FontSet>& fonts, const OrgData& org, const FormSpec& spec,
                          const std::filesystem::path& destination, const Deadline& deadline) {
  if (auto missing = missing_form_values(spec, org); !missing.empty()) return FormReport{missing, 0};
  auto doc = layout_form(fonts, org, spec, deadline);
  if (!doc.ok()) return FormReport{doc.diagnostics, 0};
  if (Diagnostics errors = write_pdf(*doc, destination); has_errors(errors)) return failure(std::move(errors));
  FormReport r;
  r.pages = static_cast<int>(doc->pages.size());
  if (spec.pages > 0 && r.pages > spec.pages)
    r.diagnostics.push_back(Diagnostic{Severity::warning, spec.pages_where,
                                       "the printed form takes " + std::to_string(r.pages) +
                                           " pages; the spec says it fits on " + std::to_string(spec.pages),
                                       "shorten it, or change pages ="});
  return r;
}

FormReport write_form_html(const OrgData& org, const FormSpec& spec, const FormPage& page,
                           const std::filesystem::path& destination, const FormHtmlOptions& options) {
  if (auto missing = missing_form_values(spec, org); !missing.empty()) return FormReport{missing, 0};
  return failure(write_file_atomically(destination, render_form_html(org, spec, page, options)));
}

FormReport build_form(const std::shared_ptr<const FontSet>& fonts, const OrgData& org,
                      FormSpecs& specs, const std::string& form_id,
                      const std::filesystem::path& out_dir, bool pdf, bool html,
                      const Deadline& deadline) {
  const Result<FormSpec>& spec = specs.get(form_id);
  FormReport report;
  report.diagnostics = spec.diagnostics;
  if (!spec.ok()) return report;
  if (pdf) {
    auto r = write_form_pdf(fonts, org, *spec, out_dir / org.slug / "forms" / (form_id + ".pdf"), deadline);
    report.diagnostics.insert(report.diagnostics.end(), r.diagnostics.begin(), r.diagnostics.end());
    report.pages = r.pages;
  }
  if (pdf && html && !has_errors(report.diagnostics)) {  // the site holds the PDF it links, beside the page
    const auto site_pdf = out_dir / org.slug / "site" / "forms" / (form_id + ".pdf");
    Diagnostics copied = place_copy_atomically(out_dir / org.slug / "forms" / (form_id + ".pdf"), site_pdf);
    report.diagnostics.insert(report.diagnostics.end(), copied.begin(), copied.end());
  }
  if (html) {
    FormHtmlOptions in_site;
    in_site.in_site = true;
    in_site.link_pdf = pdf;
    const Result<FormPage> page = load_form_page(specs.folder());
    report.diagnostics.insert(report.diagnostics.end(), page.diagnostics.begin(), page.diagnostics.end());
    if (!page.ok()) return report;
    auto r = write_form_html(org, *spec, *page, out_dir / org.slug / "site" / "forms" / (form_id + ".html"), in_site);
    report.diagnostics.insert(report.diagnostics.end(), r.diagnostics.begin(), r.diagnostics.end());
  }
  return report;
}

}  // namespace siyasa
