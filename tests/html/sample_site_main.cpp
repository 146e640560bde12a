// Writes organisations' sites into an output tree for the browser tests:
//   html_sample_site OUT [ORGS_DIR TEMPLATES_DIR]
// OUT/<slug>/site/… is the html stage's real output: for the organisations built in code
// (sample_site.cpp) and, when ORGS_DIR is given, for every organisation file there with its
// policies merged from TEMPLATES_DIR. Beside each site go stand-ins for what other stages write
// (policy, form and booklet PDFs; form pages), so the browser test can check that every link
// points where the build puts those files.
#include <filesystem>
#include <iostream>

#include "core/atomic_write.h"
#include "html/site.h"
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
  write_file_atomically(root / "booklet.pdf", stand_in);
  for (const MergedPolicy& p : policies) {
    write_file_atomically(root / "policies" / (p.id + ".pdf"), stand_in);
  }
  for (const FormRef& f : forms) {
    write_file_atomically(root / "forms" / (f.id + ".pdf"), stand_in);
    write_file_atomically(root / "site/forms" / (f.id + ".html"),
                          "<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><meta charset=\"utf-8\">"
                          "<title>stand-in</title></html>\n");
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
  return write_file_atomically(out / "standalone" / name, *page).empty() &&
         write_file_atomically(out / "fragment" / name, host).empty();
}

// Every organisation file of `orgs_dir` with the policies it adopts, merged.
bool write_organisation_files(const fs::path& orgs_dir, const fs::path& templates_dir,
                              const fs::path& out) {
  bool ok = true;
  OrgSet set = load_orgs(orgs_dir);
  for (const Diagnostic& d : set.diagnostics) std::cerr << format_diagnostic(d) << "\n";
  SiteOptions options;
  options.templates_dir = templates_dir / "site";
  for (const OrgData& org : set.orgs) {
    std::vector<MergedPolicy> policies;
    for (const PolicyAdoption& adoption : org.policies) {
      Result<MergedPolicy> merged = merge_policy(org, adoption.id, templates_dir);
      for (const Diagnostic& d : merged.diagnostics) std::cerr << format_diagnostic(d) << "\n";
      if (merged.ok()) policies.push_back(std::move(*merged));
      else ok = false;
    }
    ok = write_sample(org, policies, {}, out / org.slug, options) && ok;
  }
  return ok && !has_errors(set.diagnostics);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2 && argc != 4) {
    std::cerr << "usage: html_sample_site OUTPUT_DIR [ORGS_DIR TEMPLATES_DIR]\n";
    return 2;
  }
  const fs::path out = argv[1];
  bool ok = true;
  for (const OrgData& org : {testing::sample_association(), testing::sample_endowment()}) {
    const std::vector<MergedPolicy> policies = testing::sample_policies(org);
    ok = write_sample(org, policies, testing::sample_forms(), out / ("sample-" + org.slug),
                      testing::sample_site_options()) && ok;
    for (const MergedPolicy& policy : policies) ok = write_single_pages(org, policy, out) && ok;
  }
  if (argc == 4) ok = write_organisation_files(argv[2], argv[3], out) && ok;
  return ok ? 0 : 1;
}
