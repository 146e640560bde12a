// Fuzz target "org": bytes as an organisation file (orgs/<slug>.toml) → load_org → OrgData or
// diagnostics. Seeds: tests/fuzz/corpus/org/ (the sample organisations).
#include <cstddef>
#include <cstdint>

#include "data/org.h"
#include "fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace siyasa;
  static const auto file = fuzz::scratch_dir() / "fuzz-org.toml";
  fuzz::write_file(file, fuzz::as_text(data, size));
  const auto org = load_org(file);
  fuzz::require_explained(org, "load_org");
  if (org.ok()) {
    for (const auto& [key, pos] : org->positions) (void)org->where(key);
    (void)check_iban(normalize_iban(org->iban));
  }
  return 0;
}
