// Stage "layout", titles and cover: the title block that opens a policy (and each policy of a
// booklet) and the booklet's cover page. Titles and OrgData in, a slice or a whole page out.
#pragma once

#include <optional>
#include <string>

#include "layout/blocks.h"
#include "layout/images.h"

namespace siyasa {

// The policy title, centred and large, the organisation's name under it and a short rule.
// Its anchor (`anchor_id`, outline level `level`, listed in the TOC when `in_toc`) is the
// policy's entry in the outline.
Slice make_title_block(const BodyContext& ctx, const std::string& title, const std::string& subtitle,
                       const std::string& anchor_id, int level, bool in_toc);

// The booklet's cover: a frame; centred in it the logo, the organisation's name, the booklet's
// title and the policies it holds; the country and registration lines; the year and website
// at the foot.
Page make_cover(const BodyContext& ctx, const OrgData& org, const std::string& title,
                const std::vector<std::string>& contents, const std::string& year_line,
                std::optional<ImageSize> logo);

}  // namespace siyasa
