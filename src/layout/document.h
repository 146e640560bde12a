// Stage "layout", the entry points `siyasa build` and `siyasa render` call: merged policies of
// one organisation in, a PDF file out (parse the Markdown, lay out the pages, write through
// src/pdf/ to a temporary file renamed into place). Never prints; returns diagnostics. A
// document whose deadline expires fails with time_limit_error at the template line it had
// reached, and nothing is written.
#pragma once

#include <filesystem>
#include <memory>
#include <vector>

#include "core/deadline.h"
#include "core/diagnostic.h"
#include "core/report.h"
#include "data/org.h"
#include "layout/paged_document.h"
#include "template/policy.h"
#include "text/fonts.h"

namespace siyasa {

// Parses the policy's Markdown and lays it out (for previews and tests that want the pages).
Result<PagedDocument> layout_policy_document(const std::shared_ptr<const FontSet>& fonts,
                                             const OrgData& org, const MergedPolicy& policy,
                                             const Deadline& deadline = {});

// All of an organisation's policies, in the order given (MergedPolicy::order is not re-sorted).
Result<PagedDocument> layout_booklet_document(const std::shared_ptr<const FontSet>& fonts,
                                              const OrgData& org,
                                              const std::vector<MergedPolicy>& policies,
                                              const Deadline& deadline = {});

// output/<slug>/policies/<id>.pdf. Returns errors (nothing written, any old file kept) or
// warnings (file written).
OutputReport build_policy_pdf(const std::shared_ptr<const FontSet>& fonts, const OrgData& org,
                             const MergedPolicy& policy, const std::filesystem::path& destination,
                             const Deadline& deadline = {});

// output/<slug>/booklet.pdf.
OutputReport build_booklet_pdf(const std::shared_ptr<const FontSet>& fonts, const OrgData& org,
                              const std::vector<MergedPolicy>& policies,
                              const std::filesystem::path& destination,
                              const Deadline& deadline = {});

}  // namespace siyasa
