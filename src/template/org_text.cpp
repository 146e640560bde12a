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
  return check_placeholders(text, every_org, start);
}

std::string render_org_text(std::string_view text, const OrgData& org) {
  if (text.find("{{") == std::string_view::npos) return std::string(text);
  RenderError error;
  std::optional<std::string> merged = render_mustache(text, org_context(org), error);
  return merged ? std::move(*merged) : std::string(text);
}

}  // namespace siyasa
