// Stage "layout", approval part: the board's approval block (ApprovalBlock, already worded by
// the template stage) in, slices out: heading, the approval sentence, then the chairman's title
// and name with the signature under them and the stamp beside them — images scaled into their
// own boxes, never over text (left out when the data names no chairman and has no images).
// All of it is kept together on one page. The dates are in the sentence, as the template words it.
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

// ApprovalBlock::placement "end": the whole block after the body. `anchor_id` names the heading
// for the TOC and outline (unique in the document).
void append_approval(const BodyContext& ctx, const ApprovalBlock& block, const ApprovalImages& images,
                     const std::string& anchor_id, std::vector<Slice>& out);

// Placement "after_title" (seed 002: "معتمدة من مجلس الإدارة" under the title): the heading and
// sentence centred, as slices to follow the title block.
void append_approval_statement(const BodyContext& ctx, const ApprovalBlock& block,
                               std::vector<Slice>& out);

// Placement "after_title": the chairman's signature block alone at the end (nothing when the
// block names no chairman), kept with the last lines before it.
void append_signature_only(const BodyContext& ctx, const ApprovalBlock& block,
                           const ApprovalImages& images, std::vector<Slice>& out);

}  // namespace siyasa
