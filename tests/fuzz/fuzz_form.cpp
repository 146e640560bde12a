// Fuzz target "form": bytes as a form spec (templates/forms/<id>.toml) → load_form → FormSpec or
// diagnostics. Seeds: tests/fuzz/corpus/form/ (the repository's form specs).
#include <cstddef>
#include <cstdint>

#include "forms/form_spec.h"
#include "fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace siyasa;
  static const auto file = fuzz::scratch_dir() / "fuzz-form.toml";
  fuzz::write_file(file, fuzz::as_text(data, size));
  const auto form = load_form(file);
  fuzz::require_explained(form, "load_form");
  if (form.ok())
    for (const auto& section : form->sections)
      for (const auto& field : section.fields) (void)field_kind_name(field.kind);
  return 0;
}
