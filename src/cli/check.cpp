// siyasa check: validate every organisation file (and, once the template stage adds its pass,
// every template against every organisation); print each problem; write nothing.
#include <functional>
#include <iostream>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "data/org.h"

namespace siyasa::cli {
namespace {

// One pass of the check: adds its diagnostics and returns a phrase for the summary line
// ("5 organisations"), or "" when it has nothing to count.
using CheckPass = std::function<std::string(const Folders&, Diagnostics&)>;

std::string count(std::size_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

std::string check_orgs(const Folders& folders, Diagnostics& diagnostics) {
  OrgSet set = load_orgs(folders.orgs);
  diagnostics.insert(diagnostics.end(), set.diagnostics.begin(), set.diagnostics.end());
  std::size_t adoptions = 0;
  for (const auto& org : set.orgs) adoptions += org.policies.size();
  return count(set.orgs.size(), "organisation", "organisations") + " (" +
         count(adoptions, "policy adoption", "policy adoptions") + ")";
}

// The template stage adds its pass here (templates, and each organisation's options against them).
const std::vector<CheckPass>& check_passes() {
  static const std::vector<CheckPass> passes{check_orgs};
  return passes;
}

}  // namespace

int run_check(const Folders& folders) {
  Diagnostics diagnostics;
  std::string summary;
  for (const auto& pass : check_passes()) {
    std::string counted = pass(folders, diagnostics);
    if (!counted.empty()) summary += (summary.empty() ? "" : ", ") + counted;
  }
  print_diagnostics(diagnostics);
  std::size_t errors = 0;
  for (const auto& d : diagnostics) errors += d.severity == Severity::error ? 1 : 0;
  if (errors > 0) {
    std::cerr << "siyasa check: " << count(errors, "error", "errors") << "\n";
    return kInvalidInput;
  }
  std::cout << "siyasa check: " << summary << ", no errors\n";
  return kOk;
}

}  // namespace siyasa::cli
