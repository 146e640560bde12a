#include "layout/document.h"

#include "layout/policy_layout.h"
#include "layout/typeset.h"
#include "markdown/doctree.h"

namespace siyasa {
namespace {

Result<DocTree> parse_policy(const MergedPolicy& policy) {
  return parse_markdown(policy.markdown, policy.template_file.string(), policy.body_first_line);
}

}  // namespace

Result<PagedDocument> layout_policy_document(const std::shared_ptr<const FontSet>& fonts,
                                             const OrgData& org, const MergedPolicy& policy,
                                             const Deadline& deadline, bool signature_field) {
  auto tree = parse_policy(policy);
  if (!tree.ok()) return Result<PagedDocument>::failure(tree.diagnostics);
  auto document = layout_policy(make_typesetter(fonts, deadline), org, policy, *tree, signature_field);
  document.diagnostics.insert(document.diagnostics.begin(), tree.diagnostics.begin(),
                              tree.diagnostics.end());
  return document;
}

Result<PagedDocument> layout_booklet_document(const std::shared_ptr<const FontSet>& fonts,
                                              const OrgData& org,
                                              const std::vector<MergedPolicy>& policies,
                                              const Deadline& deadline) {
  Diagnostics diagnostics;
  std::vector<DocTree> trees;
  trees.reserve(policies.size());
  for (const auto& policy : policies) {
    auto tree = parse_policy(policy);
    diagnostics.insert(diagnostics.end(), tree.diagnostics.begin(), tree.diagnostics.end());
    trees.push_back(tree.ok() ? std::move(*tree) : DocTree{});
  }
  if (has_errors(diagnostics)) return Result<PagedDocument>::failure(diagnostics);
  std::vector<PolicyPart> parts;
  for (std::size_t i = 0; i < policies.size(); ++i) parts.push_back(PolicyPart{&policies[i], &trees[i]});
  auto document = layout_booklet(make_typesetter(fonts, deadline), org, parts);
  document.diagnostics.insert(document.diagnostics.begin(), diagnostics.begin(), diagnostics.end());
  return document;
}

}  // namespace siyasa
