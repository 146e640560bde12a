// Hostile input for the markdown stage: deep nesting and very long paragraphs must finish fast;
// nesting past the limit is an error that says how deep it goes, never an exhausted stack.
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

// The one error a too-deep document gets, formatted; empty when it parsed.
std::string depth_error(const Result<DocTree>& tree) {
  if (tree.ok() || tree.diagnostics.size() != 1) return {};
  return format_diagnostic(tree.diagnostics[0]);
}

constexpr const char* kDepthHint =
    "\n  hint: flatten the nesting in the template: fewer lists inside lists (or quotes inside "
    "quotes), or headings for the outer levels";

TEST(MarkdownHostile, TenThousandNestedListsAreAnErrorSayingHowDeep) {
  // The 33rd list starts after 32 "- " markers, at column 65.
  const Parsed p = parse_timed(repeat("- ", 10000) + "النص\n");
  EXPECT_LT(p.took, kTimeLimit);
  EXPECT_EQ(depth_error(p.tree),
            std::string("hostile.md:1:65: error: lists or quotes nested 10000 levels deep; the limit "
                        "is 32") + kDepthHint);
}

TEST(MarkdownHostile, TenThousandNestedQuotesAreAnError) {
  const Parsed p = parse_timed(repeat("> ", 10000) + "quoted\n");
  EXPECT_LT(p.took, kTimeLimit);
  EXPECT_EQ(depth_error(p.tree),
            std::string("hostile.md:1:65: error: lists or quotes nested 10000 levels deep; the limit "
                        "is 32") + kDepthHint);
}

TEST(MarkdownHostile, TheDepthErrorPointsAtTheFirstTooDeepBlockOfTheTemplate) {
  // Quotes 1..32 are allowed; the 33rd starts after 32 "> " markers, at column 65, on the
  // template's line 7 (the body starts there).
  const Result<DocTree> tree = parse_markdown(repeat("> ", 40) + "x\n", "policy.md", 7);
  EXPECT_EQ(depth_error(tree),
            std::string("policy.md:7:65: error: lists or quotes nested 40 levels deep; the limit is "
                        "32") + kDepthHint);
}

TEST(MarkdownHostile, ThirtyTwoLevelsOfListsAndQuotesAreKept) {
  // A list item is on its list's level: 32 lists make 32 list blocks and 32 item blocks.
  const Result<DocTree> lists = parse_markdown(repeat("- ", 32) + "بند\n", "policy.md");
  ASSERT_TRUE(lists.ok()) << depth_error(lists);
  EXPECT_TRUE(lists.diagnostics.empty());
  EXPECT_EQ(depth_of(lists->blocks), 2 * 32 + 1);  // + the paragraph
  EXPECT_NE(render_plain_text(*lists, Numerals::arab).find("بند"), std::string::npos);

  const Result<DocTree> mixed = parse_markdown(repeat("> - ", 16) + "بند\n", "policy.md");
  ASSERT_TRUE(mixed.ok()) << depth_error(mixed);
  EXPECT_EQ(depth_of(mixed->blocks), 16 + 2 * 16 + 1);

  const Result<DocTree> deeper = parse_markdown(repeat("> - ", 16) + "> بند\n", "policy.md");
  EXPECT_EQ(depth_error(deeper),
            std::string("policy.md:1:65: error: lists or quotes nested 33 levels deep; the limit is "
                        "32") + kDepthHint);
}

TEST(MarkdownHostile, IndentedListsNestedOnSeparateLinesAreAnError) {
  std::string markdown;
  for (int i = 0; i < 2000; ++i) markdown += std::string(2 * i, ' ') + "- item\n";
  const Parsed p = parse_timed(markdown);
  EXPECT_LT(p.took, kTimeLimit);
  // The 33rd list is on line 33, indented by 64 spaces.
  EXPECT_EQ(depth_error(p.tree),
            std::string("hostile.md:33:65: error: lists or quotes nested 2000 levels deep; the "
                        "limit is 32") + kDepthHint);
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
