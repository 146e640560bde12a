#include "pipeline/policy_text.h"
#include "pipeline/unused_keys.h"

#include "markdown/doctree.h"
#include "markdown/plain_text.h"

namespace siyasa {
namespace {

void add_block(std::string& out, const std::string& text) {
  if (text.empty()) return;
  if (!out.empty()) out += '\n';
  out += text;
  if (!out.ends_with('\n')) out += '\n';
}

std::string approval_text(const ApprovalBlock& a) {
  std::string out;
  add_block(out, a.heading);
  add_block(out, a.sentence);
  return out;
}

}  // namespace

Result<std::string> policy_plain_text(const MergedPolicy& policy, Numerals numerals) {
  auto tree = parse_markdown(policy.markdown, policy.template_file.string(), policy.body_first_line);
  if (!tree.ok()) return Result<std::string>::failure(tree.diagnostics);
  std::string out;
  add_block(out, policy.title);
  add_block(out, policy.subtitle);
  const bool after_title = policy.approval && policy.approval->placement == "after_title";
  if (after_title) add_block(out, approval_text(*policy.approval));
  add_block(out, render_plain_text(*tree, numerals));
  if (policy.approval) {
    if (!after_title) add_block(out, approval_text(*policy.approval));
    const auto& a = *policy.approval;
    add_block(out, a.chairman_title.empty() ? a.chairman_name : a.chairman_title + "\n" + a.chairman_name);
  }
  return Result<std::string>::success(std::move(out));
}

Diagnostics check_policies(const OrgData& org, const std::filesystem::path& templates_dir) {
  Diagnostics all = check_unused_wording(org);
  std::vector<MergedPolicy> policies;
  for (const auto& adoption : org.policies) {
    auto merged = merge_policy(org, adoption.id, templates_dir);
    all.insert(all.end(), merged.diagnostics.begin(), merged.diagnostics.end());
    if (!merged.ok()) continue;
    auto text = policy_plain_text(*merged, org.numerals);
    all.insert(all.end(), text.diagnostics.begin(), text.diagnostics.end());
    policies.push_back(std::move(*merged));
  }
  // Nothing silent: only once every policy merged, so a key is not called unused for a policy
  // that failed.
  if (policies.size() == org.policies.size()) {
    Diagnostics unused = check_unused_keys(org, policies, templates_dir);
    all.insert(all.end(), unused.begin(), unused.end());
  }
  return all;
}

}  // namespace siyasa
