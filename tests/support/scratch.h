// A scratch folder for one test: new and empty, and unique to this run (mkdtemp), so two
// checkouts running their suites at once never write into each other's files.
#pragma once

#include <stdlib.h>

#include <filesystem>
#include <stdexcept>
#include <string>

#include <gtest/gtest.h>

namespace siyasa::test {

// <temp>/siyasa-<name>-XXXXXX, created.
inline std::filesystem::path scratch_folder(const std::string& name) {
  std::string pattern = (std::filesystem::temp_directory_path() / ("siyasa-" + name + "-XXXXXX")).string();
  if (mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("cannot make a folder like " + pattern);
  return pattern;
}

// A scratch folder named after the running test: <temp>/siyasa-<prefix>-<test>-XXXXXX.
inline std::filesystem::path test_scratch_folder(const std::string& prefix) {
  return scratch_folder(prefix + "-" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
}

}  // namespace siyasa::test
