// arrange_run: the glyphs the PDF writer writes for a run (their order, text, phantoms and
// outlines), checked on hand-made runs; no fonts involved.
#include <gtest/gtest.h>

#include <algorithm>

#include "pdf/cluster_order.h"
#include "pdf/pdf_objects.h"

namespace siyasa {
namespace {

constexpr std::uint32_t kSpace = 3, kTatweel = 7;

// A run whose glyph i shows the character starting at byte clusters[i]; glyphs in visual order,
// glyph IDs `ids`.
GlyphRun make_run(const std::string& text, bool rtl, const std::vector<std::uint32_t>& ids,
                  const std::vector<std::uint32_t>& clusters, const std::vector<double>& advances) {
  GlyphRun run;
  run.text = text;
  run.rtl = rtl;
  run.size = 10;
  double pen = 0;
  for (std::size_t i = 0; i < clusters.size(); ++i) {
    run.glyphs.push_back({ids[i], pen, 0, advances[i], clusters[i]});
    pen += advances[i];
  }
  run.width = pen;
  return run;
}

// The font's cmap: glyph 100 + k shows the k-th of these characters.
const std::u32string kCmap = U"بسماللهِ";

ArrangeOptions options() {
  ArrangeOptions o;
  o.own_character = [](std::uint32_t glyph) -> std::optional<char32_t> {
    if (glyph >= 100 && glyph < 100 + kCmap.size()) return kCmap[glyph - 100];
    return std::nullopt;
  };
  o.is_tatweel = [](std::uint32_t glyph) { return glyph == kTatweel; };
  o.phantom = kSpace;
  return o;
}

std::u32string u32(const std::string& s) { return decode_utf8(s); }

// What a reader that reverses a right-to-left line glyph by glyph copies.
std::u32string read_rtl(const std::vector<WrittenGlyph>& glyphs) {
  std::u32string text;
  for (auto g = glyphs.rbegin(); g != glyphs.rend(); ++g) text += g->text;
  return text;
}

TEST(ArrangeRun, RightToLeftGlyphsAreWrittenLeftToRightAndReadBackInLogicalOrder) {
  // "بسم": HarfBuzz gives the glyphs right to left reversed: م (byte 4), س (2), ب (0).
  const GlyphRun run = make_run("بسم", true, {102, 101, 100}, {4, 2, 0}, {5, 5, 5});
  const auto out = arrange_run(run, 100, 50, options());
  ASSERT_EQ(out.size(), 3u);
  EXPECT_EQ(out[0].index, 102u);
  EXPECT_DOUBLE_EQ(out[0].x, 100);
  EXPECT_DOUBLE_EQ(out[2].x, 110);
  EXPECT_DOUBLE_EQ(out[2].y, 50);
  EXPECT_EQ(read_rtl(out), u32("بسم"));
}

TEST(ArrangeRun, ArabicIndicDigitsInALeftToRightRunOverlapTheNextGlyph) {
  // "١٤/٣": every glyph but the last is followed by a digit, or by a slash after one (MuPDF
  // reads it right to left too), so its code reaches past the next glyph.
  const GlyphRun digits = make_run("١٤/٣", false, {80, 81, 91, 82}, {0, 2, 4, 5}, {5, 5, 3, 5});
  const auto out = arrange_run(digits, 0, 0, options());
  ASSERT_EQ(out.size(), 4u);
  EXPECT_TRUE(out[0].overlaps_next);
  EXPECT_TRUE(out[1].overlaps_next);
  EXPECT_TRUE(out[2].overlaps_next);
  EXPECT_FALSE(out[3].overlaps_next);

  // MuPDF starts each text object left to right: a space before the first digit keeps its width.
  const GlyphRun spaced = make_run(" ١٢", false, {kSpace, 80, 81}, {0, 1, 3}, {3, 5, 5});
  const auto spaced_out = arrange_run(spaced, 0, 0, options());
  ASSERT_EQ(spaced_out.size(), 3u);
  EXPECT_FALSE(spaced_out[0].overlaps_next);
  EXPECT_TRUE(spaced_out[1].overlaps_next);

  // Not European digits or Latin (MuPDF reads them left to right), nor a digit followed by one.
  const GlyphRun latin = make_run("12 a", false, {80, 81, kSpace, 83}, {0, 1, 2, 3}, {5, 5, 3, 5});
  for (const WrittenGlyph& g : arrange_run(latin, 0, 0, options())) EXPECT_FALSE(g.overlaps_next);
  const GlyphRun mixed = make_run("١a٢", false, {80, 83, 81}, {0, 2, 3}, {5, 5, 5});
  for (const WrittenGlyph& g : arrange_run(mixed, 0, 0, options())) EXPECT_FALSE(g.overlaps_next);
  // Nor a right-to-left run, written in visual order for every reader.
  const GlyphRun rtl = make_run("بس", true, {101, 100}, {2, 0}, {5, 5});
  for (const WrittenGlyph& g : arrange_run(rtl, 0, 0, options())) EXPECT_FALSE(g.overlaps_next);
}

TEST(ArrangeRun, AMarkDrawnApartIsAnOutlineAndAPhantomAtItsLetterCarriesIt) {
  // "بِس": the kasra (glyph 107, no advance) comes before its letter in visual order.
  const GlyphRun run = make_run("بِس", true, {101, 107, 100}, {4, 0, 0}, {5, 0, 5});
  const auto out = arrange_run(run, 0, 0, options());
  ASSERT_EQ(out.size(), 4u);
  EXPECT_EQ(out[1].index, kSpace);  // the phantom, where its letter starts
  EXPECT_EQ(out[1].text, u32("ِ"));
  EXPECT_TRUE(out[1].mark);
  EXPECT_DOUBLE_EQ(out[1].x, 5);
  EXPECT_EQ(out[2].index, 107u);  // the mark's own glyph: no text, drawn as an outline
  EXPECT_TRUE(out[2].text.empty());
  EXPECT_EQ(out[3].text, u32("ب"));
  EXPECT_EQ(read_rtl(out), u32("بِس"));

  // At the start of what is written (the end of a line), RIGHT-TO-LEFT MARK + SPACE go first.
  const GlyphRun alone = make_run("بِ", true, {107, 100}, {0, 0}, {0, 5});
  EXPECT_EQ(read_rtl(arrange_run(alone, 0, 0, options())), u32("بِ") + U"\u200F ");
}

TEST(ArrangeRun, MarksWrittenBeforeTheirLetterStandWhereTheLetterStarts) {
  // "بِ" at the start of what is written: the kasra's glyph stands off its letter (2 to the
  // right), its phantom where the letter starts, not where the kasra is drawn (poppler took
  // them for a word of their own: "الرَّحِي ِم"), after the inkless space that starts the run.
  GlyphRun alone = make_run("بِ", true, {107, 100}, {0, 0}, {0, 5});
  alone.glyphs[0].x = 2;
  const auto out = arrange_run(alone, 100, 0, options());
  ASSERT_EQ(out.size(), 4u);
  EXPECT_EQ(out[0].text, U"\u200F ");
  EXPECT_DOUBLE_EQ(out[0].x, 99.9);
  EXPECT_EQ(out[1].text, u32("ِ"));
  EXPECT_EQ(out[2].index, 107u);
  EXPECT_DOUBLE_EQ(out[2].x, 102);  // the outline, where it is drawn
  EXPECT_EQ(out[3].text, u32("ب"));
  for (int k : {1, 3}) EXPECT_DOUBLE_EQ(out[k].x, 100) << k;

  // After a full stop (leftmost), whose last RIGHT-TO-LEFT MARK stands inside it: the kasra
  // of "بِ" stands where ب starts, not at the pen after that mark ("عَمَل ٍ.").
  const GlyphRun stop = make_run("بِ.", true, {90, 107, 100}, {4, 0, 0}, {4, 0, 5});
  const auto after = arrange_run(stop, 0, 0, options());
  const auto kasra = std::find_if(after.begin(), after.end(), [](const WrittenGlyph& g) { return g.text == U"\u0650"; });
  ASSERT_NE(kasra, after.end());
  EXPECT_DOUBLE_EQ(kasra->x, 4);
  EXPECT_EQ(read_rtl(after), u32("بِ") + U"\u200F\u200F.\u200F");
}

TEST(ArrangeRun, MarksOnOneLetterAreDrawnInCanonicalOrder) {
  // "سبَّ" typed shadda first: NFC puts the fatha (class 30) before the shadda (33). pdfium
  // copies a stretch of marks in drawing order, so they are drawn fatha first, on whichever
  // phantoms carry them (here glyph 50 draws the last letter and both marks).
  const GlyphRun run = make_run("سبَّ", true, {50, 101}, {2, 0}, {5, 5});
  const auto out = arrange_run(run, 0, 0, options());
  std::u32string drawn;  // the marks in drawing order
  for (const WrittenGlyph& g : out)
    for (char32_t c : g.text)
      if (is_combining_mark(c)) drawn += c;
  EXPECT_EQ(drawn, U"\u064E\u0651");
  // Readers that turn the line around glyph by glyph (pdf.js, MuPDF) get shadda first: the same
  // text to Unicode.
  EXPECT_EQ(read_rtl(out).substr(0, 2), u32("سب"));

  // Marks whose class is not known here (Quranic, Latin) keep the order they were typed in.
  const GlyphRun other = make_run("ب\u0651\u06E1", true, {50}, {0}, {5});
  std::u32string kept;
  for (const WrittenGlyph& g : arrange_run(other, 0, 0, options()))
    for (char32_t c : g.text)
      if (is_combining_mark(c)) kept += c;
  EXPECT_EQ(kept, U"\u0651\u06E1");
}

TEST(ArrangeRun, MarksALetterGlyphDrawsGoToAPhantomAfterItInReading) {
  // One glyph (no cmap entry) draws letter and mark.
  const GlyphRun run = make_run("بِ", true, {50}, {0}, {5});
  const auto out = arrange_run(run, 0, 0, options());
  ASSERT_EQ(out.size(), 3u);
  // The run starts with its word's haraka: an inkless space a hundredth of an em wide, right
  // before the letter, carries RIGHT-TO-LEFT MARK and SPACE first (for pdf.js).
  EXPECT_EQ(out[0].index, kSpace);
  EXPECT_EQ(out[0].text, U"\u200F ");
  EXPECT_FALSE(out[0].mark);
  EXPECT_DOUBLE_EQ(out[0].x, -0.1);
  EXPECT_EQ(out[1].text, u32("ِ"));
  EXPECT_TRUE(out[1].mark);
  EXPECT_EQ(out[2].index, 50u);
  EXPECT_EQ(out[2].text, u32("ب"));
  EXPECT_EQ(read_rtl(out), u32("بِ") + U"\u200F ");

  ArrangeOptions without = options();
  without.phantom.reset();
  const auto kept = arrange_run(run, 0, 0, without);
  ASSERT_EQ(kept.size(), 1u);
  EXPECT_EQ(kept[0].text, u32("بِ"));
}

TEST(ArrangeRun, ATatweelTheFontInsertsCarriesNoText) {
  // "ب" drawn as the letter plus a tatweel glyph (same cluster), then "س".
  const GlyphRun run = make_run("بس", true, {101, kTatweel, 100}, {2, 0, 0}, {5, 3, 5});
  const auto out = arrange_run(run, 0, 0, options());
  ASSERT_EQ(out.size(), 3u);
  EXPECT_EQ(out[1].index, kTatweel);
  EXPECT_TRUE(out[1].text.empty());
  EXPECT_EQ(read_rtl(out), u32("بس"));
}

TEST(ArrangeRun, BidiControlsAreNotCopied) {
  // "\u2066بس\u2069" (an isolated identifier, as the letterhead writes it): HarfBuzz gives the
  // isolates zero-width glyphs of their own (here the space glyph), right to left: U+2069 (byte 7),
  // س (5), ب (3), U+2066 (0). Readers must get the letters only.
  const GlyphRun run = make_run("\u2066بس\u2069", true, {kSpace, 101, 100, kSpace}, {7, 5, 3, 0}, {0, 5, 5, 0});
  const auto out = arrange_run(run, 0, 0, options());
  std::u32string all;
  for (const WrittenGlyph& g : out) all += g.text;
  EXPECT_EQ(all.find(U'\u2066'), std::u32string::npos);
  EXPECT_EQ(all.find(U'\u2069'), std::u32string::npos);
  EXPECT_EQ(read_rtl(out), u32("بس"));
}

TEST(ArrangeRun, GlyphsThatDoNotShowTheirCharactersInOrderLeaveAllToTheFirst) {
  // Two glyphs without cmap entries for "لا": the first in reading order carries both.
  const GlyphRun run = make_run("لا", true, {60, 61}, {0, 0}, {4, 4});
  const auto out = arrange_run(run, 0, 0, options());
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[1].text, u32("لا"));
  EXPECT_TRUE(out[0].text.empty());
}

TEST(ArrangeRun, PunctuationAtTheEndsOfARightToLeftRunStandsBetweenRightToLeftMarks) {
  // "بس." : the full stop is leftmost, the run's logical end.
  const GlyphRun run = make_run("بس.", true, {90, 101, 100}, {4, 2, 0}, {3, 5, 5});
  const auto out = arrange_run(run, 0, 0, options());
  ASSERT_EQ(out.size(), 5u);
  EXPECT_EQ(out[0].text, U"\u200F");
  EXPECT_EQ(out[1].text, U".");
  EXPECT_EQ(out[2].text, U"\u200F");
  EXPECT_EQ(read_rtl(out), u32("بس") + U"\u200F.\u200F");

  // A slash joins what it stands between: no marks.
  const GlyphRun slash = make_run("/", true, {91}, {0}, {3});
  EXPECT_EQ(arrange_run(slash, 0, 0, options()).size(), 1u);
  // Nor in a left-to-right run.
  const GlyphRun ltr = make_run("12.", false, {80, 81, 90}, {0, 1, 2}, {5, 5, 3});
  EXPECT_EQ(arrange_run(ltr, 0, 0, options()).size(), 3u);
}

TEST(ArrangeRun, AMarkAfterPunctuationGetsARightToLeftMarkBeforeIt) {
  // "ب،ِ" is not Arabic, but the arrangement must not let the mark follow punctuation in writing:
  // ":" (leftmost) then the kasra of "بِ".
  const GlyphRun run = make_run("بِ:", true, {92, 107, 100}, {4, 0, 0}, {3, 0, 5});
  const auto out = arrange_run(run, 0, 0, options());
  const auto colon = std::find_if(out.begin(), out.end(), [](const WrittenGlyph& g) { return g.text == U":"; });
  ASSERT_NE(colon, out.end());
  const auto kasra = std::find_if(out.begin(), out.end(), [](const WrittenGlyph& g) { return g.text == U"\u0650"; });
  ASSERT_NE(kasra, out.end());
  ASSERT_GT(kasra, colon + 1);
  EXPECT_EQ((kasra - 1)->text, U"\u200F");
}

TEST(ArrangeRun, ASpaceBeforeAWordFinalHarakaCarriesARightToLeftMarkFirst) {
  // "بِ س": visually س, the space, then ب whose glyph (no cmap entry) draws the kasra too.
  const GlyphRun run = make_run("بِ س", true, {101, kSpace, 50}, {5, 4, 0}, {5, 3, 5});
  const auto out = arrange_run(run, 0, 0, options());
  ASSERT_EQ(out.size(), 4u);
  EXPECT_EQ(out[1].index, kSpace);
  EXPECT_EQ(out[1].text, U"\u200F ");
  EXPECT_EQ(out[2].text, u32("ِ"));
  EXPECT_TRUE(out[2].mark);
  EXPECT_EQ(read_rtl(out), u32("بِ") + U"\u200F " + u32("س"));

  // A space before a letter keeps its plain text.
  const GlyphRun plain = make_run("ب س", true, {101, kSpace, 100}, {3, 2, 0}, {5, 3, 5});
  EXPECT_EQ(arrange_run(plain, 0, 0, options())[1].text, U" ");
}

TEST(ArrangeRun, ARunWhoseLeftmostWordEndsInAHarakaDrawnApartStartsWithAnInklessSpace) {
  // "سبً", the leftmost word of its run (a form's choice label after its box, a label at the
  // left end of a line): the tanween's glyph (107, no advance) is drawn apart, first in writing.
  // Its phantom once came after a lone RIGHT-TO-LEFT MARK, which pdf.js skips; it then gave the
  // tanween to the text written before the run ("ًصباحا", or the line above: "بُعدً"), and its
  // substring search missed the word. RIGHT-TO-LEFT MARK + SPACE on an inkless glyph a hundredth
  // of an em before the letter takes the lone mark's place.
  const GlyphRun run = make_run("سبً", true, {107, 100, 101}, {2, 2, 0}, {0, 5, 5});
  const auto out = arrange_run(run, 100, 0, options());
  ASSERT_EQ(out.size(), 5u);
  EXPECT_EQ(out[0].index, kSpace);
  EXPECT_EQ(out[0].text, U"\u200F ");
  EXPECT_FALSE(out[0].mark);
  EXPECT_DOUBLE_EQ(out[0].x, 99.9);
  EXPECT_FALSE(out[0].own_origin);
  EXPECT_EQ(out[1].text, u32("ً"));
  EXPECT_TRUE(out[1].mark);
  EXPECT_DOUBLE_EQ(out[1].x, 100);
  // The letter stands where it stood without the space, not where the space's width takes
  // the pen: rounding there moved its pixels.
  EXPECT_TRUE(out[1].own_origin);
  EXPECT_EQ(out[2].index, 107u);  // the outline
  EXPECT_TRUE(out[2].text.empty());
  for (const WrittenGlyph& g : out) EXPECT_NE(g.text, U"\u200F");  // no lone mark
  EXPECT_EQ(read_rtl(out), u32("سبً") + U"\u200F ");
}

TEST(ArrangeRun, ASpaceAtEitherEndOfARightToLeftRunCarriesARightToLeftMarkFirst) {
  // "بس ": the space is leftmost, the run's logical end; it stands between RIGHT-TO-LEFT MARKs.
  const GlyphRun run = make_run("بس ", true, {kSpace, 101, 100}, {4, 2, 0}, {3, 5, 5});
  const auto out = arrange_run(run, 0, 0, options());
  const auto space = std::find_if(out.begin(), out.end(), [](const WrittenGlyph& g) { return g.index == kSpace && !g.mark; });
  ASSERT_NE(space, out.end());
  EXPECT_EQ(space->text, U"\u200F ");
  // Not in a left-to-right run.
  const GlyphRun ltr = make_run("12 ", false, {80, 81, kSpace}, {0, 1, 2}, {5, 5, 3});
  EXPECT_EQ(arrange_run(ltr, 0, 0, options())[2].text, U" ");
}

}  // namespace
}  // namespace siyasa
