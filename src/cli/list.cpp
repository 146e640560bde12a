// siyasa list: the organisations (slug, name, policies in booklet order, and which of the
// governance policies they adopt). Templates and forms are listed by the stages that own them,
// which add their sections after the organisations.
#include <algorithm>
#include <iostream>

#include "cli/commands.h"
#include "data/org.h"
#include "template/coverage.h"

namespace siyasa::cli {

int run_list(const Folders& folders) {
  OrgSet set = load_orgs(folders.orgs);
  print_diagnostics(set.diagnostics);
  std::cout << "organisations (" << set.orgs.size() << ") in " << folders.orgs.string() << ":\n";
  auto templates = read_templates(folders.templates / "policies");
  print_diagnostics(templates.diagnostics);
  const std::vector<TemplateSpec> specs = templates.ok() ? *templates : std::vector<TemplateSpec>{};
  std::size_t width = 0;
  for (const auto& org : set.orgs) width = std::max(width, org.slug.size());
  for (const auto& org : set.orgs) {
    std::cout << "  " << org.slug << std::string(width - org.slug.size(), ' ') << "  " << org.name << "  ["
              << org.kind << "]\n";
    std::cout << "  " << std::string(width, ' ') << "  policies:";
    if (org.policies.empty()) std::cout << " (none)";
    for (std::size_t i = 0; i < org.policies.size(); ++i)
      std::cout << (i == 0 ? " " : ", ") << org.policies[i].id;
    std::cout << "\n";
    const GovernanceCoverage coverage = governance_coverage(org, specs);
    if (coverage.expected() == 0) continue;
    std::cout << "  " << std::string(width, ' ') << "  governance: " << coverage.adopted.size() << " of "
              << coverage.expected() << " adopted";
    for (std::size_t i = 0; i < coverage.missing.size(); ++i)
      std::cout << (i == 0 ? "; missing: " : ", ") << coverage.missing[i];
    std::cout << "\n";
  }
  return has_errors(set.diagnostics) || has_errors(templates.diagnostics) ? kInvalidInput : kOk;
}

}  // namespace siyasa::cli
