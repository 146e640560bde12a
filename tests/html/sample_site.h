// Test helper for the html stage: merged policies built in code (the shapes
// the data and template stages produce), so the site can be tested on its own.
#pragma once

#include <filesystem>
#include <vector>

#include "data/org.h"
#include "html/site.h"
#include "support/sample_orgs.h"
#include "template/policy.h"

namespace siyasa::testing {

// The organisations are test::sample_association() (logo and website known) and
// test::sample_endowment() (neither), tests/support/sample_orgs.h.

// Two policies: beneficiary relations (headings, lists, a table, links) and information
// privacy (numbered articles); approval blocks worded for `org`.
std::vector<MergedPolicy> sample_policies(const OrgData& org);
std::vector<FormRef> sample_forms();

// Options pointing at the repository's templates/site/.
SiteOptions sample_site_options();

}  // namespace siyasa::testing
