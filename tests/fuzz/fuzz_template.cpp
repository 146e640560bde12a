// Fuzz target "template": bytes as a policy template (TOML front matter between +++ lines,
// Markdown body with Mustache placeholders) → merge_policy against a sample organisation →
// MergedPolicy or diagnostics. The templates folder is a private copy of the repository's
// audiences.toml and policies/_approval.md; the input is written as both policies the sample
// organisation (rahah-coop) adopts, one with options and one without.
// Seeds: tests/fuzz/corpus/template/ (the repository's policy templates).
#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include "data/org.h"
#include "fuzz_util.h"
#include "template/policy.h"

namespace {

namespace fs = std::filesystem;

struct Fixture {
  siyasa::OrgData org;
  fs::path templates;
};

const Fixture& fixture() {
  static const Fixture f = [] {
    const fs::path root = SIYASA_SOURCE_DIR;
    auto org = siyasa::load_org(root / "orgs" / "rahah-coop.toml");
    if (!org.ok()) std::abort();
    Fixture made{*org, siyasa::fuzz::scratch_dir() / "templates"};
    fs::create_directories(made.templates / "policies");
    fs::copy_file(root / "templates" / "audiences.toml", made.templates / "audiences.toml",
                  fs::copy_options::overwrite_existing);
    fs::copy_file(root / "templates" / "policies" / "_approval.md", made.templates / "policies" / "_approval.md",
                  fs::copy_options::overwrite_existing);
    return made;
  }();
  return f;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace siyasa;
  const auto& f = fixture();
  for (const char* id : {"beneficiary-relations", "information-privacy"}) {
    fuzz::write_file(f.templates / "policies" / (std::string(id) + ".md"), fuzz::as_text(data, size));
    const auto merged = merge_policy(f.org, id, f.templates);
    fuzz::require_explained(merged, "merge_policy");
  }
  return 0;
}
