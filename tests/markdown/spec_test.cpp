// Literate spec files for the markdown stage (tests/markdown/spec/*.spec). Each example is
//   %%%% example: NAME [first_line=N]
//   <Markdown>
//   %%%% trace            expected trace_doctree output
//   %%%% text arab|latn   expected render_plain_text output (optional, any number)
//   %%%% warnings         expected diagnostics, one format_diagnostic per line (optional)
//   %%%% end
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "markdown/doctree.h"
#include "markdown/plain_text.h"
#include "trace.h"

namespace siyasa {
namespace {

struct Example {
  std::string name;
  int first_line = 1;
  int file_line = 0;
  std::string markdown;
  std::map<std::string, std::string> expected;  // section name → text
};

std::vector<Example> read_examples(const std::filesystem::path& file) {
  std::ifstream in(file);
  std::vector<Example> examples;
  std::string line;
  std::string* section = nullptr;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.rfind("%%%% ", 0) != 0) {
      if (section) *section += line + "\n";
      continue;
    }
    const std::string marker = line.substr(5);
    if (marker.rfind("example: ", 0) == 0) {
      Example e;
      e.name = marker.substr(9);
      e.file_line = number;
      if (auto at = e.name.find(" first_line="); at != std::string::npos) {
        e.first_line = std::stoi(e.name.substr(at + 12));
        e.name.resize(at);
      }
      examples.push_back(std::move(e));
      section = &examples.back().markdown;
    } else if (marker == "end") {
      section = nullptr;
    } else if (!examples.empty()) {
      section = &examples.back().expected[marker];
    }
  }
  return examples;
}

std::string format_all(const Diagnostics& diagnostics) {
  std::string out;
  for (const Diagnostic& d : diagnostics) out += format_diagnostic(d) + "\n";
  return out;
}

TEST(MarkdownSpec, EveryExampleMatches) {
  const std::filesystem::path folder = std::filesystem::path(SIYASA_TEST_DATA) / "markdown/spec";
  int count = 0;
  for (const auto& entry : std::filesystem::directory_iterator(folder)) {
    if (entry.path().extension() != ".spec") continue;
    for (const Example& e : read_examples(entry.path())) {
      ++count;
      SCOPED_TRACE(entry.path().filename().string() + ":" + std::to_string(e.file_line) + ": " +
                   e.name);
      const Result<DocTree> tree = parse_markdown(e.markdown, "policy.md", e.first_line);
      ASSERT_TRUE(tree.ok());
      ASSERT_TRUE(e.expected.count("trace")) << "example without a trace section";
      EXPECT_EQ(testing::trace_doctree(*tree), e.expected.at("trace"));
      if (e.expected.count("text arab")) {
        EXPECT_EQ(render_plain_text(*tree, Numerals::arab), e.expected.at("text arab"));
      }
      if (e.expected.count("text latn")) {
        EXPECT_EQ(render_plain_text(*tree, Numerals::latn), e.expected.at("text latn"));
      }
      const std::string warnings =
          e.expected.count("warnings") ? e.expected.at("warnings") : std::string();
      EXPECT_EQ(format_all(tree.diagnostics), warnings);
    }
  }
  EXPECT_GT(count, 10) << "spec files missing or unreadable in " << folder;
}

}  // namespace
}  // namespace siyasa
