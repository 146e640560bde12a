// Fuzz targets, shared helpers: a private temporary folder per fuzzing process (the stages
// read files, so each input is written to one), and the invariant every stage owes its
// users — a failure always comes with at least one error that says something.
#pragma once

#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

#include "core/diagnostic.h"

namespace siyasa::fuzz {

// <tmp>/siyasa-fuzz-<pid>/, made once per process and removed when it exits (the path is never
// destroyed, so the exit handler can still use it).
inline const std::filesystem::path& scratch_dir() {
  static const std::filesystem::path* dir = [] {
    auto* d = new std::filesystem::path(std::filesystem::temp_directory_path() /
                                        ("siyasa-fuzz-" + std::to_string(getpid())));
    std::filesystem::create_directories(*d);
    std::atexit([] {
      std::error_code ec;
      std::filesystem::remove_all(scratch_dir(), ec);
    });
    return d;
  }();
  return *dir;
}

inline void write_file(const std::filesystem::path& file, std::string_view bytes) {
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// A failed Result must explain itself: at least one error, each with a message.
template <class T>
void require_explained(const Result<T>& result, const char* stage) {
  for (const auto& d : result.diagnostics) {
    if (d.message.empty()) {
      std::fprintf(stderr, "%s: a diagnostic without a message\n", stage);
      std::abort();
    }
    (void)format_diagnostic(d);
  }
  if (!result.ok() && !has_errors(result.diagnostics)) {
    std::fprintf(stderr, "%s: failed without an error\n", stage);
    std::abort();
  }
}

}  // namespace siyasa::fuzz
