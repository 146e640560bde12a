// Pipeline, policy → PDF: the entry points `siyasa build` and `siyasa render` call. Merged
// policies of one organisation in, a PDF file out: the layout stage parses the Markdown and lays
// out the pages (layout/document.h), the pdf stage writes them to a temporary file renamed into
// place. Never prints; returns diagnostics. A document whose deadline expires fails with
// time_limit_error at the template line it had reached, and nothing is written.
#pragma once

#include <filesystem>
#include <memory>
#include <vector>

#include "core/deadline.h"
#include "core/report.h"
#include "data/org.h"
#include "sign/signer.h"
#include "template/policy.h"
#include "text/fonts.h"

namespace siyasa {

// output/<slug>/policies/<id>.pdf. Returns errors (nothing written, any old file kept) or
// warnings (file written). With a `signer` the PDF is signed (PAdES, an incremental update, the
// signature field after the approval) before it is written, and the file written is the signed one.
OutputReport build_policy_pdf(const std::shared_ptr<const FontSet>& fonts, const OrgData& org,
                             const MergedPolicy& policy, const std::filesystem::path& destination,
                             const Deadline& deadline = {}, const Signer* signer = nullptr);

// output/<slug>/booklet.pdf.
OutputReport build_booklet_pdf(const std::shared_ptr<const FontSet>& fonts, const OrgData& org,
                              const std::vector<MergedPolicy>& policies,
                              const std::filesystem::path& destination,
                              const Deadline& deadline = {});

}  // namespace siyasa
