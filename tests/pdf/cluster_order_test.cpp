// arrange_run: what cairo is asked to write for a run (glyph order, clusters, the text given
// to cairo), checked on hand-made runs; no fonts involved.
#include <gtest/gtest.h>

#include <numeric>

#include "pdf/cluster_order.h"

namespace siyasa {
namespace {

const std::string kWordJoiner = "\u2060", kRtlMark = "\u200F";

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

// Every byte of the text cairo gets and every glyph belong to exactly one cluster.
void expect_consistent(const CairoRun& out) {
  int bytes = 0, glyphs = 0;
  for (const auto& c : out.clusters) {
    bytes += c.num_bytes;
    glyphs += c.num_glyphs;
    EXPECT_TRUE(c.num_bytes > 0 || c.num_glyphs > 0);
  }
  EXPECT_EQ(bytes, static_cast<int>(out.text.size()));
  EXPECT_EQ(glyphs, static_cast<int>(out.glyphs.size()));
}

TEST(ArrangeRun, LeftToRightRunKeepsGlyphAndClusterOrder) {
  GlyphRun run = make_run("abc", false, {0, 1, 2}, {5, 5, 5});
  CairoRun out = arrange_run(run, 100, 50, options_with_spacer());
  expect_consistent(out);
  EXPECT_EQ(out.flags, 0);
  EXPECT_EQ(out.text, "abc");
  ASSERT_EQ(out.glyphs.size(), 3u);
  EXPECT_EQ(out.glyphs[0].index, 100u);
  EXPECT_DOUBLE_EQ(out.glyphs[1].x, 105);
  EXPECT_DOUBLE_EQ(out.glyphs[2].y, 50);
}

TEST(ArrangeRun, RightToLeftRunIsBackwardWithFirstCharacterAtTheEnd) {
  // "سلم": glyphs in visual order show bytes 4, 2, 0 (left to right).
  GlyphRun run = make_run("سلم", true, {4, 2, 0}, {5, 5, 5});
  CairoRun out = arrange_run(run, 0, 0, options_with_spacer());
  expect_consistent(out);
  EXPECT_EQ(out.flags, CAIRO_TEXT_CLUSTER_FLAG_BACKWARD);
  EXPECT_EQ(out.text, "سلم");
  ASSERT_EQ(out.clusters.size(), 3u);
  EXPECT_EQ(out.clusters[0].num_bytes, 2);
  // cairo takes the first (logical) cluster from the end of the array: the rightmost glyph.
  EXPECT_EQ(out.glyphs.back().index, 102u);
  EXPECT_DOUBLE_EQ(out.glyphs.back().x, 10);
}

TEST(ArrangeRun, KernedGlyphGetsASpacerAtItsPenPosition) {
  // The middle glyph is drawn 2pt right of its pen position (kerning as an offset): a reader
  // would see a gap on its left, so a spacer stands at the pen position.
  GlyphRun run = make_run("abc", false, {0, 1, 2}, {5, 7, 5});
  run.glyphs[1].x += 2;
  CairoRun out = arrange_run(run, 0, 0, options_with_spacer());
  expect_consistent(out);
  ASSERT_EQ(out.clusters.size(), 3u);
  EXPECT_EQ(out.clusters[1].num_glyphs, 2);
  EXPECT_EQ(out.glyphs[1].index, 1u);  // the spacer, written first in its cluster
  EXPECT_DOUBLE_EQ(out.glyphs[1].x, 5);
  // Glyphs whose boxes already meet get none.
  EXPECT_EQ(out.clusters[0].num_glyphs, 1);
}

TEST(ArrangeRun, NoSpacerWithoutASpacerGlyph) {
  GlyphRun run = make_run("abc", false, {0, 1, 2}, {5, 7, 5});
  run.glyphs[1].x += 2;
  ArrangeOptions options = options_with_spacer();
  options.spacer.reset();
  CairoRun out = arrange_run(run, 0, 0, options);
  expect_consistent(out);
  EXPECT_EQ(out.glyphs.size(), 3u);
}

TEST(ArrangeRun, LetterAndMarkBecomeTwoClustersLetterFirst) {
  // "اً": alef (advance 5) and fathatan (advance 0), the mark left of its base in visual order.
  GlyphRun run = make_run("اً", true, {0, 0}, {0, 5});
  CairoRun out = arrange_run(run, 0, 0, options_with_spacer());
  expect_consistent(out);
  EXPECT_EQ(out.text, "اً");
  ASSERT_EQ(out.clusters.size(), 2u);
  EXPECT_EQ(out.clusters[0].num_bytes, 2);  // alef
  EXPECT_EQ(out.clusters[1].num_bytes, 2);  // fathatan
  // Backward: the first cluster (alef, glyph 101) is at the end of the array.
  EXPECT_EQ(out.glyphs.back().index, 101u);
}

TEST(ArrangeRun, SpaceAtTheEndsOfAnRtlRunIsMarkedRightToLeft) {
  // " وتاريخ"-like: a space, then two letters; the space borders the previous run (a number).
  GlyphRun run = make_run(" بت", true, {3, 1, 0}, {5, 5, 3});
  CairoRun out = arrange_run(run, 0, 0, options_with_spacer());
  expect_consistent(out);
  EXPECT_EQ(out.text.rfind(kRtlMark + " " + kRtlMark, 0), 0u) << out.text;
  EXPECT_EQ(without(out.text, kRtlMark), run.text);
  // Spaces inside a run are left alone.
  GlyphRun inner = make_run("ب ت", true, {3, 2, 0}, {5, 3, 5});
  EXPECT_EQ(arrange_run(inner, 0, 0, options_with_spacer()).text, "ب ت");
}

TEST(ArrangeRun, HangingSpaceIsNotMarked) {
  GlyphRun run = make_run("بت ", true, {3, 2, 0}, {0, 5, 5});  // the space has no width
  EXPECT_EQ(arrange_run(run, 0, 0, options_with_spacer()).text, "بت ");
}

TEST(ArrangeRun, ClaimedTatweelBecomesAWordJoinerClusterOfItsOwn) {
  // "لخ" where the font drew خ as a tatweel (glyph 101) plus the letter (glyph 102).
  GlyphRun run = make_run("لخ", true, {2, 2, 0}, {3, 3, 5});
  ArrangeOptions options = options_with_spacer();
  options.claim_extra_glyph = [](std::uint32_t glyph) { return glyph == 100; };
  CairoRun out = arrange_run(run, 0, 0, options);
  expect_consistent(out);
  EXPECT_EQ(without(out.text, kWordJoiner), run.text);
  EXPECT_NE(out.text.find("خ" + kWordJoiner), std::string::npos) << out.text;
  // Without a claim the two glyphs stay one cluster.
  options.claim_extra_glyph = nullptr;
  CairoRun plain = arrange_run(run, 0, 0, options);
  EXPECT_EQ(plain.text, run.text);
  EXPECT_EQ(plain.clusters.size(), 2u);
}

TEST(ArrangeRun, CharactersBeforeTheFirstClusterJoinIt) {
  GlyphRun run = make_run("xab", false, {1, 2}, {5, 5});
  CairoRun out = arrange_run(run, 0, 0, options_with_spacer());
  expect_consistent(out);
  EXPECT_EQ(out.clusters[0].num_bytes, 2);
}

TEST(ArrangeRun, ClusterGoingBackJoinsThePreviousOne) {
  GlyphRun run = make_run("abc", false, {0, 2, 1}, {5, 5, 5});
  CairoRun out = arrange_run(run, 0, 0, options_with_spacer());
  expect_consistent(out);
  EXPECT_EQ(out.text, "abc");
}

}  // namespace
}  // namespace siyasa
