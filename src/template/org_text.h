// Stage "template": a short text that names only the organisation — a form's title, a label, an
// instruction — checked, and merged for one organisation as plain text. The same names
// (org_names), helpers ({{#g}}feminine|masculine{{/g}}, li, bi, num, weeks), checker and Mustache
// renderer as the policy templates.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "data/org.h"

namespace siyasa {

// Unknown names, unclosed or mismatched sections, tags siyasa does not allow. `start` is the
// position of the text's first character. Checked against every organisation at once: a value
// an organisation may leave empty is not an error here. A form's text may also name what the
// adopted policy that refers to the form gives it ({{policy.review_body}}, {{audience.plural}}):
// those names are checked when the form is built for one organisation (policy_value_names).
Diagnostics check_org_text(std::string_view text, const SourcePos& start);

// The {{policy.*}} and {{audience.*}} placeholders of a text, in order: the values a form takes
// from the policy that refers to it (OrgData::form_values).
std::vector<std::string> policy_value_names(std::string_view text);

// The text merged for `org` (a checked text merges without error; an unchecked one that kainjow
// rejects comes back as written).
std::string render_org_text(std::string_view text, const OrgData& org);

}  // namespace siyasa
