// Stage "template": an organisation's own wording of a shared policy template. In: the file
// orgs/<slug>/overrides/<policy-id>.md (entries that replace, remove or insert after a block of
// the template, named by its id: template/source_blocks.h) and the template's body; out: the
// body as this organisation prints it, with every line's origin, and warnings where the shared
// text an override was written against has changed since.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "data/org.h"
#include "template/source_blocks.h"

namespace siyasa {

struct Override {
  enum class Action { replace, remove, after };
  Action action = Action::replace;
  std::string block;                  // the block's id ("objectives.3", "title", "approval.sentence")
  SourcePos block_pos;                // where the id is written
  std::optional<std::string> shared;  // the shared text it was written against
  SourcePos shared_pos;
  std::string text;                   // Markdown + Mustache; empty for remove
  SourcePos text_pos;                 // the first line of the text
};

// Where an organisation keeps its own wording: next to its file, in the folder named by its slug.
std::filesystem::path org_overrides_file(const OrgData& org, const std::string& policy_id);
// A whole policy template of its own (orgs/<slug>/policies/<id>.md), found before the shared one.
std::filesystem::path org_template_file(const OrgData& org, const std::string& policy_id);

// Reads an override file: entries of a TOML header between "+++" lines (replace|remove|after =
// "id", shared = "…") followed by the text. Errors at file:line:col.
Result<std::vector<Override>> read_overrides(const std::filesystem::path& file);

// Ids of the blocks outside the body: the title, subtitle and the approval's heading and sentence.
inline const std::vector<std::string>& front_block_ids() {
  static const std::vector<std::string> ids{"title", "subtitle", "approval.heading", "approval.sentence"};
  return ids;
}

// The body merged with a mark at the start of every block, so that each block's merged text
// can be found again (block_texts): what every block says for this organisation.
std::string mark_blocks(std::string_view body, const std::vector<SourceBlock>& blocks);
// The merged text of each block from a merged marked body, "" for a block not printed.
std::vector<std::string> block_texts(std::string_view merged_marked, size_t block_count);

// The numbers of the marks in the order they first appear in a merged marked body (sections
// may be printed in another order than the template's).
std::vector<int> block_order(std::string_view merged_marked);

// A block's merged Markdown as words to compare and show: list markers and heading hashes
// dropped, Markdown escapes and emphasis taken out, white space collapsed.
std::string plain_block_text(std::string_view markdown);

// Where each line of an overridden body came from.
struct LineOrigin {
  std::string file;
  int line = 0;
  int column_shift = 0;  // columns the line gained in front of the written text (a kept prefix)
};

struct OverriddenBody {
  std::string body;
  std::vector<LineOrigin> origins;  // one per line of `body`
  std::vector<std::string> labels;  // with marks: the label of each mark's number (block ids;
                                    // "<id>+" for text inserted after block <id>)
};

// Which override applies to which block, after checking every anchor against what the block
// says now (`texts`, merged for this organisation). Warnings: the shared text changed (with the
// new text), the override records none, the block is not printed; errors: no such block, two
// overrides of one block. Overrides of front blocks come back in `front`.
struct ResolvedOverrides {
  std::map<int, std::vector<const Override*>> by_block;  // block index → its overrides
  std::map<std::string, const Override*> front;          // front block id → its override
  Diagnostics diagnostics;
};
ResolvedOverrides resolve_overrides(const std::vector<Override>& overrides, const std::vector<SourceBlock>& blocks,
                                    const std::vector<std::string>& texts,
                                    const std::map<std::string, std::string>& front_texts);

// The body with the overrides applied and every "{#id}" taken out. Without overrides it is the
// body as written (only the ids taken out). With `mark`, every block starts with a mark that
// block_texts finds again after merging (for `siyasa diff`).
OverriddenBody apply_overrides(std::string_view body, int body_first_line, const std::string& template_file,
                               const std::vector<SourceBlock>& blocks, const ResolvedOverrides& resolved,
                               bool mark = false);

// A line of merged text without the mark at its start.
std::string_view without_mark(std::string_view line);

}  // namespace siyasa
