#include "pipeline/policy_pdf.h"

#include "layout/document.h"
#include "pdf/pdf_writer.h"

namespace siyasa {
namespace {

// The deadline is read once more before the PDF is written (its images are decoded then, each
// bounded by the data stage's pixel limits, so the write itself stays short).
OutputReport write_document(const Result<PagedDocument>& laid_out,
                            const std::filesystem::path& destination, const Deadline& deadline) {
  OutputReport report{laid_out.diagnostics, 0};
  if (!laid_out.ok()) return report;
  if (deadline.expired()) {
    report.diagnostics.push_back(time_limit_error({destination.string(), 0, 0}, deadline));
    return report;
  }
  const Diagnostics written = write_pdf(*laid_out, destination);
  report.diagnostics.insert(report.diagnostics.end(), written.begin(), written.end());
  if (!has_errors(written)) report.pages = static_cast<int>(laid_out->pages.size());
  return report;
}

}  // namespace

OutputReport build_policy_pdf(const std::shared_ptr<const FontSet>& fonts, const OrgData& org,
                             const MergedPolicy& policy, const std::filesystem::path& destination,
                             const Deadline& deadline) {
  return write_document(layout_policy_document(fonts, org, policy, deadline), destination, deadline);
}

OutputReport build_booklet_pdf(const std::shared_ptr<const FontSet>& fonts, const OrgData& org,
                              const std::vector<MergedPolicy>& policies,
                              const std::filesystem::path& destination,
                              const Deadline& deadline) {
  return write_document(layout_booklet_document(fonts, org, policies, deadline), destination, deadline);
}

}  // namespace siyasa
