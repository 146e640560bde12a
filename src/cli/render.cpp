// siyasa render: one policy of one organisation, merged and written in one format. The txt format
// is the plain logical-order text of the merged policy; pdf and html join when their stages land.
#include <iostream>

#include "cli/commands.h"
#include "core/atomic_write.h"
#include "data/org.h"
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

}  // namespace

int run_render(const RenderOptions& options) {
  if (options.format != "txt") {
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
  return write_output(options.output, policy_plain_text(*policy, org->numerals));
}

}  // namespace siyasa::cli
