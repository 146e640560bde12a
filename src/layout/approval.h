// Stage "layout", approval part: the board's approval block (ApprovalBlock, already worded by
// the template stage) in, slices out: heading, the approval sentence, then the chairman's title
// and name with the signature under them and the stamp beside them — images scaled into their
// own boxes, never over text. All of it is kept together on one page.
#pragma once

#include <optional>
#include <vector>

#include "layout/blocks.h"
#include "layout/images.h"
#include "template/policy.h"

namespace siyasa {

struct ApprovalImages {
  std::optional<ImageSize> signature, stamp;  // nullopt: none (or unreadable, reported elsewhere)
};

// `anchor_id` names the heading for the TOC and outline (unique in the document).
void append_approval(const BodyContext& ctx, const ApprovalBlock& block, const ApprovalImages& images,
                     const std::string& anchor_id, std::vector<Slice>& out);

}  // namespace siyasa
