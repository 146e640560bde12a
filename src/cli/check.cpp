// siyasa check: validate every organisation file and every policy template, and merge every
// policy each organisation adopts; print each problem; write nothing.
#include <functional>
#include <iostream>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "data/org.h"
#include "forms/form_spec.h"
#include "html/site.h"
#include "pipeline/policy_text.h"
#include "template/front_matter.h"
#include "template/policy.h"

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

// Every policy template's front matter, then every (organisation, adopted policy) pair merged:
// unknown placeholders, missing values, unclosed sections, unknown or ill-typed options.
// Organisations that do not load were reported by check_orgs and are skipped here.
std::string check_templates(const Folders& folders, Diagnostics& diagnostics) {
  auto templates = read_templates(folders.templates / "policies");
  diagnostics.insert(diagnostics.end(), templates.diagnostics.begin(), templates.diagnostics.end());
  std::size_t merges = 0;
  for (const auto& org : load_orgs(folders.orgs).orgs) {
    Diagnostics found = check_policies(org, folders.templates);
    diagnostics.insert(diagnostics.end(), found.begin(), found.end());
    merges += org.policies.size();
  }
  return count(templates.ok() ? templates->size() : 0, "policy template", "policy templates") + " (" +
         count(merges, "merge", "merges") + ")";
}

// Every form spec of templates/forms: unknown kinds, duplicate ids, unknown placeholders …
// (adds nothing to the summary line, which scripts and tests read).
std::string check_forms(const Folders& folders, Diagnostics& diagnostics) {
  for (const auto& id : list_forms(folders.templates / "forms")) {
    auto spec = load_form(folders.templates / "forms" / (id + ".toml"));
    diagnostics.insert(diagnostics.end(), spec.diagnostics.begin(), spec.diagnostics.end());
  }
  return "";
}

// The page templates of templates/site/: each parses, none includes itself.
std::string check_site(const Folders& folders, Diagnostics& diagnostics) {
  auto site = load_site_templates(folders.templates / "site");
  diagnostics.insert(diagnostics.end(), site.diagnostics.begin(), site.diagnostics.end());
  return "";
}

// Policies whose review is overdue: warnings, not errors (the documents are still valid).
std::string check_reviews(const Folders& folders, Diagnostics& diagnostics) {
  if (auto today = today_date("")) {
    Diagnostics found = review_warnings(folders, *today);
    diagnostics.insert(diagnostics.end(), found.begin(), found.end());
  }
  return "";
}

const std::vector<CheckPass>& check_passes() {
  static const std::vector<CheckPass> passes{check_orgs, check_templates, check_forms, check_site, check_reviews};
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
