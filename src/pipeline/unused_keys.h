// Stage "pipeline": nothing silent — a warning for each key of an organisation file that no
// output prints (for `siyasa check`): a template option whose every use the organisation's
// choices leave out, a letterhead value its fields do not show, a social account the footer
// leaves out, a licence no line prints, a stamp or signature without an approval block.
#pragma once

#include <filesystem>
#include <vector>

#include "core/diagnostic.h"
#include "data/org.h"
#include "template/policy.h"

namespace siyasa {

// `merged`: the organisation's policies as merge_policy gave them (those that merged).
Diagnostics check_unused_keys(const OrgData& org, const std::vector<MergedPolicy>& merged,
                              const std::filesystem::path& templates_dir);

}  // namespace siyasa
