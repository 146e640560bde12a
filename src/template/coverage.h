// Stage "template": which of the governance policies (the templates whose front matter says
// `governance = true`) an organisation adopts, in: OrgData and the policy templates; out: the
// adopted and missing ids, and a note for `siyasa check` when some are missing.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "data/org.h"
#include "template/front_matter.h"

namespace siyasa {

struct GovernanceCoverage {
  std::vector<std::string> adopted;  // template ids, in the templates' order
  std::vector<std::string> missing;
  std::size_t expected() const { return adopted.size() + missing.size(); }
};

GovernanceCoverage governance_coverage(const OrgData& org, const std::vector<TemplateSpec>& templates);

// A note (never an error) at the organisation file naming the governance policies it does not
// adopt; none when it adopts them all.
std::optional<Diagnostic> governance_note(const OrgData& org, const GovernanceCoverage& coverage);

}  // namespace siyasa
