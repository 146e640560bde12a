// Stage "template": a short text that names only the organisation — a form's title, a label, an
// instruction — checked, and merged for one organisation as plain text. The same names
// (org_names), helpers ({{#g}}feminine|masculine{{/g}}, li, bi, num, weeks), checker and Mustache
// renderer as the policy templates.
#pragma once

#include <string>
#include <string_view>

#include "core/diagnostic.h"
#include "data/org.h"

namespace siyasa {

// Unknown names, unclosed or mismatched sections, tags siyasa does not allow. `start` is the
// position of the text's first character. Checked against every organisation at once: a value
// an organisation may leave empty is not an error here.
Diagnostics check_org_text(std::string_view text, const SourcePos& start);

// The text merged for `org` (a checked text merges without error; an unchecked one that kainjow
// rejects comes back as written).
std::string render_org_text(std::string_view text, const OrgData& org);

}  // namespace siyasa
