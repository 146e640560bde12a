#include "pipeline/policy_pdf.h"

#include <ctime>

#include "core/atomic_write.h"
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

// The signed file: written whole, or not at all. Problems are at the line that names the key.
OutputReport write_signed_document(const Result<PagedDocument>& laid_out, const Signer& signer,
                                   const std::filesystem::path& destination, const Deadline& deadline) {
  OutputReport report{laid_out.diagnostics, 0};
  if (!laid_out.ok()) return report;
  if (deadline.expired()) {
    report.diagnostics.push_back(time_limit_error({destination.string(), 0, 0}, deadline));
    return report;
  }
  SignablePdf pdf;
  Diagnostics rendered = render_signable_pdf(*laid_out, SignatureDetails{signer.name(), std::time(nullptr)}, pdf);
  if (!rendered.empty()) {
    // A problem of no file of the user's (a bug of siyasa's) is reported at the output.
    for (Diagnostic& d : rendered)
      if (d.where.file.empty()) d.where.file = destination.string();
    report.diagnostics.insert(report.diagnostics.end(), rendered.begin(), rendered.end());
    return report;
  }
  if (Diagnostics problems = fill_signature(pdf.bytes, SignatureSlot{pdf.contents_offset, pdf.contents_length}, signer);
      !problems.empty()) {
    report.diagnostics.insert(report.diagnostics.end(), problems.begin(), problems.end());
    return report;
  }
  Diagnostics written = write_file_atomically(destination, pdf.bytes);
  report.diagnostics.insert(report.diagnostics.end(), written.begin(), written.end());
  if (!has_errors(written)) report.pages = static_cast<int>(laid_out->pages.size());
  return report;
}

}  // namespace

OutputReport build_policy_pdf(const std::shared_ptr<const FontSet>& fonts, const OrgData& org,
                             const MergedPolicy& policy, const std::filesystem::path& destination,
                             const Deadline& deadline, const Signer* signer) {
  if (signer)
    return write_signed_document(layout_policy_document(fonts, org, policy, deadline, true), *signer,
                                 destination, deadline);
  return write_document(layout_policy_document(fonts, org, policy, deadline), destination, deadline);
}

OutputReport build_booklet_pdf(const std::shared_ptr<const FontSet>& fonts, const OrgData& org,
                              const std::vector<MergedPolicy>& policies,
                              const std::filesystem::path& destination,
                              const Deadline& deadline) {
  return write_document(layout_booklet_document(fonts, org, policies, deadline), destination, deadline);
}

}  // namespace siyasa
