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

#include "core/diagnostic.h"
#include "data/org.h"

namespace siyasa {

// The approval block, already worded for this organisation (gender, dates in its numerals).
struct ApprovalBlock {
  std::string heading;          // "اعتماد مجلس الإدارة"
  std::string sentence;         // the whole approval sentence, logical order
  std::string hijri_date;       // "٢٣/٠٣/١٤٤٧هـ" (empty when year_only)
  std::string gregorian_date;   // "١٥/٠٩/٢٠٢٥م"
  std::string chairman_name;
  std::string chairman_title;
  std::filesystem::path signature, stamp;  // empty when none
};

struct MergedPolicy {
  std::string id;              // "beneficiary-relations"
  std::string title;           // "سياسة تنظيم العلاقة مع المستفيدين" (merged, agreement applied)
  int order = 0;               // booklet order (from the org's adoption)
  std::string markdown;        // merged body (headings, lists …) without the approval block
  std::optional<ApprovalBlock> approval;
  std::vector<std::string> forms;  // ids of forms the policy refers to
  bool article_style = false;  // numbered articles "المادة (١)" instead of plain headings
  std::filesystem::path template_file;
  int body_first_line = 1;     // line in template_file where the Markdown body starts
};

}  // namespace siyasa
