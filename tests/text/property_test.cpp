// Properties of layout_paragraph over real policy paragraphs (tests/text/data/paragraphs.txt)
// at several measures, ragged and justified, with and without kashida:
// every byte in exactly one run and one cluster; no line wider than the measure unless an
// unbreakable word is reported; justified lines fill the measure; pure LTR text keeps its
// order; pure Arabic comes out right to left; layouts from several threads agree.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <future>
#include <string>
#include <vector>

#include "trace.h"
#include "support/scratch.h"

namespace siyasa::test {
namespace {

constexpr double kTolerance = 0.1;  // pt

std::vector<std::string> policy_paragraphs() {
  std::ifstream in(std::string(SIYASA_TEST_DATA) + "/text/data/paragraphs.txt");
  std::vector<std::string> out;
  for (std::string line; std::getline(in, line);)
    if (!line.empty()) out.push_back(line);
  return out;
}

ParagraphSpec spec_for(const std::string& text, double width, Align align, bool kashida) {
  ParagraphSpec spec;
  spec.spans.push_back({text, {FontRole::body, 12, false, ""}});
  spec.width = width;
  spec.align = align;
  spec.kashida = kashida;
  return spec;
}

bool has_space(const std::string& text) { return text.find(' ') != std::string::npos; }

struct Variant {
  double width;
  Align align;
  bool kashida;
  bool total_fit;
};

const Variant kVariants[] = {
    {120, Align::justify, false, true}, {250, Align::justify, false, true},
    {250, Align::justify, true, true},  {400, Align::justify, true, true},
    {250, Align::justify, false, false}, {180, Align::justify, true, false},
    {250, Align::start, false, true},   {250, Align::center, false, true},
    {250, Align::end, false, true},
};

TEST(Properties, EveryByteInExactlyOneCluster) {
  for (const std::string& text : policy_paragraphs()) {
    for (const Variant& v : kVariants) {
      ParagraphSpec spec = spec_for(text, v.width, v.align, v.kashida);
      spec.total_fit = v.total_fit;
      ParagraphLayout layout = layout_paragraph(test_fonts(), spec);
      ASSERT_EQ(layout.text, text);
      EXPECT_EQ(check_clusters(layout), "") << "width " << v.width << ": " << text;
      for (const Line& line : layout.lines)
        for (const GlyphRun& run : line.runs) EXPECT_FALSE(run.glyphs.empty());
    }
  }
}

TEST(Properties, NoLineWiderThanTheMeasure) {
  for (const std::string& text : policy_paragraphs()) {
    for (const Variant& v : kVariants) {
      ParagraphSpec spec = spec_for(text, v.width, v.align, v.kashida);
      spec.total_fit = v.total_fit;
      ParagraphLayout layout = layout_paragraph(test_fonts(), spec);
      int overfull = 0;
      for (const Line& line : layout.lines) {
        double left = 1e9, right = -1e9;
        std::size_t from = std::string::npos, to = 0;
        for (const GlyphRun& run : line.runs) {
          left = std::min(left, run.x);
          right = std::max(right, run.x + run.width);
          from = std::min(from, run.text_offset);
          to = std::max(to, run.text_offset + run.text.size());
        }
        const std::string line_text = layout.text.substr(from, to - from);
        if (line.width > v.width + kTolerance) {
          // only an unbreakable word may stick out, and only when reported
          std::string trimmed = line_text.substr(0, line_text.find_last_not_of(' ') + 1);
          EXPECT_FALSE(has_space(trimmed)) << "overfull line with spaces: " << line_text;
          ++overfull;
          continue;
        }
        EXPECT_GE(left, -kTolerance) << line_text;
        EXPECT_LE(right, v.width + kTolerance) << line_text;
      }
      EXPECT_EQ(layout.warnings.size(), static_cast<std::size_t>(overfull));
    }
  }
}

// Breaking must not change shaping: each line shows the glyphs its own text would get if it
// were laid out alone (where HarfBuzz marks a cut unsafe, the line was reshaped).
TEST(Properties, LinesShapeAsIfLaidOutAlone) {
  auto glyph_ids = [](const Line& line) {
    std::vector<std::uint32_t> ids;
    for (const GlyphRun& run : line.runs)
      for (const PositionedGlyph& g : run.glyphs)
        if (run.text[g.cluster] != ' ') ids.push_back(g.glyph);
    return ids;
  };
  std::vector<std::string> paragraphs = policy_paragraphs();
  paragraphs.resize(7);  // the pure Arabic ones: their bidi does not depend on the line
  // Soft hyphens let a line end inside a joined word, where HarfBuzz marks the cut unsafe.
  const std::string shy = "\u00AD";
  paragraphs.push_back("الاست" + shy + "ثمارات والمست" + shy + "فيدين والمتط" + shy + "وعين");
  for (const std::string& text : paragraphs) {
    for (double width : {40.0, 150.0, 300.0}) {
      ParagraphLayout layout =
          layout_paragraph(test_fonts(), spec_for(text, width, Align::start, false));
      for (const Line& line : layout.lines) {
        std::size_t from = std::string::npos, to = 0;
        for (const GlyphRun& run : line.runs) {
          from = std::min(from, run.text_offset);
          to = std::max(to, run.text_offset + run.text.size());
        }
        ParagraphLayout alone = layout_paragraph(
            test_fonts(), spec_for(layout.text.substr(from, to - from), 1e6, Align::start, false));
        ASSERT_EQ(alone.lines.size(), 1u);
        EXPECT_EQ(glyph_ids(line), glyph_ids(alone.lines[0])) << layout.text.substr(from, to - from);
      }
    }
  }
}

TEST(Properties, UnbreakableWordIsReported) {
  ParagraphSpec spec = spec_for("رقم SA3480000603608010677780 هنا", 60, Align::justify, false);
  ParagraphLayout layout = layout_paragraph(test_fonts(), spec);
  ASSERT_EQ(layout.warnings.size(), 1u);
  EXPECT_EQ(layout.warnings[0].severity, Severity::warning);
  EXPECT_EQ(check_clusters(layout), "");
}

TEST(Properties, JustifiedLinesFillTheMeasure) {
  for (const std::string& text : policy_paragraphs()) {
    for (const Variant& v : kVariants) {
      if (v.align != Align::justify) continue;
      ParagraphSpec spec = spec_for(text, v.width, v.align, v.kashida);
      spec.total_fit = v.total_fit;
      ParagraphLayout layout = layout_paragraph(test_fonts(), spec);
      ASSERT_FALSE(layout.lines.empty());
      EXPECT_FALSE(layout.lines.back().justified) << "the last line is never justified";
      for (std::size_t l = 0; l + 1 < layout.lines.size(); ++l) {
        const Line& line = layout.lines[l];
        if (line.width > v.width + kTolerance) continue;  // an overfull word (reported)
        EXPECT_TRUE(line.justified) << "line " << l << " at width " << v.width;
        EXPECT_NEAR(line.width, v.width, kTolerance) << "line " << l;
        double sum = 0;
        for (const GlyphRun& run : line.runs) sum += run.width;
        EXPECT_NEAR(sum, v.width, kTolerance);
      }
    }
  }
}

// Justification only widens spaces (and, with kashida, adds tatweel glyphs): every other glyph
// keeps the advance it has in the ragged layout, so letters are never spaced apart.
TEST(Properties, JustificationNeverSpacesLetters) {
  auto letter_advances = [](const ParagraphLayout& l) {
    std::vector<std::pair<std::size_t, double>> out;  // (text offset, advance) of non-spaces
    for (const Line& line : l.lines)
      for (const GlyphRun& run : line.runs)
        for (const PositionedGlyph& g : run.glyphs)
          if (run.text[g.cluster] != ' ') out.push_back({run.text_offset + g.cluster, g.advance});
    std::sort(out.begin(), out.end());
    return out;
  };
  for (const std::string& text : policy_paragraphs()) {
    ParagraphSpec ragged = spec_for(text, 250, Align::start, false);
    ragged.total_fit = false;
    ParagraphSpec justified = spec_for(text, 250, Align::justify, false);
    justified.total_fit = false;  // the same lines as the ragged layout
    EXPECT_EQ(letter_advances(layout_paragraph(test_fonts(), justified)),
              letter_advances(layout_paragraph(test_fonts(), ragged)));
  }
}

TEST(Properties, KashidaAddsTatweelsButNoText) {
  const std::string text = policy_paragraphs().at(0);
  ParagraphLayout plain = layout_paragraph(test_fonts(), spec_for(text, 250, Align::justify, false));
  ParagraphLayout kashida = layout_paragraph(test_fonts(), spec_for(text, 250, Align::justify, true));
  auto glyph_count = [](const ParagraphLayout& l) {
    std::size_t n = 0;
    for (const Line& line : l.lines)
      for (const GlyphRun& run : line.runs) n += run.glyphs.size();
    return n;
  };
  EXPECT_GT(glyph_count(kashida), glyph_count(plain));
  EXPECT_EQ(kashida.text, plain.text);
  EXPECT_EQ(check_clusters(kashida), "");
}

TEST(Properties, PureLtrTextReordersToItself) {
  const std::string text =
      "Governance documents for non-profits (version 2.1) are typeset from shared templates; "
      "see www.hajer.org.sa [section 3] for details.";
  for (double width : {120.0, 200.0, 1000.0}) {
    ParagraphSpec spec = spec_for(text, width, Align::start, false);
    spec.direction = BaseDirection::ltr;
    spec.spans[0].style.role = FontRole::latin;
    ParagraphLayout layout = layout_paragraph(test_fonts(), spec);
    std::size_t expected = 0;
    for (const Line& line : layout.lines) {
      for (const GlyphRun& run : line.runs) {
        EXPECT_FALSE(run.rtl);
        ASSERT_EQ(run.text_offset, expected) << "runs out of logical order";
        for (std::size_t g = 1; g < run.glyphs.size(); ++g)
          EXPECT_LE(run.glyphs[g - 1].cluster, run.glyphs[g].cluster);
        expected += run.text.size();
      }
    }
    EXPECT_EQ(expected, text.size());
  }
}

TEST(Properties, PureArabicComesOutRightToLeft) {
  const std::string text = policy_paragraphs().at(1);
  ParagraphLayout layout = layout_paragraph(test_fonts(), spec_for(text, 200, Align::justify, false));
  for (const Line& line : layout.lines) {
    std::size_t previous = std::string::npos;  // text offsets must fall from left to right
    for (const GlyphRun& run : line.runs) {
      EXPECT_TRUE(run.rtl);
      for (const PositionedGlyph& g : run.glyphs) {
        std::size_t at = run.text_offset + g.cluster;
        if (previous != std::string::npos) EXPECT_LE(at, previous);
        previous = at;
      }
    }
  }
}

TEST(Properties, AlignmentPlacesTheLine) {
  const std::string text = "نص قصير";
  auto right_edge = [&](Align a) {
    ParagraphLayout l = layout_paragraph(test_fonts(), spec_for(text, 300, a, false));
    const Line& line = l.lines.at(0);
    return std::pair{line.runs.front().x, line.runs.back().x + line.runs.back().width};
  };
  auto [start_left, start_right] = right_edge(Align::start);
  EXPECT_NEAR(start_right, 300, 0.01);  // start of an RTL paragraph is the right edge
  auto [end_left, end_right] = right_edge(Align::end);
  EXPECT_NEAR(end_left, 0, 0.01);
  auto [center_left, center_right] = right_edge(Align::center);
  EXPECT_NEAR(center_left, 300 - center_right, 0.01);
  auto [j_left, j_right] = right_edge(Align::justify);  // a single line is the last line
  EXPECT_NEAR(j_right, 300, 0.01);
}

TEST(Properties, MandatoryBreakEndsALineUnjustified) {
  const std::string text = "السطر الأول من العنوان\nالسطر الثاني من العنوان";
  ParagraphLayout layout = layout_paragraph(test_fonts(), spec_for(text, 400, Align::justify, false));
  ASSERT_EQ(layout.lines.size(), 2u);
  EXPECT_FALSE(layout.lines[0].justified);
  EXPECT_EQ(check_clusters(layout), "");
  std::vector<std::uint32_t> glyphs;
  for (const GlyphRun& run : layout.lines[0].runs)
    for (const PositionedGlyph& g : run.glyphs)
      if (run.text[g.cluster] == '\n') EXPECT_EQ(g.advance, 0);
}

TEST(Properties, SpansKeepTheirStyleAndJoinAcrossBoundaries) {
  ParagraphSpec spec;
  spec.width = 400;
  spec.spans.push_back({"الجمع", {FontRole::body, 12, false, ""}});
  spec.spans.push_back({"ية", {FontRole::body, 12, true, "#a"}});  // bold inside a word
  spec.spans.push_back({" الخيرية", {FontRole::body, 14, false, ""}});
  ParagraphLayout layout = layout_paragraph(test_fonts(), spec);
  EXPECT_EQ(layout.text, "الجمعية الخيرية");
  EXPECT_EQ(check_clusters(layout), "");
  const FontSet& fonts = test_fonts();
  bool bold_seen = false;
  for (const GlyphRun& run : layout.lines.at(0).runs) {
    if (run.text == "ية") {
      bold_seen = true;
      EXPECT_EQ(run.face, face_for_role(fonts, FontRole::body_bold));
      EXPECT_EQ(run.link, "#a");
      // joined to the regular "ع" before it: yeh medial, teh marbuta final
      EXPECT_EQ(glyph_name(fonts, run.face, run.glyphs.back().glyph).rfind("uni064A.medi", 0), 0u);
      EXPECT_EQ(glyph_name(fonts, run.face, run.glyphs.front().glyph).rfind("uni0629.fina", 0), 0u);
    }
    if (run.text.find("الخيرية") != std::string::npos) EXPECT_EQ(run.size, 14);
  }
  EXPECT_TRUE(bold_seen);
  EXPECT_NEAR(layout.lines[0].advance, 14 * 1.5, 1e-9);  // the biggest size sets the line
}

TEST(Properties, AutomaticDirectionFollowsTheFirstLetter) {
  ParagraphSpec spec = spec_for("Policy 2023 سياسة", 300, Align::start, false);
  spec.direction = BaseDirection::automatic;
  ParagraphLayout ltr = layout_paragraph(test_fonts(), spec);
  EXPECT_NEAR(ltr.lines.at(0).runs.front().x, 0, 0.01);  // LTR start: the left edge
  EXPECT_FALSE(ltr.lines[0].runs.front().rtl);
  spec.spans[0].text = "سياسة Policy";
  ParagraphLayout rtl = layout_paragraph(test_fonts(), spec);
  const GlyphRun& last = rtl.lines.at(0).runs.back();
  EXPECT_NEAR(last.x + last.width, 300, 0.01);          // RTL start: the right edge
}

// Random mixtures of everything the engine treats specially: Arabic letters, harakat, lam-alef,
// Latin, both kinds of digits, brackets, spaces, NBSP, tabs, newlines, ZWJ/ZWNJ, soft hyphens,
// tatweel, stray continuation bytes. The contracts must hold for all of them.
TEST(Properties, RandomTextKeepsTheContracts) {
  const std::vector<std::string> pieces = {
      "ب", "س", "م", "ل", "ا", "لا", "ة", "ي", "ع", "ه", "\u064E", "\u0651", "\u0650",
      "\u0670", "a", "Z", "7", "٣", "۴", "(", ")", "[", "]", "{", "«", "»", ".", "،", "/", "-",
      " ", " ", " ", "\u00A0", "\t", "\n", "\u200D", "\u200C", "\u00AD", "\u0640", "@",
      "www", "SA03", "\xA0", "\u2028", "\u202B", "\u202C"};
  std::uint32_t seed = 12345;
  auto next = [&] {
    seed = seed * 1664525u + 1013904223u;
    return seed >> 8;
  };
  for (int round = 0; round < 150; ++round) {
    std::string text;
    const int length = 1 + static_cast<int>(next() % 60);
    for (int k = 0; k < length; ++k) text += pieces[next() % pieces.size()];
    const double width = 20 + static_cast<double>(next() % 200);
    ParagraphSpec spec = spec_for(text, width, Align::justify, next() % 2 == 0);
    spec.direction = static_cast<BaseDirection>(next() % 3);
    spec.total_fit = next() % 4 != 0;
    ParagraphLayout layout = layout_paragraph(test_fonts(), spec);
    ASSERT_EQ(check_clusters(layout), "") << "round " << round << ": " << text;
    for (std::size_t l = 0; l + 1 < layout.lines.size(); ++l)
      if (layout.lines[l].justified)
        EXPECT_NEAR(layout.lines[l].width, width, kTolerance) << "round " << round;
  }
}

TEST(Properties, EmptyParagraphHasNoLines) {
  ParagraphLayout layout = layout_paragraph(test_fonts(), spec_for("", 200, Align::justify, true));
  EXPECT_TRUE(layout.lines.empty());
  EXPECT_EQ(layout.height, 0);
}

TEST(Properties, LatinFallbackWhereTheFaceHasNoGlyph) {
  // A heading face without Latin letters (Noto Kufi Arabic), as a user may choose.
  const auto dir = siyasa::test::scratch_folder("kufi-heading");
  std::ofstream(dir / "fonts.toml") << "body = \"Amiri-Regular.ttf\"\nheading = \"NotoKufiArabic-Bold.ttf\"\n"
                                       "latin = \"NotoSans-Regular.ttf\"\nlatin_bold = \"NotoSans-Bold.ttf\"\n";
  auto loaded = load_fonts(dir);
  ASSERT_TRUE(loaded.ok());
  const FontSet& fonts = **loaded;
  ASSERT_FALSE(face_has_glyph(fonts, face_for_role(fonts, FontRole::heading), U'P'));
  ParagraphSpec spec = spec_for("عنوان Policy", 300, Align::start, false);
  spec.spans[0].style.role = FontRole::heading;
  ParagraphLayout layout = layout_paragraph(fonts, spec);
  bool latin_run = false;
  for (const GlyphRun& run : layout.lines.at(0).runs) {
    if (run.text.find("Policy") != std::string::npos) {
      EXPECT_EQ(run.face, face_for_role(fonts, FontRole::latin_bold));
      latin_run = true;
    }
    for (const PositionedGlyph& g : run.glyphs) EXPECT_NE(g.glyph, 0u) << run.text;  // no .notdef
  }
  EXPECT_TRUE(latin_run);
}

TEST(Properties, LayoutIsTheSameFromSeveralThreads) {
  const std::vector<std::string> paragraphs = policy_paragraphs();
  auto lay_out_all = [&] {
    std::string traces;
    for (const std::string& text : paragraphs)
      traces += trace_paragraph(test_fonts(), spec_for(text, 250, Align::justify, true));
    return traces;
  };
  const std::string single = lay_out_all();
  std::vector<std::future<std::string>> runs;
  for (int t = 0; t < 4; ++t) runs.push_back(std::async(std::launch::async, lay_out_all));
  for (auto& r : runs) EXPECT_EQ(r.get(), single);
}

}  // namespace
}  // namespace siyasa::test
