// The catalogue of broken organisation files in tests/data/bad/: each <case>.toml (with its
// images in <case>/) and the first line of the error it must give, in <case>.expected. Checked
// through load_org and through `siyasa check` on a folder holding only that case.
#include <gtest/gtest.h>

#include <algorithm>

#include "data/org.h"
#include "test_util.h"

namespace siyasa {
namespace {

const std::filesystem::path kBad = std::filesystem::path(SIYASA_TEST_DATA) / "data" / "bad";

std::vector<std::string> cases() {
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(kBad))
    if (entry.path().extension() == ".toml") names.push_back(entry.path().stem().string());
  std::sort(names.begin(), names.end());
  return names;
}

std::string expected_line(const std::string& name) {
  std::string text = test::read_file(kBad / (name + ".expected"));
  return test::first_line(text);
}

std::string strip_prefix(std::string line, const std::string& prefix) {
  if (line.rfind(prefix, 0) == 0) line = line.substr(prefix.size());
  return line;
}

TEST(BadInput, CatalogueHasAtLeastTenCasesEachWithAnExpectedLine) {
  auto names = cases();
  EXPECT_GE(names.size(), 10u);
  for (const auto& name : names) {
    ASSERT_TRUE(std::filesystem::exists(kBad / (name + ".expected"))) << name;
    EXPECT_NE(expected_line(name).find(": error: "), std::string::npos) << name;
  }
}

TEST(BadInput, LoadOrgGivesTheExpectedFirstError) {
  for (const auto& name : cases()) {
    auto result = load_org(kBad / (name + ".toml"));
    EXPECT_FALSE(result.ok()) << name;
    ASSERT_FALSE(result.diagnostics.empty()) << name;
    std::string first = test::first_line(format_diagnostic(result.diagnostics.front()));
    EXPECT_EQ(strip_prefix(first, kBad.string() + "/"), expected_line(name)) << name;
  }
}

TEST(BadInput, CheckCommandExitsOneWithTheExpectedFirstLine) {
  for (const auto& name : cases()) {
    auto scratch = test::fresh_folder("bad");
    auto orgs = scratch / "orgs";
    std::filesystem::create_directories(orgs);
    std::filesystem::copy_file(kBad / (name + ".toml"), orgs / (name + ".toml"));
    if (std::filesystem::is_directory(kBad / name))
      std::filesystem::copy(kBad / name, orgs / name, std::filesystem::copy_options::recursive);
    auto run = test::run_siyasa("check --orgs '" + orgs.string() + "'", scratch);
    EXPECT_EQ(run.status, 1) << name << "\n" << run.err;
    EXPECT_EQ(strip_prefix(test::first_line(run.err), orgs.string() + "/"), expected_line(name)) << name;
    EXPECT_EQ(run.out, "") << name;
    std::filesystem::remove_all(scratch);
  }
}

TEST(BadInput, UnknownKeyHintSuggestsTheKnownKey) {
  auto result = load_org(kBad / "unknown-key.toml");
  ASSERT_FALSE(result.diagnostics.empty());
  EXPECT_EQ(result.diagnostics[0].hint, "did you mean 'short_name'?");
  auto wrong_table = load_org(kBad / "wrong-table.toml");
  ASSERT_FALSE(wrong_table.diagnostics.empty());
  EXPECT_EQ(wrong_table.diagnostics[0].hint, "'iban' belongs in the [bank] table");
  auto phone = load_org(kBad / "phone-leading-zero.toml");
  ASSERT_FALSE(phone.diagnostics.empty());
  EXPECT_NE(phone.diagnostics[0].hint.find("in quotes"), std::string::npos);
  auto windows = load_org(kBad / "windows-1256.toml");
  ASSERT_FALSE(windows.diagnostics.empty());
  EXPECT_NE(windows.diagnostics[0].hint.find("UTF-8"), std::string::npos);
}

}  // namespace
}  // namespace siyasa
