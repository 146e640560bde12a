// `siyasa render --format html` through the binary: a self-contained page, or with --fragment
// the policy body alone; both to a file or to stdout. Runs from the repository root (ctest's
// working directory), on the repository's own organisations and templates.
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/wait.h>

#include "support/scratch.h"

namespace {

namespace fs = std::filesystem;

struct Outcome {
  int status = -1;
  std::string output;  // stdout only; stderr is left to the test log
};

Outcome siyasa(const std::string& args) {
  const std::string command = std::string(SIYASA_BINARY) + " " + args;
  Outcome run;
  FILE* pipe = popen(command.c_str(), "r");
  std::array<char, 4096> buffer;
  while (size_t n = fread(buffer.data(), 1, buffer.size(), pipe)) run.output.append(buffer.data(), n);
  const int raw = pclose(pipe);
  run.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  return run;
}

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

TEST(RenderHtml, WritesOneSelfContainedPage) {
  const fs::path out = siyasa::test::test_scratch_folder("render") / "page.html";
  const Outcome run = siyasa("render --org orgs/mafatih.toml --policy beneficiary-relations "
                         "--format html -o " + out.string());
  ASSERT_EQ(run.status, 0);
  std::ifstream in(out);
  std::stringstream page;
  page << in.rdbuf();
  const std::string html = page.str();
  EXPECT_EQ(html.rfind("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">", 0), 0u);
  EXPECT_TRUE(contains(html, "<style>"));
  EXPECT_TRUE(contains(html, "وقف مفاتيح الخير"));
  EXPECT_TRUE(contains(html, "class=\"approval\""));
  EXPECT_FALSE(contains(html, "href=\"assets/"));
  EXPECT_FALSE(contains(html, "<script"));
  fs::remove(out);
}

TEST(RenderHtml, FragmentToStdoutIsTheBodyOnly) {
  const Outcome run = siyasa("render --org orgs/kiswa.toml --policy beneficiary-relations "
                         "--format html --fragment -o -");
  ASSERT_EQ(run.status, 0);
  EXPECT_EQ(run.output.rfind("<div class=\"siyasa-policy\" lang=\"ar\" dir=\"rtl\">", 0), 0u);
  EXPECT_FALSE(contains(run.output, "<html"));
  EXPECT_FALSE(contains(run.output, "<style"));
  EXPECT_TRUE(contains(run.output, "<h2 id=\"h-1\">"));
}

TEST(RenderHtml, UnknownPolicyIsInvalidInputAndWritesNothing) {
  const fs::path out = siyasa::test::test_scratch_folder("render") / "missing.html";
  const Outcome run = siyasa("render --org orgs/kiswa.toml --policy no-such-policy --format html -o " +
                         out.string() + " 2>/dev/null");
  EXPECT_EQ(run.status, 1);
  EXPECT_FALSE(fs::exists(out));
}

}  // namespace
