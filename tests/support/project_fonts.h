// Shared by the test suites: the project's own fonts (fonts/fonts.toml), loaded once per test
// program; null when they fail to load (each test asserts it is not).
#pragma once

#include <filesystem>
#include <memory>

#include "text/fonts.h"

namespace siyasa::test {

inline std::shared_ptr<const FontSet> project_fonts() {
  static const auto loaded = load_fonts(std::filesystem::path(SIYASA_SOURCE_DIR) / "fonts");
  return loaded.ok() ? *loaded : nullptr;
}

}  // namespace siyasa::test
