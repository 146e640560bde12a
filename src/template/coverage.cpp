#include "template/coverage.h"

#include <algorithm>

namespace siyasa {

GovernanceCoverage governance_coverage(const OrgData& org, const std::vector<TemplateSpec>& templates) {
  GovernanceCoverage coverage;
  for (const auto& spec : templates) {
    if (!spec.governance) continue;
    const bool adopted = std::any_of(org.policies.begin(), org.policies.end(),
                                     [&](const PolicyAdoption& a) { return a.id == spec.id; });
    (adopted ? coverage.adopted : coverage.missing).push_back(spec.id);
  }
  return coverage;
}

std::optional<Diagnostic> governance_note(const OrgData& org, const GovernanceCoverage& coverage) {
  if (coverage.missing.empty()) return std::nullopt;
  std::string ids;
  for (const auto& id : coverage.missing) ids += (ids.empty() ? "" : ", ") + id;
  return Diagnostic{Severity::note, SourcePos{org.source.string(), 0, 0},
                    "adopts " + std::to_string(coverage.adopted.size()) + " of the " +
                        std::to_string(coverage.expected()) + " governance policies; not adopted: " + ids,
                    "adopt one with a [policies.<id>] table (templates/README.md lists each policy's options)"};
}

}  // namespace siyasa
