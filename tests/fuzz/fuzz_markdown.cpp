// Fuzz target "markdown": bytes as a merged policy's Markdown → parse_markdown → DocTree, then
// layout_policy_document → pages (text shaping, line breaking, pagination) with the repository's
// fonts, the sample organisation kiswa and its real approval block.
// Seeds: tests/fuzz/corpus/markdown/ (Markdown bodies of the repository's policy templates).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>

#include "data/org.h"
#include "fuzz_util.h"
#include "layout/document.h"
#include "markdown/doctree.h"
#include "template/policy.h"
#include "text/fonts.h"

namespace {

namespace fs = std::filesystem;

struct Fixture {
  std::shared_ptr<const siyasa::FontSet> fonts;
  siyasa::OrgData org;
  siyasa::MergedPolicy policy;
};

const Fixture& fixture() {
  static const Fixture f = [] {
    const fs::path root = SIYASA_SOURCE_DIR;
    auto fonts = siyasa::load_fonts(root / "fonts");
    auto org = siyasa::load_org(root / "orgs" / "kiswa.toml");
    if (!fonts.ok() || !org.ok()) std::abort();
    auto policy = siyasa::merge_policy(*org, "beneficiary-relations", root / "templates");
    if (!policy.ok()) std::abort();
    return Fixture{*fonts, *org, *policy};
  }();
  return f;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace siyasa;
  const auto& f = fixture();
  const auto text = fuzz::as_text(data, size);
  const auto tree = parse_markdown(text, "fuzz.md");
  fuzz::require_explained(tree, "parse_markdown");
  if (!tree.ok()) return 0;
  MergedPolicy policy = f.policy;
  policy.markdown = std::string(text);
  const auto pages = layout_policy_document(f.fonts, f.org, policy);
  fuzz::require_explained(pages, "layout_policy_document");
  return 0;
}
