// Stage "template": a merged policy in, the plain logical-order text a reader should get back
// when copying out of the PDF (`siyasa render --format txt`): title, headings, paragraphs, list
// items with their markers (numbers in the organisation's digits), approval sentence, chairman.
// Reads the merged Markdown line by line (the subset the policy templates use); to be replaced
// by a walk over the DocTree once the markdown stage lands.
#pragma once

#include <string>

#include "data/org.h"
#include "template/policy.h"

namespace siyasa {

std::string policy_plain_text(const MergedPolicy& policy, Numerals numerals);

}  // namespace siyasa
