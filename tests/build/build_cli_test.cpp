// siyasa build end to end, through the binary: what it writes, what it skips, how one broken
// organisation fails alone.
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/wait.h>

namespace {

namespace fs = std::filesystem;

struct Run {
  int status = -1;
  std::string output;  // stdout and stderr together
};

Run siyasa(const std::string& args) {
  std::string command = std::string(SIYASA_BINARY) + " " + args + " 2>&1";
  Run run;
  FILE* pipe = popen(command.c_str(), "r");
  std::array<char, 4096> buffer;
  while (size_t n = fread(buffer.data(), 1, buffer.size(), pipe)) run.output.append(buffer.data(), n);
  int raw = pclose(pipe);
  run.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  return run;
}

// The line of `output` that starts with `prefix` (empty when there is none).
std::string line_starting(const std::string& output, const std::string& prefix) {
  std::istringstream lines(output);
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind(prefix, 0) == 0) return line;
  }
  return {};
}

class BuildCli : public ::testing::Test {
 protected:
  void SetUp() override {
    dir = fs::temp_directory_path() /
          ("siyasa-build-" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    fs::remove_all(dir);
    fs::create_directories(dir / "orgs");
    fs::copy_file(fs::path(SIYASA_SOURCE_DIR) / "orgs" / "mafatih.toml", dir / "orgs" / "mafatih.toml");
    fs::copy_file(fs::path(SIYASA_SOURCE_DIR) / "orgs" / "kiswa.toml", dir / "orgs" / "kiswa.toml");
  }
  void TearDown() override { fs::remove_all(dir); }

  std::string build(const std::string& extra = "") {
    return "build --orgs " + (dir / "orgs").string() + " --templates " + SIYASA_SOURCE_DIR +
           "/templates --fonts " + SIYASA_SOURCE_DIR + "/fonts --out " + (dir / "out").string() +
           " --jobs 2 " + extra;
  }
  fs::path dir;
};

TEST_F(BuildCli, WritesTheSiteOfEveryOrganisationThenSkipsWhatIsUpToDate) {
  auto first = siyasa(build("--only web"));
  ASSERT_EQ(first.status, 0) << first.output;
  EXPECT_TRUE(fs::exists(dir / "out" / "mafatih" / "site" / "index.html"));
  EXPECT_TRUE(fs::exists(dir / "out" / "kiswa" / "site" / "beneficiary-relations.html"));
  EXPECT_NE(first.output.find("0 up to date"), std::string::npos) << first.output;

  auto second = siyasa(build("--only web"));
  ASSERT_EQ(second.status, 0) << second.output;
  EXPECT_NE(second.output.find("0 documents built"), std::string::npos) << second.output;

  // An edit to one organisation rebuilds that organisation only.
  std::ofstream(dir / "orgs" / "kiswa.toml", std::ios::app) << "\n# edited\n";
  auto third = siyasa(build("--only web"));
  const std::string kiswa = line_starting(third.output, "kiswa: ");
  EXPECT_EQ(kiswa.find("0 built"), std::string::npos) << third.output;
  EXPECT_EQ(kiswa.find("up to date"), std::string::npos) << third.output;
  EXPECT_EQ(line_starting(third.output, "mafatih: ").find("mafatih: 0 built,"), 0u) << third.output;

  auto forced = siyasa(build("--only web --force"));
  EXPECT_NE(forced.output.find("0 up to date"), std::string::npos) << forced.output;
}

TEST_F(BuildCli, OneBrokenOrganisationFailsAloneWithExitOne) {
  std::ofstream(dir / "orgs" / "broken.toml") << "name = \"جمعية\"\nkind = \"association\"\nnmae = 1\n";
  auto run = siyasa(build("--only web"));
  EXPECT_EQ(run.status, 1) << run.output;
  EXPECT_NE(run.output.find("broken.toml:3:1: error:"), std::string::npos) << run.output;
  EXPECT_NE(run.output.find("broken: FAILED"), std::string::npos) << run.output;
  EXPECT_TRUE(fs::exists(dir / "out" / "mafatih" / "site" / "index.html"));
  EXPECT_FALSE(fs::exists(dir / "out" / "broken"));
}

TEST_F(BuildCli, UnknownOrganisationIsAnError) {
  auto run = siyasa(build("--org nobody"));
  EXPECT_EQ(run.status, 1) << run.output;
  EXPECT_NE(run.output.find("no organisation 'nobody'"), std::string::npos) << run.output;
}

}  // namespace
