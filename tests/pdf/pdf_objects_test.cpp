// The PDF writer's pieces: how numbers, strings and names are spelled, and which text each glyph
// of an embedded font is given for copying (its ToUnicode entry).
#include <gtest/gtest.h>

#include <cmath>

#include "layout/paragraph.h"
#include "pdf/font_embed.h"
#include "pdf/pdf_objects.h"
#include "text/fonts.h"

namespace siyasa {
namespace {

TEST(PdfNumber, ShortestFixedSpelling) {
  EXPECT_EQ(pdf_number(12.5), "12.5");
  EXPECT_EQ(pdf_number(841.8898), "841.89");
  EXPECT_EQ(pdf_number(-0.0001), "0");
  EXPECT_EQ(pdf_number(-2.25), "-2.25");
  EXPECT_EQ(pdf_number(3), "3");
  EXPECT_EQ(pdf_number(1e300), "0");  // nothing on a page is that far: the file stays valid
  EXPECT_EQ(pdf_number(0.126, 2), "0.13");
}

TEST(PdfStrings, TextIsUtf16WithByteOrderMark) {
  EXPECT_EQ(pdf_text_string("سا"), "<FEFF06330627>");
  EXPECT_EQ(pdf_text_string("\xF0\x9F\x98\x80"), "<FEFFD83DDE00>");  // beyond the BMP
  EXPECT_EQ(pdf_text_string("a\xFF"), "<FEFF0061FFFD>");             // not UTF-8
}

TEST(PdfStrings, LiteralsAndNamesEscapeWhatWouldEndThem) {
  EXPECT_EQ(pdf_literal("a(b)\\c\n"), "(a\\(b\\)\\\\c\\012)");
  EXPECT_EQ(pdf_name("Amiri Bold/x#"), "/Amiri#20Bold#2Fx#23");
}

TEST(PdfObjects, CrossReferenceOffsetsPointAtTheObjects) {
  PdfObjects pdf;
  const int a = pdf.reserve(), b = pdf.reserve();
  pdf.set(a, "<< /Type /Catalog /Pages " + ref(b) + " >>");
  pdf.set_stream(b, "/Type /Test", std::string(1000, 'x'));
  const std::string file = pdf.finish(a, 0);
  const std::size_t xref = std::stoul(file.substr(file.rfind("startxref") + 10));
  ASSERT_EQ(file.compare(xref, 5, "xref\n"), 0);
  const std::size_t second = std::stoul(file.substr(xref + 5 + 4 + 20 + 20, 10));
  EXPECT_EQ(file.compare(second, 7, "2 0 obj"), 0);
  EXPECT_NE(file.find("/Filter /FlateDecode"), std::string::npos);
  EXPECT_NE(file.find(" /ID [<"), std::string::npos);
  EXPECT_EQ(file.find(std::string(1000, 'x')), std::string::npos);  // compressed
}

// The glyphs Amiri draws for `text`, one line, with their clusters.
GlyphRun shaped(const std::string& text) {
  static auto fonts = load_fonts(std::string(SIYASA_SOURCE_DIR) + "/fonts");
  EXPECT_TRUE(fonts.ok());
  ParagraphSpec spec;
  spec.spans = {StyledText{text, {FontRole::body, 14, false, ""}}};
  spec.width = 400;
  GlyphRun run = layout_paragraph(**fonts, spec).lines.at(0).runs.at(0);
  return run;
}

std::unique_ptr<EmbeddedFont> amiri(const GlyphRun& run) {
  static auto fonts = load_fonts(std::string(SIYASA_SOURCE_DIR) + "/fonts");
  auto font = EmbeddedFont::open(face_file(**fonts, run.face));
  EXPECT_TRUE(font.ok());
  return font.ok() ? std::move(*font) : nullptr;
}

TEST(EmbeddedFont, TheSameGlyphWithAnotherTextOrWidthGetsAnAliasCode) {
  const GlyphRun run = shaped("ب");
  ASSERT_EQ(run.glyphs.size(), 1u);
  auto font = amiri(run);
  const std::uint32_t glyph = run.glyphs[0].glyph;
  const double own = font->width(glyph);
  ASSERT_GT(own, 0);
  const EmbeddedFont::Code plain = font->code(glyph, U"ب");
  EXPECT_EQ(plain.width, own);
  EXPECT_EQ(font->code(glyph, U"ب").code, plain.code);                 // asked again: the same
  EXPECT_EQ(font->code(glyph, U"ب", own + 0.2).code, plain.code);      // a gap no eye sees
  const EmbeddedFont::Code wider = font->code(glyph, U"ب", own + 40);  // kerning or a stretch
  EXPECT_NE(wider.code, plain.code);
  EXPECT_EQ(wider.width, std::round(own + 40));
  const EmbeddedFont::Code ligature = font->code(glyph, U"بب");
  EXPECT_NE(ligature.code, plain.code);
  EXPECT_NE(ligature.code, wider.code);
}

TEST(EmbeddedFont, TheSpaceIsInklessAndTatweelIsKnownByItsCharacter) {
  const GlyphRun run = shaped("ب");
  auto font = amiri(run);
  ASSERT_TRUE(font->inkless());
  EXPECT_TRUE(font->outline(*font->inkless()).empty());
  EXPECT_FALSE(font->outline(run.glyphs[0].glyph).empty());
  EXPECT_EQ(font->own_character(run.glyphs[0].glyph), U'ب');
  const GlyphRun tatweel = shaped("ـ");
  ASSERT_EQ(tatweel.glyphs.size(), 1u);
  EXPECT_TRUE(font->is_tatweel(tatweel.glyphs[0].glyph));
  EXPECT_FALSE(font->is_tatweel(run.glyphs[0].glyph));
}

}  // namespace
}  // namespace siyasa
