#include "template/org_text.h"

#include "template/context.h"
#include "template/render.h"
#include "template/tags.h"

namespace siyasa {

Diagnostics check_org_text(std::string_view text, const SourcePos& start) {
  static const ContextValue every_org = [] {
    ContextValue c = org_context(OrgData{});
    for (auto& [name, value] : c.fields["org"].fields)
      if (value.kind == ContextValue::Kind::text && value.text.empty()) value.text = name;
    return c;
  }();
  const std::vector<std::string> from_policy = policy_value_names(text);
  if (from_policy.empty()) return check_placeholders(text, every_org, start);
  ContextValue with_policy = every_org;
  for (const auto& name : from_policy) with_policy.set(name, ContextValue::of_text(name));
  return check_placeholders(text, with_policy, start);
}

std::vector<std::string> policy_value_names(std::string_view text) {
  std::vector<std::string> names;
  for (std::size_t open = text.find("{{"); open != std::string_view::npos; open = text.find("{{", open + 2)) {
    const std::size_t close = text.find("}}", open + 2);
    if (close == std::string_view::npos) break;
    std::string_view inner = text.substr(open + 2, close - open - 2);
    while (!inner.empty() && (inner.front() == ' ' || inner.front() == '\t')) inner.remove_prefix(1);
    while (!inner.empty() && (inner.back() == ' ' || inner.back() == '\t')) inner.remove_suffix(1);
    if (inner.starts_with("policy.") || inner.starts_with("audience.")) names.emplace_back(inner);
  }
  return names;
}

std::string render_org_text(std::string_view text, const OrgData& org) {
  if (text.find("{{") == std::string_view::npos) return std::string(text);
  RenderError error;
  std::optional<std::string> merged = render_mustache(text, org_context(org), error);
  return merged ? std::move(*merged) : std::string(text);
}

}  // namespace siyasa
