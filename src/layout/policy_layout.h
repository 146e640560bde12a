// Stage "layout", whole documents: an organisation, its merged policies and their DocTrees in,
// a PagedDocument out — one policy (title block, contents, body, approval block) or the
// organisation's booklet (cover, one contents for all, each policy under its ordinal
// "أولاً …"). Letterhead and footer on every page but the cover; contents page numbers are
// filled in by a second pass and always equal the page the heading lands on.
#pragma once

#include <vector>

#include "core/diagnostic.h"
#include "data/org.h"
#include "layout/paged_document.h"
#include "layout/typeset.h"
#include "markdown/doctree.h"
#include "template/policy.h"

namespace siyasa {

// One policy of a booklet: both must outlive the call.
struct PolicyPart {
  const MergedPolicy* policy = nullptr;
  const DocTree* tree = nullptr;
};

// Errors: an image (logo, signature, stamp) that is not a readable PNG, pointing at the key in
// the organisation file. Warnings: e.g. a table row taller than a page. `signature_field`: the
// policy will be signed, so the body ends with the signature field (PagedDocument::signature).
Result<PagedDocument> layout_policy(const Typesetter& ts, const OrgData& org,
                                    const MergedPolicy& policy, const DocTree& tree,
                                    bool signature_field = false);

Result<PagedDocument> layout_booklet(const Typesetter& ts, const OrgData& org,
                                     const std::vector<PolicyPart>& parts);

}  // namespace siyasa
