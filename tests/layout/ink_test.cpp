// Line spacing makes room for marks: in a fully vowelled bold title broken over two lines or
// more, no vowel mark of a line reaches the ink of the line above (layout_paragraph grows the
// line's box where the font's glyph extents say they would touch); lines whose ink stays clear
// keep the spacing line_height gives.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <variant>
#include <memory>
#include <string>

#include "data/org.h"
#include "layout/ink.h"
#include "layout/letterhead.h"
#include "layout/paragraph.h"
#include "layout/typeset.h"
#include "support/project_fonts.h"
#include "text/fonts.h"

namespace siyasa {
namespace {

namespace fs = std::filesystem;

std::shared_ptr<const FontSet> fonts() { return test::project_fonts(); }

const char* kVowelledTitle =
    "سِيَاسَةُ تَنْظِيمِ العَلَاقَةِ مَعَ المُسْتَفِيدِينَ وَتَقْدِيمِ الخِدْمَةِ لَهُمْ فِي جَمْعِيَّةِ "
    "رُفَقَاءِ الخَيْرِ بِمُحَافَظَةِ القَطِيفِ";

ParagraphSpec title(double width, double line_height) {
  ParagraphSpec spec;
  TextStyle style;
  style.role = FontRole::heading;
  style.bold = true;
  style.size = 20;
  spec.spans = {StyledText{kVowelledTitle, style}};
  spec.width = width;
  spec.align = Align::center;
  spec.line_height = line_height;
  return spec;
}

TEST(Ink, VowelMarksNeverReachTheLineAbove) {
  ASSERT_TRUE(fonts());
  int grown = 0, pairs = 0;
  for (double line_height : {1.0, 1.2, 1.35, 1.55}) {
    for (double width = 160; width <= 420; width += 20) {
      const ParagraphLayout layout = layout_paragraph(*fonts(), title(width, line_height));
      ASSERT_GE(layout.lines.size(), 2u) << width;
      for (std::size_t i = 1; i < layout.lines.size(); ++i) {
        const double distance = baseline_of(layout, i, 0) - baseline_of(layout, i - 1, 0);
        const double touch = ink_distance(line_ink(*fonts(), layout.lines[i - 1]),
                                          line_ink(*fonts(), layout.lines[i]));
        ++pairs;
        EXPECT_GE(distance, touch + kInkClearance * 20 - 1e-9)
            << "lines " << i - 1 << " and " << i << " at width " << width << ", line height "
            << line_height;
        if (distance > 20 * line_height + 1e-9) ++grown;
      }
    }
  }
  // The title's marks do reach the line above at these spacings: room was made, not found.
  EXPECT_GT(grown, 0);
  EXPECT_GT(pairs, grown);
}

TEST(Ink, UnvowelledTextKeepsItsSpacing) {
  ASSERT_TRUE(fonts());
  ParagraphSpec spec;
  spec.spans = {StyledText{"تضع الجمعية هذه السياسة لتنظيم العلاقة مع المستفيدين وتقديم الخدمة لهم "
                           "بما يحقق رضاهم ويعزز ثقتهم بالجمعية وخدماتها.",
                           {}}};
  spec.width = 150;
  const ParagraphLayout layout = layout_paragraph(*fonts(), spec);
  ASSERT_GE(layout.lines.size(), 3u);
  for (const Line& line : layout.lines) EXPECT_DOUBLE_EQ(line.advance, 12 * 1.5);
}

// The footer's bank column: the descender of ي in "مصرف الراجحي" stays clear of the IBAN's
// digits below it, by the furniture's clearance, on the page as drawn.
TEST(Ink, TheBankNameStaysClearOfTheIbanBelowIt) {
  ASSERT_TRUE(fonts());
  auto org = load_org(fs::path(SIYASA_SOURCE_DIR) / "orgs" / "example.toml");
  ASSERT_TRUE(org.ok());
  ASSERT_EQ(org->bank_name, "مصرف الراجحي");
  const Typesetter ts = make_typesetter(fonts());
  const DocumentStyle style;
  const PageGeometry geometry;
  // One Line per baseline, runs at their page x, for the column that holds the bank name.
  std::map<double, Line> lines;
  double bank_x = 0, bank_right = 0;
  for (const PageItem& item : make_footer(ts, style, geometry, *org)) {
    const auto* text = std::get_if<TextItem>(&item);
    if (!text) continue;
    if (text->run.text.find("الراجحي") != std::string::npos) {
      bank_x = text->x;
      bank_right = text->x + text->run.width;
    }
    GlyphRun run = text->run;
    run.x = text->x;
    lines[text->y].runs.push_back(run);
  }
  ASSERT_GT(bank_right, bank_x);
  const Line* above = nullptr;
  double above_y = 0;
  int checked = 0;
  for (const auto& [y, line] : lines) {
    const bool in_column = std::any_of(line.runs.begin(), line.runs.end(), [&](const GlyphRun& r) {
      return r.x < bank_right && r.x + r.width > bank_x;
    });
    if (!in_column) continue;
    if (above) {
      const double touch = ink_distance(line_ink(*fonts(), *above), line_ink(*fonts(), line));
      EXPECT_GE(y - above_y, touch + kFurnitureInkClearance * style.small_size - 1e-6);
      ++checked;
    }
    above = &line;
    above_y = y;
  }
  EXPECT_GE(checked, 2);  // bank name → IBAN → account number
}

}  // namespace
}  // namespace siyasa
