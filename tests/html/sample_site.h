// Test helper for the html stage: organisations and merged policies built in code (the shapes
// the data and template stages produce), so the site can be tested on its own.
#pragma once

#include <filesystem>
#include <vector>

#include "data/org.h"
#include "html/site.h"
#include "template/policy.h"

namespace siyasa::testing {

// An association (feminine), Arabic-Indic digits, logo and website known.
OrgData sample_association();
// An endowment (masculine), Western digits, no logo and no website.
OrgData sample_endowment();

// Two policies: beneficiary relations (headings, lists, a table, links) and information
// privacy (numbered articles); approval blocks worded for `org`.
std::vector<MergedPolicy> sample_policies(const OrgData& org);
std::vector<FormRef> sample_forms();

// Options pointing at the repository's templates/site/.
SiteOptions sample_site_options();

}  // namespace siyasa::testing
