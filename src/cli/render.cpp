// siyasa render: one policy of one organisation, merged and written in one format. The txt format
// is the plain logical-order text of the merged policy; pdf lays it out in pages (src/layout/document.h).
#include <iostream>

#include "cli/commands.h"
#include "core/atomic_write.h"
#include "data/org.h"
#include "layout/document.h"
#include "text/fonts.h"
#include "template/plain_text.h"
#include "template/policy.h"

namespace siyasa::cli {
namespace {

int write_output(const std::filesystem::path& output, const std::string& bytes) {
  if (output == "-") {
    std::cout << bytes;
    return std::cout.good() ? kOk : kInvalidInput;
  }
  if (std::string problem = write_file_atomically(output, bytes); !problem.empty()) {
    std::cerr << "siyasa render: " << problem << '\n';
    return kInvalidInput;
  }
  return kOk;
}

// The policy laid out in pages and written as a PDF (atomically; never to standard output).
int render_pdf(const RenderOptions& options, const OrgData& org, const MergedPolicy& policy) {
  if (options.output == "-") {
    std::cerr << "siyasa render: a PDF cannot go to standard output; give -o FILE.pdf\n";
    return kUsage;
  }
  auto fonts = load_fonts(options.folders.fonts);
  if (!fonts.ok()) {
    print_diagnostics(fonts.diagnostics);
    return kInvalidInput;
  }
  const Diagnostics diagnostics = build_policy_pdf(*fonts, org, policy, options.output);
  print_diagnostics(diagnostics);
  return has_errors(diagnostics) ? kInvalidInput : kOk;
}

}  // namespace

int run_render(const RenderOptions& options) {
  if (options.format != "txt" && options.format != "pdf") {
    std::cerr << "siyasa: render --format " << options.format << " is not yet available in this version\n";
    return kUsage;
  }
  auto org = load_org(options.org);
  if (!org.ok()) {
    print_diagnostics(org.diagnostics);
    return kInvalidInput;
  }
  auto policy = merge_policy(*org, options.policy, options.folders.templates);
  if (!policy.ok()) {
    print_diagnostics(policy.diagnostics);
    return kInvalidInput;
  }
  print_diagnostics(org.diagnostics);  // warnings, if any
  if (options.format == "pdf") return render_pdf(options, *org, *policy);
  return write_output(options.output, policy_plain_text(*policy, org->numerals));
}

}  // namespace siyasa::cli
