// siyasa render: one policy of one organisation, merged and written in one format. The txt format
// is the plain logical-order text of the merged policy; pdf lays it out in pages
// (src/pipeline/policy_pdf.h); html is one self-contained page (or, with --fragment, the policy body alone).
#include <iostream>

#include "cli/commands.h"
#include "core/atomic_write.h"
#include "core/deadline.h"
#include "data/org.h"
#include "html/site.h"
#include "pipeline/policy_pdf.h"
#include "pipeline/policy_text.h"
#include "template/policy.h"
#include "text/fonts.h"

namespace siyasa::cli {
namespace {

int write_output(const std::filesystem::path& output, const std::string& bytes) {
  if (output == "-") {
    std::cout << bytes;
    return std::cout.good() ? kOk : kInvalidInput;
  }
  if (Diagnostics problems = write_file_atomically(output, bytes); has_errors(problems)) {
    print_diagnostics(problems);
    return kInvalidInput;
  }
  return kOk;
}

// The policy as one self-contained HTML page (CSS inline), or with --fragment only its body and
// approval block, for pasting into an existing website.
int render_html(const RenderOptions& options, const OrgData& org, const MergedPolicy& policy) {
  auto templates = load_site_templates(options.folders.templates / "site");
  if (!templates.ok()) {
    print_diagnostics(templates.diagnostics);
    return kInvalidInput;
  }
  SiteOptions site;
  site.templates_dir = templates->dir;
  auto page = render_policy_page(*templates, org, policy, site,
                                 options.fragment ? PageMode::fragment : PageMode::standalone);
  print_diagnostics(page.diagnostics);
  if (!page.ok()) return kInvalidInput;
  return write_output(options.output, *page);
}

// The policy laid out in pages and written as a PDF (atomically; never to standard output).
int render_pdf(const RenderOptions& options, const OrgData& org, const MergedPolicy& policy,
               const Deadline& deadline) {
  if (options.output == "-") {
    std::cerr << "siyasa render: a PDF cannot go to standard output; give -o FILE.pdf\n";
    return kUsage;
  }
  auto fonts = load_fonts(options.folders.fonts);
  if (!fonts.ok()) {
    print_diagnostics(fonts.diagnostics);
    return kInvalidInput;
  }
  const Diagnostics diagnostics = build_policy_pdf(*fonts, org, policy, options.output, deadline).diagnostics;
  print_diagnostics(diagnostics);
  return has_errors(diagnostics) ? kInvalidInput : kOk;
}

}  // namespace

int run_render(const RenderOptions& options) {
  const Deadline deadline = Deadline::after(Deadline::Seconds(options.time_limit));
  auto org = load_org(options.org);
  if (!org.ok()) {
    print_diagnostics(org.diagnostics);
    return kInvalidInput;
  }
  auto policy = merge_policy(*org, options.policy, options.folders.templates, deadline);
  if (!policy.ok()) {
    print_diagnostics(policy.diagnostics);
    return kInvalidInput;
  }
  print_diagnostics(org.diagnostics);  // warnings, if any
  if (options.format == "html") return render_html(options, *org, *policy);
  if (options.format == "pdf") return render_pdf(options, *org, *policy, deadline);
  auto text = policy_plain_text(*policy, org->numerals);
  if (!text.ok()) {
    print_diagnostics(text.diagnostics);
    return kInvalidInput;
  }
  return write_output(options.output, *text);
}

}  // namespace siyasa::cli
