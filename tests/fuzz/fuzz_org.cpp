// Fuzz target "org": bytes as an organisation file (orgs/<slug>.toml) → load_org → OrgData or
// diagnostics; an organisation that loads is then merged with every repository template it adopts
// (check_policies: options, approval dates in both calendars, agreement).
// Seeds: tests/fuzz/corpus/org/ (the sample organisations and tests/data/bad/).
#include <cstddef>
#include <cstdint>

#include "data/org.h"
#include "fuzz_util.h"
#include "pipeline/policy_text.h"
#include "template/policy.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace siyasa;
  static const auto file = fuzz::scratch_dir() / "fuzz-org.toml";
  fuzz::write_file(file, fuzz::as_text(data, size));
  const auto org = load_org(file);
  fuzz::require_explained(org, "load_org");
  if (org.ok()) {
    for (const auto& [key, pos] : org->positions) (void)org->where(key);
    (void)check_iban(normalize_iban(org->iban));
    static const std::filesystem::path templates = std::filesystem::path(SIYASA_SOURCE_DIR) / "templates";
    for (const auto& d : check_policies(*org, templates)) fuzz::require_explained(Result<int>::failure(d), "check_policies");
  }
  return 0;
}
