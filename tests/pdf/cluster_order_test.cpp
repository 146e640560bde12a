// arrange_run: the clusters the PDF writer writes for a run (their order, text and glyphs),
// checked on hand-made runs; no fonts involved.
#include <gtest/gtest.h>

#include <numeric>

#include "pdf/cluster_order.h"

namespace siyasa {
namespace {

const std::string kRtlMark = "\u200F";

// A run whose glyph i shows the character starting at byte starts[i]; glyphs in visual order.
GlyphRun make_run(const std::string& text, bool rtl, const std::vector<std::uint32_t>& clusters,
                  const std::vector<double>& advances) {
  GlyphRun run;
  run.text = text;
  run.rtl = rtl;
  run.size = 10;
  double pen = 0;
  for (std::size_t i = 0; i < clusters.size(); ++i) {
    run.glyphs.push_back({static_cast<std::uint32_t>(100 + i), pen, 0, advances[i], clusters[i]});
    pen += advances[i];
  }
  run.width = pen;
  return run;
}

ArrangeOptions options_with_spacer() {
  ArrangeOptions options;
  options.font_advance = [](std::uint32_t glyph) { return glyph == 1 ? 1.0 : 5.0; };
  options.spacer = SpacerGlyph{1, 1.0};
  return options;
}

std::string without(std::string text, const std::string& piece) {
  for (std::size_t at; (at = text.find(piece)) != std::string::npos;) text.erase(at, piece.size());
  return text;
}

// The clusters' texts one after another: what a reader that honours ActualText copies.
std::string text_of(const ArrangedRun& out) {
  std::string text;
  for (const WrittenCluster& c : out.clusters) text += c.text;
  return text;
}

// Every cluster has text and glyphs, and the clusters take the glyphs one after another.
void expect_consistent(const ArrangedRun& out) {
  std::uint32_t next = 0;
  for (const WrittenCluster& c : out.clusters) {
    EXPECT_FALSE(c.text.empty());
    EXPECT_GT(c.count, 0u);
    EXPECT_EQ(c.first, next);
    next = c.first + c.count;
  }
  EXPECT_EQ(next, out.glyphs.size());
}

// The glyphs of cluster k.
std::span<const PlacedGlyph> glyphs_in(const ArrangedRun& out, std::size_t k) {
  return out.glyphs_of(out.clusters.at(k));
}

TEST(ArrangeRun, LeftToRightRunKeepsGlyphAndClusterOrder) {
  GlyphRun run = make_run("abc", false, {0, 1, 2}, {5, 5, 5});
  const auto out = arrange_run(run, 100, 50, options_with_spacer());
  expect_consistent(out);
  EXPECT_EQ(text_of(out), "abc");
  const auto& glyphs = out.glyphs;
  ASSERT_EQ(glyphs.size(), 3u);
  EXPECT_EQ(glyphs[0].index, 100u);
  EXPECT_DOUBLE_EQ(glyphs[1].x, 105);
  EXPECT_DOUBLE_EQ(glyphs[2].y, 50);
}

TEST(ArrangeRun, RightToLeftRunIsWrittenInLogicalOrderFromTheRight) {
  // "سلم": glyphs in visual order show bytes 4, 2, 0 (left to right).
  GlyphRun run = make_run("سلم", true, {4, 2, 0}, {5, 5, 5});
  const auto out = arrange_run(run, 0, 0, options_with_spacer());
  expect_consistent(out);
  ASSERT_EQ(out.clusters.size(), 3u);
  EXPECT_EQ(out.clusters[0].text, "س");
  // The first (logical) cluster is the rightmost glyph.
  EXPECT_EQ(glyphs_in(out, 0)[0].index, 102u);
  EXPECT_DOUBLE_EQ(glyphs_in(out, 0)[0].x, 10);
  EXPECT_EQ(glyphs_in(out, 2)[0].index, 100u);
}

TEST(ArrangeRun, KernedGlyphGetsASpacerAtItsPenPosition) {
  // The middle glyph is drawn 2pt right of its pen position (kerning as an offset): a reader
  // would see a gap on its left, so a spacer stands at the pen position.
  GlyphRun run = make_run("abc", false, {0, 1, 2}, {5, 7, 5});
  run.glyphs[1].x += 2;
  const auto out = arrange_run(run, 0, 0, options_with_spacer());
  expect_consistent(out);
  ASSERT_EQ(out.clusters.size(), 3u);
  ASSERT_EQ(glyphs_in(out, 1).size(), 2u);
  EXPECT_EQ(glyphs_in(out, 1)[0].index, 1u);  // the spacer, written first in its cluster
  EXPECT_DOUBLE_EQ(glyphs_in(out, 1)[0].x, 5);
  // Glyphs whose boxes already meet get none.
  EXPECT_EQ(glyphs_in(out, 0).size(), 1u);
}

TEST(ArrangeRun, NoSpacerWithoutASpacerGlyph) {
  GlyphRun run = make_run("abc", false, {0, 1, 2}, {5, 7, 5});
  run.glyphs[1].x += 2;
  ArrangeOptions options = options_with_spacer();
  options.spacer.reset();
  const auto out = arrange_run(run, 0, 0, options);
  expect_consistent(out);
  EXPECT_EQ(out.glyphs.size(), 3u);
}

TEST(ArrangeRun, LetterAndMarkBecomeTwoClustersLetterFirst) {
  // "اً": alef (advance 5) and fathatan (advance 0), the mark left of its base in visual order.
  GlyphRun run = make_run("اً", true, {0, 0}, {0, 5});
  const auto out = arrange_run(run, 0, 0, options_with_spacer());
  expect_consistent(out);
  ASSERT_EQ(out.clusters.size(), 2u);
  EXPECT_EQ(out.clusters[0].text, "ا");
  EXPECT_EQ(glyphs_in(out, 0)[0].index, 101u);
  EXPECT_EQ(out.clusters[1].text, "ً");
}

TEST(ArrangeRun, SpaceAtTheEndsOfAnRtlRunIsMarkedRightToLeft) {
  // " وتاريخ"-like: a space, then two letters; the space borders the previous run (a number).
  GlyphRun run = make_run(" بت", true, {3, 1, 0}, {5, 5, 3});
  const auto out = arrange_run(run, 0, 0, options_with_spacer());
  expect_consistent(out);
  EXPECT_EQ(text_of(out).rfind(kRtlMark + " " + kRtlMark, 0), 0u) << text_of(out);
  EXPECT_EQ(without(text_of(out), kRtlMark), run.text);
  // Spaces inside a run are left alone.
  GlyphRun inner = make_run("ب ت", true, {3, 2, 0}, {5, 3, 5});
  EXPECT_EQ(text_of(arrange_run(inner, 0, 0, options_with_spacer())), "ب ت");
}

TEST(ArrangeRun, HangingSpaceIsNotMarked) {
  GlyphRun run = make_run("بت ", true, {3, 2, 0}, {0, 5, 5});  // the space has no width
  EXPECT_EQ(text_of(arrange_run(run, 0, 0, options_with_spacer())), "بت ");
}

TEST(ArrangeRun, TatweelInsideALetterStaysInItsCluster) {
  // "لخ" where the font drew خ as a tatweel (glyph 101) plus the letter (glyph 100).
  GlyphRun run = make_run("لخ", true, {2, 2, 0}, {3, 3, 5});
  const auto out = arrange_run(run, 0, 0, options_with_spacer());
  expect_consistent(out);
  ASSERT_EQ(out.clusters.size(), 2u);
  EXPECT_EQ(out.clusters[1].text, "خ");
  EXPECT_EQ(glyphs_in(out, 1).size(), 2u);
}

TEST(ArrangeRun, CharactersBeforeTheFirstClusterJoinIt) {
  GlyphRun run = make_run("xab", false, {1, 2}, {5, 5});
  const auto out = arrange_run(run, 0, 0, options_with_spacer());
  expect_consistent(out);
  EXPECT_EQ(out.clusters[0].text, "xa");
}

TEST(ArrangeRun, ClusterGoingBackJoinsThePreviousOne) {
  GlyphRun run = make_run("abc", false, {0, 2, 1}, {5, 5, 5});
  const auto out = arrange_run(run, 0, 0, options_with_spacer());
  expect_consistent(out);
  EXPECT_EQ(text_of(out), "abc");
}

}  // namespace
}  // namespace siyasa
