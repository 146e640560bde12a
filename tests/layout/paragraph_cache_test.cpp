// Remembered paragraph layouts: a paragraph laid out again comes back exactly as a fresh layout
// of it, every field of its spec and the font set are part of what is remembered, and a layout
// cut short by its deadline is never remembered.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <set>

#include "core/deadline.h"
#include "layout/paragraph.h"
#include "layout/paragraph_cache.h"
#include "text/fonts.h"

namespace siyasa {
namespace {

using namespace std::chrono_literals;

std::shared_ptr<const FontSet> fresh_fonts() {
  auto fonts = load_fonts(std::filesystem::path(SIYASA_SOURCE_DIR) / "fonts");
  EXPECT_TRUE(fonts.ok());
  return *fonts;
}

// Arabic with a bold span, Latin, digits and a link, justified with kashida over a few lines.
ParagraphSpec sample_spec() {
  ParagraphSpec spec;
  spec.spans.push_back({"تلتزم الجمعية بحماية بيانات المستفيدين وفق نظام حماية البيانات الشخصية ", {}});
  spec.spans.push_back({"الصادر عام ٢٠٢١م", {FontRole::body_bold, 12, true, ""}});
  spec.spans.push_back({" ويمكن التواصل عبر ", {}});
  spec.spans.push_back({"info@example.org", {FontRole::latin, 11, false, "mailto:info@example.org"}});
  spec.spans.push_back({" أو زيارة الموقع الإلكتروني للجمعية في أي وقت.", {}});
  spec.width = 220;
  spec.kashida = true;
  return spec;
}

void expect_same(const ParagraphLayout& a, const ParagraphLayout& b) {
  EXPECT_EQ(a.text, b.text);
  EXPECT_EQ(a.height, b.height);
  ASSERT_EQ(a.warnings.size(), b.warnings.size());
  for (std::size_t i = 0; i < a.warnings.size(); ++i) EXPECT_EQ(a.warnings[i].message, b.warnings[i].message);
  ASSERT_EQ(a.lines.size(), b.lines.size());
  for (std::size_t l = 0; l < a.lines.size(); ++l) {
    const Line &x = a.lines[l], &y = b.lines[l];
    EXPECT_EQ(x.width, y.width);
    EXPECT_EQ(x.ascent, y.ascent);
    EXPECT_EQ(x.descent, y.descent);
    EXPECT_EQ(x.advance, y.advance);
    EXPECT_EQ(x.justified, y.justified);
    ASSERT_EQ(x.runs.size(), y.runs.size());
    for (std::size_t r = 0; r < x.runs.size(); ++r) {
      const GlyphRun &p = x.runs[r], &q = y.runs[r];
      EXPECT_EQ(p.face, q.face);
      EXPECT_EQ(p.size, q.size);
      EXPECT_EQ(p.rtl, q.rtl);
      EXPECT_EQ(p.x, q.x);
      EXPECT_EQ(p.width, q.width);
      EXPECT_EQ(p.text, q.text);
      EXPECT_EQ(p.text_offset, q.text_offset);
      EXPECT_EQ(p.link, q.link);
      ASSERT_EQ(p.glyphs.size(), q.glyphs.size());
      for (std::size_t g = 0; g < p.glyphs.size(); ++g) {
        EXPECT_EQ(p.glyphs[g].glyph, q.glyphs[g].glyph);
        EXPECT_EQ(p.glyphs[g].x, q.glyphs[g].x);
        EXPECT_EQ(p.glyphs[g].y, q.glyphs[g].y);
        EXPECT_EQ(p.glyphs[g].advance, q.glyphs[g].advance);
        EXPECT_EQ(p.glyphs[g].cluster, q.glyphs[g].cluster);
      }
    }
  }
}

TEST(ParagraphCache, ARememberedLayoutIsTheFreshOne) {
  auto fonts = fresh_fonts();
  const ParagraphSpec spec = sample_spec();
  forget_paragraph_layouts();
  const ParagraphLayout fresh = layout_paragraph(*fonts, spec);
  ASSERT_GE(fresh.lines.size(), 3u);
  const ParagraphLayout remembered = layout_paragraph(*fonts, spec);
  expect_same(remembered, fresh);

  // A narrower measure is another paragraph: not the remembered one.
  ParagraphSpec narrow = spec;
  narrow.width = 150;
  const ParagraphLayout narrow_layout = layout_paragraph(*fonts, narrow);
  EXPECT_GT(narrow_layout.lines.size(), fresh.lines.size());
  forget_paragraph_layouts();
  expect_same(layout_paragraph(*fonts, narrow), narrow_layout);
  expect_same(layout_paragraph(*fonts, spec), fresh);
}

TEST(ParagraphCache, EveryFieldOfTheSpecAndTheFontSetAreInTheKey) {
  auto fonts = fresh_fonts(), other_fonts = fresh_fonts();
  ParagraphSpec base;
  base.spans.push_back({"ab", {}});
  base.spans.push_back({"c", {}});
  base.width = 100;
  std::vector<ParagraphSpec> changed(12, base);
  changed[0].width = 101;
  changed[1].align = Align::center;
  changed[2].kashida = true;
  changed[3].direction = BaseDirection::ltr;
  changed[4].line_height = 1.2;
  changed[5].total_fit = false;
  changed[6].spans[0].style.role = FontRole::latin;
  changed[7].spans[0].style.size = 13;
  changed[8].spans[0].style.bold = true;
  changed[9].spans[0].style.link = "#a";
  changed[10].spans = {{"a", {}}, {"bc", {}}};  // the same text, split elsewhere
  changed[11].spans[1].text = "d";
  std::set<std::string> keys{*ParagraphCache::key(*fonts, base)};
  for (const ParagraphSpec& spec : changed) EXPECT_TRUE(keys.insert(*ParagraphCache::key(*fonts, spec)).second);
  EXPECT_TRUE(keys.insert(*ParagraphCache::key(*other_fonts, base)).second);
  EXPECT_EQ(ParagraphCache::key(*fonts, base), ParagraphCache::key(*fonts, ParagraphSpec(base)));
}

TEST(ParagraphCache, ALayoutCutShortIsNotRemembered) {
  auto fonts = fresh_fonts();
  forget_paragraph_layouts();
  const ParagraphSpec spec = sample_spec();
  const Deadline expired = Deadline::at(Deadline::Clock::now() - 1s, 60s);
  EXPECT_TRUE(layout_paragraph(*fonts, spec, expired).lines.empty());
  EXPECT_GE(layout_paragraph(*fonts, spec).lines.size(), 3u);
  // And a remembered layout is not handed out once the deadline has passed.
  EXPECT_TRUE(layout_paragraph(*fonts, spec, expired).lines.empty());
}

}  // namespace
}  // namespace siyasa
