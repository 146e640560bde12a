// Fuzz target "form": bytes as a form spec (templates/forms/<id>.toml) → load_form → FormSpec or
// diagnostics; a spec that loads is then rendered for the sample organisation kiswa as the
// browser form (render_form_html) and laid out as the paper form (layout_form, real fonts).
// Seeds: tests/fuzz/corpus/form/ (the repository's form specs and tests/forms/).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>

#include "data/org.h"
#include "forms/form_html.h"
#include "forms/form_layout.h"
#include "forms/form_spec.h"
#include "fuzz_util.h"
#include "text/fonts.h"

namespace {

struct Fixture {
  std::shared_ptr<const siyasa::FontSet> fonts;
  siyasa::OrgData org;
};

const Fixture& fixture() {
  static const Fixture f = [] {
    const std::filesystem::path root = SIYASA_SOURCE_DIR;
    auto fonts = siyasa::load_fonts(root / "fonts");
    auto org = siyasa::load_org(root / "orgs" / "kiswa.toml");
    if (!fonts.ok() || !org.ok()) std::abort();
    return Fixture{*fonts, *org};
  }();
  return f;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace siyasa;
  const auto& f = fixture();
  static const auto file = fuzz::scratch_dir() / "fuzz-form.toml";
  fuzz::write_file(file, fuzz::as_text(data, size));
  const auto form = load_form(file);
  fuzz::require_explained(form, "load_form");
  if (!form.ok()) return 0;
  static const FormPage page = [] {
    auto loaded = load_form_page(std::filesystem::path(SIYASA_SOURCE_DIR) / "templates/forms");
    return loaded.ok() ? *loaded : FormPage{};
  }();
  (void)render_form_html(f.org, *form, page);
  (void)layout_form(f.fonts, f.org, *form);
  return 0;
}
