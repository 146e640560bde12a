// Stage "template": a policy template (templates/policies/<id>.md: TOML front matter between
// +++ lines, Markdown body with Mustache placeholders) and an OrgData in, a MergedPolicy out:
// Markdown in which every value is already escaped for Markdown, plus the approval block as
// structured text. kainjow Mustache stays inside src/template/.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/deadline.h"
#include "core/diagnostic.h"
#include "data/org.h"

namespace siyasa {

// The approval block, already worded for this organisation (gender, dates in its numerals).
// Present when the adoption has an approval or the organisation names a chairman; without an
// approval (seed 003: signed by the chairman only) heading, sentence and dates are empty.
struct ApprovalBlock {
  std::string heading;          // "اعتماد مجلس الإدارة"
  std::string sentence;         // the whole approval sentence, logical order
  std::string hijri_date;       // "٢٣/٠٣/١٤٤٧هـ" (empty when year_only)
  std::string gregorian_date;   // "١٥/٠٩/٢٠٢٥م"
  std::string chairman_name;
  std::string chairman_title;
  std::filesystem::path signature, stamp;  // empty when none
  std::string signature_caption, stamp_caption;  // printed under them ("التوقيع", "الختم"); may be empty
  std::string placement = "end";  // "end" (after the body) or "after_title" (seed 002: under the title)
  // Where a reader checks this version (…/verify.html#<document id>) and the caption printed
  // beside its QR code; both empty when the organisation has no website or prints no QR code.
  std::string verify_url, verify_caption;
};

struct MergedPolicy {
  std::string id;              // "beneficiary-relations"
  std::string title;           // "سياسة تنظيم العلاقة مع المستفيدين" (merged, agreement applied)
  std::string subtitle;        // printed under the title (e.g. the organisation's short name); may be empty
  int order = 0;               // booklet order (from the org's adoption)
  std::string markdown;        // merged body (headings, lists …) without the approval block
  std::optional<ApprovalBlock> approval;
  std::vector<std::string> forms;  // ids of forms the policy refers to
  bool article_style = false;  // numbered articles "المادة (١)" instead of plain headings
  std::filesystem::path template_file;
  int body_first_line = 1;     // line in template_file where the Markdown body starts (lines of
                               // `markdown` map to it only while the sections keep their order)
};

// Merges the template `policy_id` (templates_dir/policies/<id>.md, with templates_dir/audiences.toml
// and templates_dir/policies/_approval.md) with the organisation's adoption of that policy.
// Errors point at the template (unknown placeholder, missing value, unclosed section) or at the
// organisation file (unknown or ill-typed option, a policy it does not adopt). A text that grows
// past merged_size_limit (render.h) fails at its template line; so does the merge when `deadline`
// expires during it.
Result<MergedPolicy> merge_policy(const OrgData& org, const std::string& policy_id,
                                  const std::filesystem::path& templates_dir, const Deadline& deadline = {});

// One block of a merged policy as a reader sees it: its id (template/source_blocks.h; "title",
// "subtitle", "approval.heading", "approval.sentence", "chairman"; "<id>+" for text an override
// inserts after block <id>) and its words, without Markdown.
struct PolicyBlock {
  std::string id;
  std::string text;
};

// The policy's blocks in the order printed, with the organisation's overrides (own_wording) or
// in the shared template's wording, for `siyasa diff`.
Result<std::vector<PolicyBlock>> policy_blocks(const OrgData& org, const std::string& policy_id,
                                               const std::filesystem::path& templates_dir, bool own_wording);

// Nothing silent: a warning for each file of the organisation's own wording (overrides, own
// templates) for a policy it does not adopt (for `siyasa check`, pipeline/policy_text.h).
Diagnostics check_unused_wording(const OrgData& org);

}  // namespace siyasa
