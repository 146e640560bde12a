// Stage "markdown": a DocTree in, plain logical-order text out: what a reader should get back
// when copying the policy out of the PDF (`siyasa render --format txt`). Headings and paragraphs
// on their own lines, list items with "- " or their number in the organisation's digits,
// table cells separated by " | ".
#pragma once

#include <string>

#include "data/org.h"
#include "markdown/doctree.h"

namespace siyasa {

std::string render_plain_text(const DocTree& tree, Numerals numerals);

}  // namespace siyasa
