// Pipeline, policy → text: a merged policy in, the plain logical-order text a reader should get
// back when copying out of the PDF (`siyasa render --format txt`): title, headings, paragraphs,
// list items with their markers (numbers in the organisation's digits), approval sentence,
// chairman. The body goes through parse_markdown and the markdown stage's plain-text walk; this
// adds the title, subtitle, approval and chairman around it.
#pragma once

#include <filesystem>
#include <string>

#include "core/diagnostic.h"
#include "data/org.h"
#include "template/policy.h"

namespace siyasa {

Result<std::string> policy_plain_text(const MergedPolicy& policy, Numerals numerals);

// Merges every policy the organisation adopts, parses each merged Markdown (lists nested past the
// limit are found only there) and collects every problem (for `siyasa check`).
Diagnostics check_policies(const OrgData& org, const std::filesystem::path& templates_dir);

}  // namespace siyasa
