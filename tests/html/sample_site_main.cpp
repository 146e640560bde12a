// Writes the sites of the organisations built in code (sample_site.cpp: hostile text, both
// genders, with and without logo and website) for the browser tests:
//   html_sample_site OUT
// OUT/sample-<slug>/site/… is the html stage's real output, with the real browser forms of
// templates/forms/; inside it go stand-ins for the PDFs (policies, forms, booklet), so the browser
// test can check that every link points where `siyasa build` puts those files. OUT/standalone/
// and OUT/fragment/ hold single policy pages. (`siyasa build` output is checked as well.)
#include <filesystem>
#include <iostream>

#include "core/atomic_write.h"
#include "forms/form_list.h"
#include "forms/form_spec.h"
#include "html/site.h"
#include "pipeline/write_form.h"
#include "sample_site.h"
#include "template/policy.h"

namespace {

using namespace siyasa;
namespace fs = std::filesystem;

// Writes one organisation's site and the stand-ins beside it; false when anything failed.
bool write_sample(const OrgData& org, const std::vector<MergedPolicy>& policies,
                  const std::vector<FormRef>& forms, const fs::path& root,
                  const SiteOptions& options) {
  bool ok = true;
  for (const Diagnostic& d : write_site(org, policies, forms, root / "site", options)) {
    std::cerr << format_diagnostic(d) << "\n";
    ok = ok && d.severity != Severity::error;
  }
  const std::string stand_in = "%PDF-1.4\n% stand-in written by html_sample_site\n";
  const fs::path site = root / "site";
  write_file_atomically(site / site_pdf_path(SitePdf::booklet), stand_in);
  for (const MergedPolicy& p : policies) {
    write_file_atomically(site / site_pdf_path(SitePdf::policy, p.id), stand_in);
  }
  const fs::path templates = fs::path(SIYASA_SOURCE_DIR) / "templates";
  const Result<FormPage> form_page = load_form_page(templates / "forms");
  for (const Diagnostic& d : form_page.diagnostics) std::cerr << format_diagnostic(d) << "\n";
  if (!form_page.ok()) return false;
  for (const FormRef& f : forms) {
    write_file_atomically(site / site_pdf_path(SitePdf::form, f.id), stand_in);
    Result<FormSpec> spec = load_form(templates / "forms" / (f.id + ".toml"));
    FormHtmlOptions in_site;
    in_site.in_site = true;
    const FormReport page =
        spec.ok() ? write_form_html(org, *spec, *form_page, site / "forms" / (f.id + ".html"), in_site)
                  : FormReport{spec.diagnostics};
    for (const Diagnostic& d : page.diagnostics) std::cerr << format_diagnostic(d) << "\n";
    ok = ok && !has_errors(page.diagnostics);
  }
  return ok;
}

// A policy as `siyasa render --format html` writes it (OUT/standalone/) and as --fragment
// writes it, pasted into a left-to-right English page of some CMS (OUT/fragment/).
bool write_single_pages(const OrgData& org, const MergedPolicy& policy, const fs::path& out) {
  const SiteOptions options = testing::sample_site_options();
  Result<SiteTemplates> templates = load_site_templates(options.templates_dir);
  if (!templates.ok()) return false;
  const std::string name = org.slug + "-" + policy.id + ".html";
  Result<std::string> page = render_policy_page(*templates, org, policy, options, PageMode::standalone);
  Result<std::string> fragment = render_policy_page(*templates, org, policy, options, PageMode::fragment);
  if (!page.ok() || !fragment.ok()) return false;
  const std::string host =
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<title>Policies - host page</title>\n<style>body { font-family: sans-serif; margin: 0 auto;"
      " max-width: 60rem; padding: 1rem; }</style>\n</head>\n<body>\n<main>\n<h1>Our policies</h1>\n" +
      *fragment + "</main>\n</body>\n</html>\n";
  return !has_errors(write_file_atomically(out / "standalone" / name, *page)) &&
         !has_errors(write_file_atomically(out / "fragment" / name, host));
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: html_sample_site OUTPUT_DIR\n";
    return 2;
  }
  const fs::path out = argv[1];
  const fs::path templates = fs::path(SIYASA_SOURCE_DIR) / "templates";
  bool ok = true;
  for (const OrgData& org : {test::sample_association(), test::sample_endowment()}) {
    const std::vector<MergedPolicy> policies = testing::sample_policies(org);
    FormSpecs specs(templates / "forms");
    FormList forms = list_org_forms(org, specs, list_forms(templates / "forms"));
    std::vector<FormRef> refs;
    for (const FormSummary& form : forms.forms) refs.push_back(FormRef{form.id, form.title});
    ok = ok && !has_errors(forms.diagnostics) && !refs.empty();
    ok = write_sample(org, policies, refs, out / ("sample-" + org.slug),
                      testing::sample_site_options()) && ok;
    for (const MergedPolicy& policy : policies) ok = write_single_pages(org, policy, out) && ok;
  }
  return ok ? 0 : 1;
}
