#include "pipeline/policy_pdf.h"

#include <ctime>

#include "core/atomic_write.h"
#include "layout/document.h"
#include "pdf/pdf_writer.h"

namespace siyasa {
namespace {

// The signed file: the PDF, its signature filled in, written whole or not at all. Signing
// problems are at the line that names the key; a problem of no file of the user's (a bug of
// siyasa's) is reported at the output.
Diagnostics write_signed_pdf(const PagedDocument& doc, const Signer& signer, const std::filesystem::path& destination) {
  SignablePdf pdf;
  Diagnostics problems = render_signable_pdf(doc, SignatureDetails{signer.name(), std::time(nullptr)}, pdf);
  for (Diagnostic& d : problems)
    if (d.where.file.empty()) d.where.file = destination.string();
  if (problems.empty()) problems = fill_signature(pdf.bytes, SignatureSlot{pdf.contents_offset, pdf.contents_length}, signer);
  if (problems.empty()) problems = write_file_atomically(destination, pdf.bytes);
  return problems;
}

// The deadline is read once more before the PDF is written (its images are decoded then, each
// bounded by the data stage's pixel limits, so the write itself stays short). Signed when
// `signer` is given.
OutputReport write_document(const Result<PagedDocument>& laid_out, const std::filesystem::path& destination,
                            const Deadline& deadline, const Signer* signer = nullptr) {
  OutputReport report{laid_out.diagnostics, 0};
  if (!laid_out.ok()) return report;
  if (deadline.expired()) {
    report.diagnostics.push_back(time_limit_error({destination.string(), 0, 0}, deadline));
    return report;
  }
  const Diagnostics written =
      signer ? write_signed_pdf(*laid_out, *signer, destination) : write_pdf(*laid_out, destination);
  report.diagnostics.insert(report.diagnostics.end(), written.begin(), written.end());
  if (!has_errors(written)) report.pages = static_cast<int>(laid_out->pages.size());
  return report;
}

}  // namespace

OutputReport build_policy_pdf(const std::shared_ptr<const FontSet>& fonts, const OrgData& org,
                             const MergedPolicy& policy, const std::filesystem::path& destination,
                             const Deadline& deadline, const Signer* signer) {
  return write_document(layout_policy_document(fonts, org, policy, deadline, signer != nullptr), destination,
                        deadline, signer);
}

OutputReport build_booklet_pdf(const std::shared_ptr<const FontSet>& fonts, const OrgData& org,
                              const std::vector<MergedPolicy>& policies,
                              const std::filesystem::path& destination,
                              const Deadline& deadline) {
  return write_document(layout_booklet_document(fonts, org, policies, deadline), destination, deadline);
}

}  // namespace siyasa
