// Stage "template": a merged policy in, the plain logical-order text a reader should get back
// when copying out of the PDF (`siyasa render --format txt`): title, headings, paragraphs, list
// items with their markers (numbers in the organisation's digits), approval sentence, chairman.
// The body goes through parse_markdown and the markdown stage's plain-text walk; this adds the
// title, subtitle, approval and chairman around it.
#pragma once

#include <string>

#include "data/org.h"
#include "template/policy.h"

namespace siyasa {

Result<std::string> policy_plain_text(const MergedPolicy& policy, Numerals numerals);

}  // namespace siyasa
