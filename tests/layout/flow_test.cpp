// Page flow: where pages break given the slices' keep rules, and that widow/orphan control and
// keep-with-next survive real paragraphs set by append_paragraph.
#include <gtest/gtest.h>

#include "fake_typesetter.h"
#include "layout/blocks.h"
#include "layout/flow.h"

namespace siyasa {
namespace {

// A geometry whose body frame holds exactly `lines` slices of height 10.
PageGeometry frame_of(int lines) {
  PageGeometry g;
  g.header_height = 0;
  g.footer_height = 0;
  g.body_gap = 0;
  g.margin_top = 0;
  g.margin_bottom = g.height - lines * 10.0;
  return g;
}

std::vector<Slice> plain_slices(int n) {
  std::vector<Slice> slices(n);
  for (auto& s : slices) s.height = 10;
  return slices;
}

TEST(Flow, FillsPagesInOrder) {
  const auto flow = flow_slices(plain_slices(25), frame_of(10));
  ASSERT_EQ(flow.pages.size(), 3u);
  EXPECT_EQ(flow.slices_on_page[0].size(), 10u);
  EXPECT_EQ(flow.slices_on_page[1].front(), 10);
  EXPECT_EQ(flow.slices_on_page[2].size(), 5u);
}

TEST(Flow, SpaceBeforeIsDroppedAtTheTopOfAPage) {
  auto slices = plain_slices(11);
  slices[10].space_before = 50;
  const auto flow = flow_slices(slices, frame_of(10));
  ASSERT_EQ(flow.pages.size(), 2u);
  ASSERT_EQ(flow.anchors.size(), 0u);
  slices[10].anchors.push_back(Anchor{"a", "a", 1, true, 0});
  const auto again = flow_slices(slices, frame_of(10));
  ASSERT_EQ(again.anchors.size(), 1u);
  EXPECT_EQ(again.anchors[0].page, 1);
  EXPECT_DOUBLE_EQ(again.anchors[0].y, frame_of(10).body_top());
}

TEST(Flow, AHeadingAtTheFootOfAPageMovesToTheNext) {
  auto slices = plain_slices(12);
  slices[9].keep_with_next = true;  // a heading in the last line of page 1
  const auto flow = flow_slices(slices, frame_of(10));
  ASSERT_EQ(flow.pages.size(), 2u);
  EXPECT_EQ(flow.slices_on_page[0].back(), 8);
  EXPECT_EQ(flow.slices_on_page[1].front(), 9);
}

TEST(Flow, AChainBackToTheStartOfThePageStillBreaks) {
  auto slices = plain_slices(15);
  for (auto& s : slices) s.keep_with_next = true;
  const auto flow = flow_slices(slices, frame_of(10));
  ASSERT_EQ(flow.pages.size(), 2u);
  EXPECT_EQ(flow.slices_on_page[0].size(), 10u);
}

TEST(Flow, PageBreakBefore) {
  auto slices = plain_slices(4);
  slices[2].page_break_before = true;
  const auto flow = flow_slices(slices, frame_of(10));
  ASSERT_EQ(flow.pages.size(), 2u);
  EXPECT_EQ(flow.slices_on_page[1].front(), 2);
}

TEST(Flow, ATableHeaderIsRepeatedOnTheNextPage) {
  auto slices = plain_slices(14);
  auto header = std::make_shared<Slice>();
  header->height = 10;
  header->items.push_back(BoxItem{0, 0, 100, 10, 0.5, {}, std::nullopt});
  for (int i = 5; i < 14; ++i) slices[i].repeat_header = header;
  const auto flow = flow_slices(slices, frame_of(10));
  ASSERT_EQ(flow.pages.size(), 2u);
  EXPECT_EQ(flow.slices_on_page[1].front(), 10);
  EXPECT_EQ(flow.slices_on_page[1].size(), 4u);
  ASSERT_EQ(flow.pages[1].items.size(), 1u);  // only the repeated header draws anything
  EXPECT_DOUBLE_EQ(std::get<BoxItem>(flow.pages[1].items[0]).y, frame_of(10).body_top());
  // The page holds the header plus 9 rows at most.
  auto more = plain_slices(30);
  for (int i = 5; i < 30; ++i) more[i].repeat_header = header;
  EXPECT_EQ(flow_slices(more, frame_of(10)).slices_on_page[1].size(), 9u);
}

TEST(Flow, ATallSliceIsReported) {
  auto slices = plain_slices(2);
  slices[1].height = 500;
  slices[1].what = "table row";
  const auto flow = flow_slices(slices, frame_of(10));
  ASSERT_EQ(flow.warnings.size(), 1u);
  EXPECT_NE(flow.warnings[0].message.find("table row"), std::string::npos);
}

// Paragraph lines from the real slice maker: no first line alone at a page's foot, no last line
// alone at a page's head, for every position the paragraph can start at.
TEST(Flow, NoWidowsOrOrphans) {
  const Typesetter ts = testing::fake_typesetter();
  const DocumentStyle style;
  BodyOptions options;
  for (int lines = 2; lines <= 6; ++lines) {
    for (int filler = 0; filler < 12; ++filler) {
      PageGeometry geometry = frame_of(10);
      geometry.margin_bottom = geometry.height - 10 * style.body_size * style.body_line_height;
      const BodyContext ctx{ts, style, geometry, options};
      std::vector<Slice> slices;
      std::string filler_text = "قصير";
      for (int i = 0; i < filler; ++i)
        append_paragraph(ctx, {StyledText{filler_text, {FontRole::body, style.body_size}}},
                         {0, 400}, 0, Align::justify, slices);
      const std::size_t first = slices.size();
      // Words of 8 code points at 13 pt (52 pt) + spaces: 6 words per 360 pt line.
      std::string text;
      for (int w = 0; w < 6 * lines; ++w) text += (w ? " " : "") + std::string("كلماتكلم");
      append_paragraph(ctx, {StyledText{text, {FontRole::body, style.body_size}}}, {0, 360}, 0,
                       Align::justify, slices);
      ASSERT_EQ(slices.size() - first, static_cast<std::size_t>(lines));
      const auto flow = flow_slices(slices, geometry);
      for (const auto& page : flow.slices_on_page) {
        int mine = 0;
        for (int i : page) mine += i >= static_cast<int>(first);
        if (mine > 0 && mine < lines) {
          EXPECT_GE(mine, 2) << lines << " lines after " << filler << " fillers";
        }
      }
    }
  }
}

}  // namespace
}  // namespace siyasa
