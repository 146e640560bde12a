// siyasa diff: one policy of one organisation, word by word, against the shared template's
// wording (what the organisation's overrides change) or, with --against, against a text pasted
// from the organisation's approved PDF (what remains to override). Each difference is shown
// under the id of its block, the id an override names (orgs/README.md, "Your own wording").
#include <iostream>

#include "cli/commands.h"
#include "core/read_file.h"
#include "data/org.h"
#include "template/policy.h"
#include "template/wording_diff.h"

namespace siyasa::cli {
namespace {

// A text pasted from a PDF: a policy is a few pages.
constexpr std::uintmax_t kMaxAgainstBytes = 1024 * 1024;

std::string joined(const std::vector<PolicyBlock>& blocks) {
  std::string text;
  for (const auto& b : blocks) text += b.text + "\n";
  return text;
}

}  // namespace

int run_diff(const DiffOptions& options) {
  auto org = load_org(options.org);
  if (!org.ok()) {
    print_diagnostics(org.diagnostics);
    return kInvalidInput;
  }
  auto own = policy_blocks(*org, options.policy, options.folders.templates, true);
  print_diagnostics(own.diagnostics);  // warnings of stale overrides too
  if (!own.ok()) return kInvalidInput;
  std::vector<PolicyBlock> base;
  std::string other;
  std::string legend;
  if (!options.against.empty()) {
    auto text = read_input_file(options.against, options.against.string(), "a text to compare with", kMaxAgainstBytes);
    if (!text.ok()) {
      print_diagnostics(text.diagnostics);
      return kInvalidInput;
    }
    base = *own;
    other = *text;
    legend = "[-…-] only in what siyasa prints; {+…+} only in " + options.against.string();
  } else {
    auto shared = policy_blocks(*org, options.policy, options.folders.templates, false);
    if (!shared.ok()) {
      print_diagnostics(shared.diagnostics);
      return kInvalidInput;
    }
    base = *shared;
    other = joined(*own);
    legend = "[-…-] only in the shared template; {+…+} only in the organisation's wording";
  }
  auto diff = diff_words(base, other);
  if (!diff.ok()) {
    for (auto& d : diff.diagnostics) d.where.file = options.against.string();
    print_diagnostics(diff.diagnostics);
    return kInvalidInput;
  }
  std::cout << "siyasa diff: " << options.policy << ", " << options.org.string() << "\n" << legend << "\n"
            << diff->report << "\n"
            << diff->blocks_differing << " of " << diff->blocks << " blocks differ\n";
  return kOk;
}

}  // namespace siyasa::cli
