// Hostile input for the markdown stage: deep nesting and very long paragraphs must finish fast,
// keep the text, and cap the DocTree's depth (with a warning) instead of exhausting the stack.
#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "markdown/doctree.h"
#include "markdown/plain_text.h"

namespace siyasa {
namespace {

using Clock = std::chrono::steady_clock;

// Generous enough for a debug build under AddressSanitizer; quadratic behaviour takes minutes.
constexpr auto kTimeLimit = std::chrono::seconds(5);

std::string repeat(std::string_view piece, int times) {
  std::string out;
  out.reserve(piece.size() * times);
  for (int i = 0; i < times; ++i) out += piece;
  return out;
}

int depth_of(const std::vector<Block>& blocks) {
  int deepest = 0;
  for (const Block& b : blocks) deepest = std::max(deepest, 1 + depth_of(b.children));
  return deepest;
}

struct Parsed {
  Result<DocTree> tree;
  Clock::duration took;
};

Parsed parse_timed(const std::string& markdown) {
  const auto start = Clock::now();
  Result<DocTree> tree = parse_markdown(markdown, "hostile.md");
  return {std::move(tree), Clock::now() - start};
}

bool has_warning(const Diagnostics& diagnostics) {
  for (const Diagnostic& d : diagnostics) {
    if (d.severity == Severity::warning && d.message.find("nested deeper") != std::string::npos) {
      return true;
    }
  }
  return false;
}

TEST(MarkdownHostile, TenThousandNestedListsAreCappedWithAWarning) {
  const Parsed p = parse_timed(repeat("- ", 10000) + "النص\n");
  ASSERT_TRUE(p.tree.ok());
  EXPECT_LT(p.took, kTimeLimit);
  EXPECT_LE(depth_of(p.tree->blocks), kMaxMarkdownNesting + 1);
  EXPECT_TRUE(has_warning(p.tree.diagnostics));
  EXPECT_NE(render_plain_text(*p.tree, Numerals::arab).find("النص"), std::string::npos);
}

TEST(MarkdownHostile, TenThousandNestedQuotesAreCapped) {
  const Parsed p = parse_timed(repeat("> ", 10000) + "quoted\n");
  ASSERT_TRUE(p.tree.ok());
  EXPECT_LT(p.took, kTimeLimit);
  EXPECT_LE(depth_of(p.tree->blocks), kMaxMarkdownNesting + 1);
  EXPECT_TRUE(has_warning(p.tree.diagnostics));
  EXPECT_NE(render_plain_text(*p.tree, Numerals::arab).find("quoted"), std::string::npos);
}

TEST(MarkdownHostile, TheDepthWarningPointsAtTheFirstTooDeepBlock) {
  // Quotes 1..32 are kept; the 33rd starts after 32 "> " markers, at column 65.
  const Result<DocTree> tree = parse_markdown(repeat("> ", 40) + "x\n", "policy.md", 7);
  ASSERT_TRUE(tree.ok());
  ASSERT_EQ(tree.diagnostics.size(), 1u);
  EXPECT_EQ(format_diagnostic(tree.diagnostics[0]),
            "policy.md:7:65: warning: lists or quotes nested deeper than 32 levels; the deeper "
            "part is kept as plain text\n  hint: flatten the nesting in the template");
}

TEST(MarkdownHostile, IndentedListsNestedOnSeparateLinesAreCapped) {
  std::string markdown;
  for (int i = 0; i < 2000; ++i) markdown += std::string(2 * i, ' ') + "- item\n";
  const Parsed p = parse_timed(markdown);
  ASSERT_TRUE(p.tree.ok());
  EXPECT_LT(p.took, kTimeLimit);
  EXPECT_LE(depth_of(p.tree->blocks), kMaxMarkdownNesting + 1);
}

TEST(MarkdownHostile, TenThousandNestedBracketsStayText) {
  const Parsed p = parse_timed(repeat("[", 10000) + "x" + repeat("](u)", 10000) + "\n");
  ASSERT_TRUE(p.tree.ok());
  EXPECT_LT(p.took, kTimeLimit);
  ASSERT_EQ(p.tree->blocks.size(), 1u);
  EXPECT_NE(plain_text(p.tree->blocks[0].spans).find('x'), std::string::npos);
}

TEST(MarkdownHostile, TenThousandNestedEmphasisFinishes) {
  const Parsed p = parse_timed(repeat("*a **", 10000) + "b" + repeat(" a**", 10000) + "\n");
  ASSERT_TRUE(p.tree.ok());
  EXPECT_LT(p.took, kTimeLimit);
  ASSERT_EQ(p.tree->blocks.size(), 1u);
  EXPECT_NE(plain_text(p.tree->blocks[0].spans).find('b'), std::string::npos);
}

TEST(MarkdownHostile, OneMegabyteParagraphKeepsEveryByte) {
  const std::string words = repeat("سياسة تنظيم العلاقة مع المستفيدين ", 1024 * 1024 / 62);
  const Parsed p = parse_timed(words + "\n");
  ASSERT_TRUE(p.tree.ok());
  EXPECT_LT(p.took, kTimeLimit);
  ASSERT_EQ(p.tree->blocks.size(), 1u);
  // cmark strips the paragraph's final space.
  EXPECT_EQ(plain_text(p.tree->blocks[0].spans), words.substr(0, words.size() - 1));
}

TEST(MarkdownHostile, InvalidUtf8IsReplacedNotPassedOn) {
  const Parsed p = parse_timed("abc\xff\xfe def\n");
  ASSERT_TRUE(p.tree.ok());
  ASSERT_EQ(p.tree->blocks.size(), 1u);
  EXPECT_EQ(plain_text(p.tree->blocks[0].spans), "abc\xEF\xBF\xBD\xEF\xBF\xBD def");
}

}  // namespace
}  // namespace siyasa
