// Stage "layout", whole documents: merged policies of one organisation in (their Markdown parsed
// here), pages out. The pipeline (src/pipeline/policy_pdf.h) writes them as PDF. Never prints;
// returns diagnostics. A document whose deadline expires fails with time_limit_error at the
// template line it had reached.
#pragma once

#include <memory>
#include <vector>

#include "core/deadline.h"
#include "core/diagnostic.h"
#include "data/org.h"
#include "layout/paged_document.h"
#include "template/policy.h"
#include "text/fonts.h"

namespace siyasa {

// Parses the policy's Markdown and lays it out (for previews and tests that want the pages).
// `signature_field`: room for a digital signature's field after the approval (see verify_mark.h).
Result<PagedDocument> layout_policy_document(const std::shared_ptr<const FontSet>& fonts,
                                             const OrgData& org, const MergedPolicy& policy,
                                             const Deadline& deadline = {}, bool signature_field = false);

// All of an organisation's policies, in the order given (MergedPolicy::order is not re-sorted).
Result<PagedDocument> layout_booklet_document(const std::shared_ptr<const FontSet>& fonts,
                                              const OrgData& org,
                                              const std::vector<MergedPolicy>& policies,
                                              const Deadline& deadline = {});

}  // namespace siyasa
